"""Rule-engine throughput against a bare Aho-Corasick pass, in one run.

Transcripts are generated from the labelled corpus: each one a fresh mix of
utterances from real corpus calls (kept in dialogue order, with random call
metadata), so the text has the density of hits that collection calls have.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import ahocorasick

from qa_pipeline.engine.scanner import Scanner
from qa_pipeline.evaluation.corpus import load_labelled_corpus
from qa_pipeline.domain.transcript import Callee, Transcript, Utterance

RELATIONS = ["debtor"] * 6 + ["spouse", "relative", "contact", "employer", "guarantor", "unknown"]


def generate_transcripts(corpus_dir: Path, count: int, seed: int = 7) -> list[Transcript]:
    rng = random.Random(seed)
    calls = [c.transcript for c in load_labelled_corpus(corpus_dir)]
    base = datetime(2026, 3, 2, tzinfo=timezone(timedelta(hours=8)))
    out = []
    for n in range(count):
        a, b = rng.sample(calls, 2)
        cut_a = rng.randint(2, len(a.utterances))
        cut_b = rng.randint(0, len(b.utterances) - 1)
        utts = list(a.utterances[:cut_a]) + list(b.utterances[cut_b:])
        t0 = 0.0
        rebuilt = []
        for u in utts:
            length = u.end - u.start
            rebuilt.append(Utterance(speaker=u.speaker, start=t0, end=t0 + length, text=u.text))
            t0 += length + 0.6
        out.append(Transcript(call_id=f"bench-{n}", started_at=base + timedelta(minutes=rng.randint(0, 24 * 60)),
                              callee=Callee(relation=rng.choice(RELATIONS)), agent_id=f"a-{rng.randint(1, 30)}",
                              utterances=rebuilt))
    return out


def bare_automaton(scanner: Scanner) -> ahocorasick.Automaton:
    """The same lexicons (terms and listed mishearings), as a plain automaton."""
    automaton = ahocorasick.Automaton()
    for lexicon in scanner.pack.lexicons.values():
        for entry in lexicon.entries:
            for key in (entry.term, *entry.variants):
                automaton.add_word(key, (len(key), lexicon.name))
    automaton.make_automaton()
    return automaton


@dataclass
class EngineBench:
    transcripts: int
    megabytes: float
    bare_seconds: float
    engine_seconds: float     # Scanner.scan, one call at a time, as the product scans
    findings: int

    @property
    def ratio(self) -> float:
        return self.engine_seconds / self.bare_seconds

    def lines(self) -> list[str]:
        return [
            f"transcripts: {self.transcripts}, text: {self.megabytes:.2f} MB (UTF-8)",
            f"bare pyahocorasick pass: {self.transcripts / self.bare_seconds:,.0f} transcripts/s, "
            f"{self.megabytes / self.bare_seconds:.2f} MB/s",
            f"rule engine:             {self.transcripts / self.engine_seconds:,.0f} transcripts/s, "
            f"{self.megabytes / self.engine_seconds:.2f} MB/s ({self.findings} findings)",
            f"engine / bare time ratio: {self.ratio:.2f}x (target <= 5x)",
        ]


def run_engine_bench(scanner: Scanner, corpus_dir: Path, count: int = 10_000, repeat: int = 5) -> EngineBench:
    transcripts = generate_transcripts(corpus_dir, count)
    texts = [u.text for t in transcripts for u in t.utterances]
    megabytes = sum(len(x.encode("utf-8")) for x in texts) / 1e6
    automaton = bare_automaton(scanner)

    def bare() -> int:
        # The fastest plain use: one pass per call over its utterances joined.
        hits = 0
        for t in transcripts:
            for _ in automaton.iter("\n".join([u.text for u in t.utterances])):
                hits += 1
        return hits

    def engine() -> int:
        # Each call's findings are counted and dropped, as the audit stores and drops them.
        return sum(len(scanner.scan(t).findings) for t in transcripts)

    engine()  # warm caches (OpenCC, jieba dictionary) outside the timing
    bare_best = engine_best = float("inf")
    findings = 0
    for _ in range(repeat):  # interleaved, best of N, so both see the same machine load
        start = time.perf_counter()
        bare()
        bare_best = min(bare_best, time.perf_counter() - start)
        start = time.perf_counter()
        findings = engine()
        engine_best = min(engine_best, time.perf_counter() - start)
    return EngineBench(len(transcripts), megabytes, bare_best, engine_best, findings)

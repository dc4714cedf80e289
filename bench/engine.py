"""Rule-engine throughput against a bare Aho-Corasick pass, in one run.

Transcripts are generated from the labelled corpus: each one a fresh mix of
utterances from real corpus calls (kept in dialogue order, with random call
metadata), so the text has the density of hits that collection calls have.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from qa_pipeline.engine import Scanner
from qa_pipeline.evaluation.synthetic import generate_transcripts


def words_only(scanner: Scanner) -> Scanner:
    """The rule engine proper, which is what a bare automaton pass compares with (matching by
    meaning has its own section)."""
    return scanner.words_only()


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

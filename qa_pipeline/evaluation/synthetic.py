"""Synthetic calls mixed from a labelled corpus, for benchmarks and tests
that need many calls: each one the head of one real call and the tail of
another (dialogue order kept, times made consecutive), with random metadata,
so the text has the density of hits that collection calls have."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from qa_pipeline.domain.transcript import Callee, CalleeRelation, Transcript, Utterance
from qa_pipeline.evaluation.corpus import load_labelled_corpus

# Most calls reach the debtor.
RELATIONS: list[CalleeRelation] = [
    "debtor", "debtor", "debtor", "debtor", "debtor", "debtor",
    "spouse", "relative", "contact", "employer", "guarantor", "unknown",
]


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

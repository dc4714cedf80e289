"""Issue 14.4: a long utterance costs work proportional to its hits, not hits x length."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from qa_pipeline.config import REPO_ROOT
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.engine import Scanner
from qa_pipeline.engine.utterance import RHETORICAL_MAX_CHARS


class CountingPattern:
    """A regex that counts the calls and characters it is asked to search."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0
        self.chars = 0

    def search(self, text: str) -> re.Match[str] | None:
        self.calls += 1
        self.chars += len(text)
        return self.pattern.search(text)


class FlatEmbedder:
    """The same vector for every text: no semantic hits, no model to load."""

    model_id = "flat"
    dim = 4

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.tile(np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32), (len(texts), 1))


def test_rhetorical_check_reads_a_bounded_window_per_hit() -> None:
    scanner = Scanner.load(REPO_ROOT / "rules" / "cn_collection", embedder=FlatEmbedder())
    counting = CountingPattern(scanner.pack.negation_rhetorical)
    scanner.pack._negation_rhetorical = counting  # type: ignore[assignment]
    text = ("不会打断你的腿" * 3000)[:20000]  # one 20,000-character clause full of negated threats
    transcript = Transcript.model_validate({
        "call_id": "long", "started_at": "2026-03-02T10:05:00+08:00",
        "utterances": [{"speaker": "agent", "start": 0, "end": 1, "text": text}]})
    scanner.scan(transcript)
    # Before: every negated hit re-read the clause to its end (~ hits x 10,000 characters).
    assert counting.chars <= counting.calls * RHETORICAL_MAX_CHARS

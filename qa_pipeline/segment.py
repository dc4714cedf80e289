"""Segmentation: clauses, jieba tokens (with the pack's user dictionary), pinyin.

jieba is an order of magnitude slower than an Aho-Corasick pass, so the
engine asks for tokens only for text that already has a candidate hit.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Iterable

import jieba

jieba.setLogLevel(logging.WARNING)

# Clause breaks: sentence and clause punctuation, ASCII or full width, and the
# spaces ASR output uses instead of punctuation.
_CLAUSE_BREAK = re.compile(r"[，。！？；：,.!?;:…~～\s、]+")


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int


def split_clauses(text: str) -> list[Clause]:
    clauses: list[Clause] = []
    pos = 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.start() > pos:
            clauses.append(Clause(pos, m.start()))
        pos = m.end()
    if pos < len(text):
        clauses.append(Clause(pos, len(text)))
    return clauses


def clause_at(clauses: list[Clause], offset: int) -> Clause | None:
    for clause in clauses:
        if clause.start <= offset < clause.end:
            return clause
    return None


class Segmenter:
    """A jieba tokenizer of its own, so user words of one pack do not leak into another."""

    def __init__(self, user_words: Iterable[str] = ()) -> None:
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.initialize()
        for word in sorted(set(user_words)):
            if len(word) > 1:
                self._tokenizer.add_word(word, freq=max(self._tokenizer.suggest_freq(word, tune=False), 5000))

    def tokens(self, text: str) -> tuple[tuple[int, int], ...]:
        """Token spans (start, end) of `text`. Dictionary words only (no HMM
        guessing of unknown words): boundaries and negation scope need no more,
        and it is twice as fast."""
        return tuple((start, end) for _word, start, end in self._tokenizer.tokenize(text, HMM=False))

    def words(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.tokens(text)]

"""Segmentation: clauses, jieba tokens (with the pack's user dictionary), pinyin.

jieba is an order of magnitude slower than an Aho-Corasick pass, so the
engine asks for tokens only for text that already has a candidate hit.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from math import log
from typing import NamedTuple

import jieba

from qa_pipeline.text._kernels import cut_block

jieba.setLogLevel(logging.WARNING)

# Clause breaks: sentence and clause punctuation, ASCII or full width, and the
# spaces ASR output uses instead of punctuation.
_CLAUSE_BREAK = re.compile(r"[，。！？；：,.!?;:…~～\s、]+")
# jieba's own block and whitespace patterns.
_JIEBA_HAN, _JIEBA_SKIP = jieba.re_han_default, jieba.re_skip_default


class Clause(NamedTuple):
    """A stretch of text between clause breaks (offsets into the text)."""

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


@lru_cache(maxsize=1)
def _base_dictionary() -> tuple[dict[str, int], int]:
    """jieba's dictionary (word -> frequency) and its total, read once per process (half a second)."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer.FREQ, tokenizer.total


class Segmenter:
    """A jieba tokenizer of its own, so user words of one pack do not leak into another."""

    def __init__(self, user_words: Iterable[str] = ()) -> None:
        self._total = 0
        self._logtotal: float | None = None
        self._tokenizer = jieba.Tokenizer()
        # what `initialize()` sets, from the process's copy of the dictionary: a pack's own copy
        # (its user words are added below) costs a dict copy, not another read of jieba's file
        freq, total = _base_dictionary()
        self._tokenizer.FREQ, self._tokenizer.total = dict(freq), total
        self._tokenizer.initialized = True
        for word in sorted(set(user_words)):
            if len(word) > 1:
                self._tokenizer.add_word(word, freq=max(self._tokenizer.suggest_freq(word, tune=False), 5000))

    def tokens(self, text: str) -> tuple[tuple[int, int], ...]:
        """Token spans (start, end) of `text`: exactly jieba's
        `tokenize(text, HMM=False)`. Dictionary words only (no HMM guessing of
        unknown words): boundaries and negation scope need no more.

        jieba's own code builds a dict DAG, a dict route and a generator per
        block; the same dynamic programme over lists is about twice as fast,
        which matters because every negation check tokenizes a clause."""
        spans: list[tuple[int, int]] = []
        pos = 0
        for block in _JIEBA_HAN.split(text):
            if not block:
                continue
            if _JIEBA_HAN.match(block):
                self._cut_block(block, pos, spans)
            else:
                inner = pos
                for part in _JIEBA_SKIP.split(block):
                    if _JIEBA_SKIP.match(part):
                        spans.append((inner, inner + len(part)))
                    else:
                        spans.extend((k, k + 1) for k in range(inner, inner + len(part)))
                    inner += len(part)
            pos += len(block)
        return tuple(spans)

    def _cut_block(self, block: str, offset: int, spans: list[tuple[int, int]]) -> None:
        """jieba's __cut_DAG_NO_HMM (compiled: qa_pipeline/_kernels.pyx)."""
        if self._logtotal is None or self._total != self._tokenizer.total:
            self._total = self._tokenizer.total
            self._logtotal = log(self._total)
        cut_block(block, self._tokenizer.FREQ, self._logtotal, offset, spans)

    def frequency(self, text: str) -> float:
        """How often `text` occurs, by jieba's dictionary counts; a string the
        dictionary lacks is taken as rarer than its rarest character."""
        freq = self._tokenizer.FREQ
        count = freq.get(text)
        if count:
            return float(count)
        return min((freq.get(ch) or 1 for ch in text), default=1) / 100.0

    def words(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.tokens(text)]

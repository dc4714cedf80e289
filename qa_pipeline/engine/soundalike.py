"""Near misses by sound: where the recogniser may have written a homophone of
what a pattern looks for (工号 heard as 公号, 我姓梁 as 我信两, 你是 as 你试).

A pattern's *anchors* are the Chinese characters it names literally (outside
character classes: 姓, 叫, 工, 号 … in `我(姓|叫)[\\u4e00-\\u9fa5]|工号`). A text is
read *by sound* by writing each of its characters that is not an anchor as
the anchor that sounds the same (toneless pinyin, folded by the pack's fuzzy
pairs: xin ~ xing, gong = gong). When the pattern finds nothing in the text
but finds something in its sound reading, what it looks for may have been
said and misheard: a finding that rests on it not being said needs listening.

Only text that came from audio is read this way (a typed transcript is taken
as written).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from qa_pipeline.text.lexicon import phonetic_encoder

# A character class of a pattern ([王李张…], [^，,。]): its characters are not anchors.
_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class NearMiss:
    """What a pattern found only in the sound reading of a text."""

    heard: str  # the stretch of the text as heard (我信两)
    alike: str  # the same stretch read by sound (我姓两)
    start: int  # offsets in the text
    end: int


class SoundAlike:
    """Reads text by sound towards the anchors of some patterns."""

    def __init__(self, patterns: Iterable[re.Pattern[str]],
                 fuzzy_pairs: tuple[tuple[str, str], ...]) -> None:
        anchors = dict.fromkeys(ch for p in patterns for ch in _HAN.findall(_CLASS.sub("", p.pattern)))
        self._encoder = phonetic_encoder(fuzzy_pairs)
        self._anchors = frozenset(anchors)
        self._by_sound: dict[str, str] = {}
        for ch in anchors:  # the first anchor of a sound stands for it
            self._by_sound.setdefault(self._encoder.encode_text(ch), ch)

    def read(self, text: str) -> str:
        """`text` with every non-anchor character that sounds like an anchor written as that anchor
        (same length: offsets carry over)."""
        codes = self._encoder.encode_text(text)
        return "".join(ch if ch in self._anchors else self._by_sound.get(code, ch)
                       for ch, code in zip(text, codes, strict=True))

    def near_miss(self, pattern: re.Pattern[str], text: str) -> NearMiss | None:
        """The first match of `pattern` in the sound reading of `text`, when it has none in `text`."""
        if any(m.end() > m.start() for m in pattern.finditer(text)):
            return None
        alike = self.read(text)
        if alike == text:
            return None
        for m in pattern.finditer(alike):
            start, end = m.start(), m.end()
            while start < end and not alike[start].isalnum():  # the words, not the punctuation around them
                start += 1
            while end > start and not alike[end - 1].isalnum():
                end -= 1
            if end > start and text[start:end] != alike[start:end]:
                return NearMiss(text[start:end], alike[start:end], start, end)
        return None


@lru_cache(maxsize=512)
def sound_alike(patterns: tuple[re.Pattern[str], ...], fuzzy_pairs: tuple[tuple[str, str], ...]) -> SoundAlike:
    """One reader per set of patterns (they are compiled once per pack)."""
    return SoundAlike(patterns, fuzzy_pairs)

"""Text normalization for ASR output and hand-written transcripts.

Traditional -> simplified (native OpenCC), full-width -> half-width letters,
digits and punctuation, runs of whitespace collapsed, and known Whisper
phantom lines removed. The raw text is kept, with a map from
every normalized offset back to the raw offset, so evidence can be shown in
the words the reviewer sees.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import opencc

from qa_pipeline.charmap import CharMap

# Lines Whisper invents on silence or music (learned from subtitle data).
# Matched after normalization, so simplified forms only.
PHANTOM_LINES: tuple[str, ...] = (
    "字幕由Amara.org社群提供",
    "字幕由Amara.org社区提供",
    "请不吝点赞订阅转发打赏支持明镜与点点栏目",
    "请不吝点赞订阅转发打赏",
    "请不吝点赞订阅",
    "点赞订阅转发打赏",
    "明镜与点点栏目",
    "优优独播剧场——YoYo Television Series Exclusive",
    "YoYo Television Series Exclusive",
    "中文字幕志愿者",
    "字幕志愿者",
    "小编字幕",
    "由Amara.org社群提供的字幕",
    "谢谢观看",
    "感谢观看",
    "谢谢大家观看",
    "本字幕由",
    "字幕by",
    "字幕:",
)
_PHANTOM_RE = re.compile("|".join(re.escape(p) for p in sorted(PHANTOM_LINES, key=len, reverse=True)), re.I)


def _phantom_prefilter() -> ahocorasick.Automaton:
    # A regex alternation costs a try per character; an automaton pass is C speed.
    automaton = ahocorasick.Automaton()
    for line in PHANTOM_LINES:
        automaton.add_word(line.lower(), line)
    automaton.make_automaton()
    return automaton


_PHANTOM_AC = _phantom_prefilter()


def _may_have_phantom(text: str) -> bool:
    for _ in _PHANTOM_AC.iter(text.lower()):
        return True
    return False


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s.json")


_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_to_half_width = CharMap(_HALF_WIDTH)
_NEEDS_WHITESPACE_WORK = re.compile(r"\s\s|[^\S ]|^\s|\s$")
_WHITESPACE_NOT_NEWLINE = re.compile(r"[^\S\n]")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalized text plus, for each of its characters, the raw offset it came from."""

    text: str
    raw: str
    _offsets: tuple[int, ...] | None = None  # None: offsets are the identity

    @property
    def offsets(self) -> tuple[int, ...]:
        """len(text) + 1 entries; the last is len(raw)."""
        if self._offsets is None:
            return tuple(range(len(self.text))) + (len(self.raw),)
        return self._offsets

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span back to the raw text."""
        if self._offsets is None:
            return start, end
        if start >= end:
            return self._offsets[start], self._offsets[start]
        return self._offsets[start], self._offsets[end - 1] + 1


def _align(src: str, dst: str, src_offsets: list[int]) -> list[int]:
    """Offsets for dst when a conversion changed the length (rare in t2s)."""
    out: list[int] = []
    matcher = difflib.SequenceMatcher(a=src, b=dst, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(j2 - j1):
            i = min(i1 + (k if tag == "equal" else k * max(i2 - i1, 1) // max(j2 - j1, 1)), len(src) - 1)
            out.append(src_offsets[i])
    return out


def _collapse_whitespace(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                offsets.append(i)
            continue
        chars.append(ch)
        offsets.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


def _finish(raw: str, text: str, simplified: str, offsets: list[int] | None,
            may_have_phantom: bool = True) -> NormalizedText:
    if len(simplified) != len(text):
        offsets = _align(text, simplified, offsets if offsets is not None else list(range(len(text))))
    text = simplified
    if may_have_phantom and _PHANTOM_RE.search(text):
        if offsets is None:
            offsets = list(range(len(text)))
        keep = [True] * len(text)
        for m in _PHANTOM_RE.finditer(text):
            for k in range(m.start(), m.end()):
                keep[k] = False
        text = "".join(c for c, k in zip(text, keep) if k)
        offsets = [o for o, k in zip(offsets, keep) if k]
        if not text.strip(" ，。,.!！?？、"):
            text, offsets = "", []
    if offsets is None:
        return NormalizedText(text, raw)
    return NormalizedText(text, raw, tuple(offsets) + (len(raw),))


def _prepare(raw: str) -> tuple[str, list[int] | None]:
    # Full width -> half width, whitespace collapsed to one space. Spaces are
    # kept: in unpunctuated ASR output they are the only clause breaks.
    text = _to_half_width(raw)
    if _NEEDS_WHITESPACE_WORK.search(text):
        return _collapse_whitespace(text)
    return text, None


def normalize_text(raw: str) -> NormalizedText:
    """Normalize one utterance's text; see the module docstring."""
    text, offsets = _prepare(raw)
    simplified = _t2s().convert(text)
    return _finish(raw, text, simplified, offsets, _may_have_phantom(simplified))


def normalize_many(raws: list[str]) -> list[NormalizedText]:
    """Normalize the utterances of a call together: one translate, one OpenCC
    call and one phantom search for all of them (per-call costs dominate short lines)."""
    if any("\n" in r for r in raws):
        return [normalize_text(r) for r in raws]
    half = _to_half_width("\n".join(raws))
    texts = half.split("\n")
    if _WHITESPACE_NOT_NEWLINE.search(half) and any(_NEEDS_WHITESPACE_WORK.search(t) for t in texts):
        prepared = [_prepare(r) for r in raws]
    else:
        prepared = [(t, None) for t in texts]
    joined = "\n".join(t for t, _ in prepared)
    converted = _t2s().convert(joined)
    parts = converted.split("\n")
    if len(converted) != len(joined) or len(parts) != len(raws):
        return [normalize_text(r) for r in raws]
    phantom = _may_have_phantom(converted)
    return [NormalizedText(part, raw) if offsets is None and not phantom and len(part) == len(text)
            else _finish(raw, text, part, offsets, phantom)
            for raw, (text, offsets), part in zip(raws, prepared, parts)]


def is_phantom_only(raw: str) -> bool:
    """True when nothing but known phantom lines (and punctuation) is left."""
    return normalize_text(raw).text == "" and raw.strip() != ""

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

import opencc

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
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s.json")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalized text plus, for each of its characters, the raw offset it came from."""

    text: str
    raw: str
    offsets: tuple[int, ...]  # len(text) + 1 entries; the last is len(raw)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span back to the raw text."""
        if start >= end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def _halfwidth(ch: str) -> str:
    code = ord(ch)
    if code == 0x3000:
        return " "
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    return ch


def _is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def _align(src: str, dst: str, src_offsets: list[int]) -> list[int]:
    """Offsets for dst when a conversion changed the length (rare in t2s)."""
    out: list[int] = []
    matcher = difflib.SequenceMatcher(a=src, b=dst, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(j2 - j1):
            i = min(i1 + (k if tag == "equal" else k * max(i2 - i1, 1) // max(j2 - j1, 1)), len(src) - 1)
            out.append(src_offsets[i])
    return out


def normalize_text(raw: str) -> NormalizedText:
    """Normalize one utterance's text; see the module docstring."""
    chars: list[str] = []
    offsets: list[int] = []
    # Full width -> half width, whitespace collapsed to one space. Spaces are
    # kept: in unpunctuated ASR output they are the only clause breaks.
    for i, ch in enumerate(raw):
        ch = _halfwidth(ch)
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
    text = "".join(chars)
    simplified = _t2s().convert(text)
    if len(simplified) != len(text):
        offsets = _align(text, simplified, offsets)
    text = simplified
    # Phantom lines removed, offsets kept in step.
    if _PHANTOM_RE.search(text):
        keep = [True] * len(text)
        for m in _PHANTOM_RE.finditer(text):
            for k in range(m.start(), m.end()):
                keep[k] = False
        text = "".join(c for c, k in zip(text, keep) if k)
        offsets = [o for o, k in zip(offsets, keep) if k]
        stripped = text.strip(" ，。,.!！?？、")
        if not stripped:
            text, offsets = "", []
    return NormalizedText(text=text, raw=raw, offsets=tuple(offsets) + (len(raw),))


def is_phantom_only(raw: str) -> bool:
    """True when nothing but known phantom lines (and punctuation) is left."""
    return normalize_text(raw).text == "" and raw.strip() != ""

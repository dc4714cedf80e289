"""Text normalization for ASR output and hand-written transcripts.

Traditional -> simplified (native OpenCC), full-width -> half-width letters,
digits and punctuation, runs of whitespace collapsed, and known Whisper
phantom lines removed. The raw text is kept, with a map from
every normalized offset back to the raw offset, so evidence can be shown in
the words the reviewer sees.

Most lines need almost none of this, and the engine normalizes every line of
every call, so each step first asks a C-speed question (a regex character
class, a substring test) and does its work only where the answer is yes.
The output is the same as always running every step.
"""

from __future__ import annotations

import difflib
import json
import logging
import re
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, overload

import ahocorasick
import opencc

from qa_pipeline.text.charmap import CharMap

log = logging.getLogger(__name__)

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

# Every phantom line, lowercased, contains one of these characters, and these
# are all the characters whose lowercase contains one of them (the tests check
# both over all of Unicode). A text with none of them cannot hold a phantom
# line, so the lowercasing and the automaton pass below are skipped.
_PHANTOM_ANCHORS = "幕赞镜观xX"
_PHANTOM_ANCHOR = re.compile(f"[{_PHANTOM_ANCHORS}]")


def _phantom_prefilter() -> ahocorasick.Automaton:
    # A regex alternation costs a try per character; an automaton pass is C speed.
    automaton = ahocorasick.Automaton()
    for line in PHANTOM_LINES:
        automaton.add_word(line.lower(), line)
    automaton.make_automaton()
    return automaton


_PHANTOM_AC = _phantom_prefilter()


def _may_have_phantom(text: str) -> bool:
    if not _PHANTOM_ANCHOR.search(text):
        return False
    for _ in _PHANTOM_AC.iter(text.lower()):
        return True
    return False


def _char_class(chars: set[str]) -> str:
    """The body of a regex character class for these BMP characters, as ranges."""
    codes = sorted(ord(c) for c in chars)
    ranges: list[list[int]] = []
    for cp in codes:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


# -- traditional -> simplified -------------------------------------------------
#
# OpenCC rewrites a text only where a dictionary key matches, and no key spans
# a line break. From the keys of the t2s dictionaries two shortcuts follow,
# each exact:
#
# - A text OpenCC cannot change is left alone (most lines are simplified).
# - A text OpenCC would convert character by character is converted by a
#   table of OpenCC's own result for each character on its own, several times
#   faster than OpenCC on traditional text.
#
# Both rest on one argument. Take a baseline (the identity; the table): where
# a one-character key matches, OpenCC gives the baseline unless it is one of
# the characters listed; a phrase key whose value the baseline also gives
# changes nothing; the other phrases are listed. With none of these in a text,
# OpenCC gives the baseline. For the table, two more things are listed whole:
# the normalization pass (CJK compatibility ideographs, done before the rest),
# as what it writes could complete a phrase, and the ideographic description
# operators, as OpenCC copies a description sequence (⿰釒監) unconverted.

@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s.json")


def _dictionary_files(config_path: Path) -> list[tuple[Path, bool]]:
    """The dictionary files of OpenCC's t2s config, each with whether it is a
    normalization (first-pass) dictionary."""
    config = json.loads(config_path.read_text(encoding="utf-8"))
    unknown = set(config) - {"name", "segmentation", "normalization", "conversion_chain"}
    if unknown:
        raise ValueError(f"unknown config keys {sorted(unknown)}")
    steps = [(step, True) for step in config.get("normalization", [])]
    steps += [(step, False) for step in config["conversion_chain"]]
    if any(set(step) != {"dict"} for step, _ in steps):
        raise ValueError("a conversion step that is not a dictionary")
    specs = [(step["dict"], first_pass) for step, first_pass in steps]
    files: list[tuple[Path, bool]] = []
    while specs:
        spec, first_pass = specs.pop()
        if spec["type"] == "group":
            specs.extend((d, first_pass) for d in spec["dicts"])
        elif spec["type"] in ("ocd2", "text"):
            files.append((config_path.parent / spec["file"], first_pass))
        else:
            raise ValueError(f"dictionary type {spec['type']!r}")
    return files


def _read_dictionary(path: Path, workdir: Path) -> list[tuple[str, str]]:
    """(key, default value) pairs. Binary .ocd2 files are dumped to text with the
    opencc_dict tool that ships with the opencc package."""
    if path.suffix == ".ocd2":
        tool = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
        dumped = workdir / (path.stem + ".txt")
        subprocess.run([str(tool), "-i", str(path), "-o", str(dumped), "-f", "ocd2", "-t", "text"],
                       check=True, capture_output=True, timeout=60)
        path = dumped
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line:
            key, values = line.split("\t")
            entries.append((key, values.split(" ")[0]))  # OpenCC converts to the first value
    return entries


# Outside the BMP, and lone surrogates (which OpenCC refuses): always listed.
_WIDE = "\\ud800-\\udfff\\U00010000-\\U0010ffff"
# Ideographic description operators, and U+31EF, which OpenCC may add to them.
_IDS_OPERATORS = {chr(cp) for cp in range(0x2FF0, 0x3000)} | {"\u31ef"}


def _plain_char(c: str) -> bool:
    return len(c) == 1 and (c < "\ud800" or "\ue000" <= c < "\U00010000")


class _Guard:
    """Listed characters and phrases; a text with none of them is safe for a shortcut.

    Each phrase is filed under one of its characters (the first one the
    baseline gets wrong), which `chars` also matches: the phrase is looked for
    (`in`, C speed) only in texts that have that character."""

    __slots__ = ("_search", "chars", "phrases")

    def __init__(self, chars: str, phrases: dict[str, tuple[str, ...]]) -> None:
        self.chars = chars  # character class body
        self.phrases = phrases
        self._search = re.compile(f"[{chars}]").search

    @classmethod
    def build(cls, chars: set[str], phrases: list[tuple[str, str, str]]) -> _Guard:
        """From the listed characters and (phrase, baseline, value) triples."""
        filed: dict[str, list[str]] = {}
        for key, baseline, value in phrases:
            if not chars.intersection(key):  # else the phrase needs a listed character
                anchor = next((k for k, b, v in zip(key, baseline, value) if b != v), key[-1])
                filed.setdefault(anchor, []).append(key)
        bmp = {c for c in chars | set(filed) if ord(c) < 0x10000}
        return cls(_char_class(bmp) + _WIDE, {c: tuple(keys) for c, keys in filed.items()})

    def clear(self, text: str) -> bool:
        m = self._search(text)
        while m is not None:
            phrases = self.phrases.get(m.group())
            if phrases is None or any(map(text.__contains__, phrases)):
                return False
            m = self._search(text, m.end())
        return True


_LIST_EVERYTHING = _Guard("\\x00-\\U0010ffff", {})


@dataclass(frozen=True)
class _T2sShortcuts:
    unchanged: _Guard  # baseline: the identity
    per_char: _Guard  # baseline: `table`
    table: CharMap | None


@lru_cache(maxsize=1)
def _t2s_shortcuts() -> _T2sShortcuts:
    """Read the t2s dictionaries (once; well under a second). If they cannot be
    read, or disagree with OpenCC itself, there are no shortcuts: every line
    with any character goes through OpenCC."""
    try:
        converter = _t2s()
        entries: list[tuple[str, str]] = []
        first_pass: set[str] = set()
        with tempfile.TemporaryDirectory() as tmp:
            for path, normalization in _dictionary_files(Path(converter.config)):
                read = _read_dictionary(path, Path(tmp))
                entries += read
                if normalization:
                    first_pass.update(key[0] for key, _ in read)
        # OpenCC's result for each key character alone and for each phrase key.
        chars = sorted({c for key, _ in entries for c in key})
        phrases = [(key, value) for key, value in entries if len(key) > 1]
        out = converter.convert("\n".join(chars + [key for key, _ in phrases])).split("\n")
        alone = dict(zip(chars, out))
        changing = {c for c, o in alone.items() if o != c}
        if (len(out) != len(chars) + len(phrases) or [v for _, v in phrases] != out[len(chars):]
                or changing != {key for key, value in entries if len(key) == 1 and value != key}):
            raise ValueError("t2s dictionaries disagree with OpenCC")
    except Exception:
        log.warning("cannot read the OpenCC t2s dictionaries; converting every line", exc_info=True)
        return _T2sShortcuts(_LIST_EVERYTHING, _LIST_EVERYTHING, None)
    table = {c: alone[c] for c in changing if _plain_char(c) and _plain_char(alone[c])}
    by_table = {key: "".join(table.get(c, c) for c in key) for key, _ in phrases}
    return _T2sShortcuts(
        unchanged=_Guard.build(changing | first_pass,
                               [(key, key, value) for key, value in phrases if value != key]),
        per_char=_Guard.build((changing - set(table)) | first_pass | _IDS_OPERATORS,
                              [(key, by_table[key], value) for key, value in phrases if by_table[key] != value]),
        table=CharMap({ord(k): ord(v) for k, v in table.items()}),
    )


@lru_cache(maxsize=1)
def _t2s_triggers() -> re.Pattern[str]:
    """Every text OpenCC changes has one of these (not every text with one changes)."""
    return re.compile(f"[{_t2s_shortcuts().unchanged.chars}]")


def _convert(text: str) -> str:
    """OpenCC t2s, by a shortcut when that gives the same."""
    shortcuts = _t2s_shortcuts()
    if shortcuts.unchanged.clear(text):
        return text
    if shortcuts.table is not None and shortcuts.per_char.clear(text):
        return shortcuts.table(text)
    return _t2s().convert(text)


def _convert_tail(lines: list[str], first: int) -> tuple[list[str], bool, bool] | None:
    """t2s for lines[first:] in one go: the earlier lines have no trigger, and
    converting lines together is converting them one by one. Also says whether
    every line kept its length, and whether the converted ones have a phantom
    anchor. None when the conversion changed the total length or the number of
    lines (the caller then goes line by line)."""
    source = lines[first:]
    joined = "\n".join(source)
    converted = _convert(joined)
    if converted is joined:  # nothing to convert after all
        return lines, True, False
    parts = converted.split("\n")
    if len(converted) != len(joined) or len(parts) != len(source):
        return None
    same_lengths = list(map(len, parts)) == list(map(len, source))
    return lines[:first] + parts, same_lengths, _PHANTOM_ANCHOR.search(converted) is not None


# -- whitespace ----------------------------------------------------------------

_NEEDS_WHITESPACE_WORK = re.compile(r"\s\s|[^\S ]|^\s|\s$")
# Whitespace other than the space and the line break: `\s` in `re` is
# str.isspace(), and nothing above U+3000 is whitespace (the tests check).
_ODD_WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n")


def _space_work(text: str) -> bool:
    """Whether a line of `text` (no odd whitespace in it) starts or ends with a
    space or has two in a row: the only ways plain spaces need collapsing."""
    return " " in text and ("  " in text or "\n " in text or " \n" in text
                            or text[0] == " " or text[-1] == " ")


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


# -- full width, and the one scan ---------------------------------------------

_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_HALF_WIDTH_OF = {chr(k): chr(v) for k, v in _HALF_WIDTH.items()}
# What needs a look before t2s: full width, odd whitespace, phantom anchors.
_BEFORE_T2S = f"\\uff01-\\uff5e\\u3000{_char_class(set(_ODD_WHITESPACE))}{_PHANTOM_ANCHORS}"


@lru_cache(maxsize=1)
def _scan_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(everything _scan looks for, the same less the t2s triggers)."""
    return re.compile(f"[{_BEFORE_T2S}{_t2s_shortcuts().unchanged.chars}]"), re.compile(f"[{_BEFORE_T2S}]")


def _scan(text: str) -> tuple[str, int, bool, bool]:
    """Fold full width to half width, and find what the later steps need to know:
    where the first character t2s may change is (-1: none), whether there is
    odd whitespace, and whether there is a phantom anchor. One regex pass.

    Calls hold a handful of distinct full-width characters, so each is replaced
    everywhere at its first sight: one `str.replace` per distinct character
    instead of a look-up per character of text; the two that nearly every call
    has go first, without a search."""
    text = text.replace("，", ",").replace("？", "?")
    everything, before_t2s = _scan_patterns()
    t2s_from = -1
    odd_whitespace = phantom = False
    find = everything.search
    m = find(text)
    while m is not None:
        ch = m.group()
        half = _HALF_WIDTH_OF.get(ch)
        if half is not None:
            text = text.replace(ch, half)
            m = find(text, m.start())  # look at what it folded into
            continue
        if ch in _ODD_WHITESPACE:
            odd_whitespace = True
        elif ch in _PHANTOM_ANCHORS:
            phantom = True
        if t2s_from < 0 and _t2s_triggers().match(ch):
            t2s_from = m.start()
            find = before_t2s.search  # everything from here on is converted anyway
        m = find(text, m.end())
    return text, t2s_from, odd_whitespace, phantom


def _to_half_width(text: str) -> str:
    return _scan(text)[0]


# -- results -------------------------------------------------------------------

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
            return (*range(len(self.text)), len(self.raw))
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
    return NormalizedText(text, raw, (*offsets, len(raw)))


# -- entry points --------------------------------------------------------------

def _prepare(raw: str) -> tuple[str, list[int] | None]:
    # Full width -> half width, whitespace collapsed to one space. Spaces are
    # kept: in unpunctuated ASR output they are the only clause breaks.
    text = _to_half_width(raw)
    if _NEEDS_WHITESPACE_WORK.search(text):
        return _collapse_whitespace(text)
    return text, None


def _normalize_one(raw: str) -> NormalizedText:
    text, offsets = _prepare(raw)
    simplified = _convert(text)
    return _finish(raw, text, simplified, offsets, _may_have_phantom(simplified))


def normalize_text(raw: str) -> NormalizedText:
    """Normalize one utterance's text; see the module docstring."""
    if "\n" in raw:
        return _normalize_one(raw)
    return normalize_many([raw])[0]


def normalize_many(raws: list[str]) -> list[NormalizedText]:
    """Normalize the utterances of a call together: one scan and at most one
    OpenCC call for all of them (per-call costs dominate short lines).

    Same result as normalize_text on each, except that the phantom pre-check
    looks at the whole call (as it always has)."""
    return _normalize_many(raws, False)


def normalize_texts(raws: list[str]) -> list[str]:
    """The texts of normalize_many(raws) alone, without the maps back to the
    raw text (the engine reads only the text; evidence offsets are into it)."""
    return _normalize_many(raws, True)


@overload
def _normalize_many(raws: list[str], texts_only: Literal[True]) -> list[str]: ...
@overload
def _normalize_many(raws: list[str], texts_only: Literal[False]) -> list[NormalizedText]: ...
def _normalize_many(raws: list[str], texts_only: bool) -> list[NormalizedText] | list[str]:
    if not raws:
        return []
    joined = "\n".join(raws)
    if joined.count("\n") != len(raws) - 1:  # a line break inside an utterance
        return _texts_of([normalize_text(r) for r in raws], texts_only)
    joined, t2s_from, odd_whitespace, phantom = _scan(joined)
    lines = joined.split("\n")
    offsets: list[list[int] | None] = [None] * len(lines)
    collapsed = False
    if odd_whitespace or _space_work(joined):
        for i, line in enumerate(lines):
            if _NEEDS_WHITESPACE_WORK.search(line):
                lines[i], offsets[i] = _collapse_whitespace(line)
                collapsed = True
    parts, same_lengths = lines, True
    if t2s_from >= 0:
        converted = _convert_tail(lines, joined.count("\n", 0, t2s_from))
        if converted is None:
            return _texts_of([_normalize_one(r) for r in raws], texts_only)
        parts, same_lengths, phantom_in_converted = converted
        phantom = phantom or phantom_in_converted
    if phantom and _may_have_phantom("\n".join(parts)):
        return _texts_of([_finish(raw, line, part, offs)
                          for raw, line, part, offs in zip(raws, lines, parts, offsets)], texts_only)
    if texts_only:
        return parts  # no phantom to drop: the text is each converted line as it stands
    if same_lengths and not collapsed:  # nothing moved: offsets are the identity
        return [NormalizedText(part, raw) for part, raw in zip(parts, raws)]
    return [NormalizedText(part, raw) if offs is None and len(part) == len(line)
            else _finish(raw, line, part, offs, False)
            for raw, line, part, offs in zip(raws, lines, parts, offsets)]


def _texts_of(normalized: list[NormalizedText], texts_only: bool) -> list[NormalizedText] | list[str]:
    return [n.text for n in normalized] if texts_only else normalized

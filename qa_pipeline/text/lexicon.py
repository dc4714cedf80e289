"""Lexicons (word lists under `lexicons/`) and the automata that find them.

A lexicon file holds one term a line; `#` starts a comment. A line may list
known ASR mishearings after the term, separated by `|`:

    逾期 | 一七 | 一期

The term and its mishearings are matched character for character. A second
automaton works on sound: every character is mapped to its toneless pinyin
syllable, folded by the pack's fuzzy pairs (zh/z, in/ing, l/n ...), and each
syllable is one code point, so the phonetic text has one character per
source character and offsets carry over unchanged. Hits found only by sound
or by a listed mishearing are marked phonetic and scored lower.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick
from pypinyin import Style, pinyin
from pypinyin.pinyin_dict import pinyin_dict

from qa_pipeline.domain.findings import MatchKind
from qa_pipeline.errors import RulePackError
from qa_pipeline.text._kernels import collect_hits
from qa_pipeline.text.charmap import CharMap

_HAN = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")
# Syllables are coded into a private-use block.
_CODE_BASE = 0xE000

DEFAULT_FUZZY_PAIRS: tuple[tuple[str, str], ...] = (
    ("zh", "z"), ("ch", "c"), ("sh", "s"), ("ing", "in"), ("eng", "en"), ("ang", "an"), ("n", "l"),
)


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    term: str
    variants: tuple[str, ...] = ()


@dataclass(slots=True)
class Lexicon:
    name: str
    entries: list[LexiconEntry]
    source: str = ""

    @property
    def terms(self) -> list[str]:
        return [e.term for e in self.entries]


def parse_lexicon(name: str, text: str, source: str) -> Lexicon:
    variants_of: dict[str, list[str]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        forms = [f.strip() for f in line.split("|")]
        if any(not f for f in forms):
            raise RulePackError(source, f"line {lineno}", "empty term next to '|'")
        known = variants_of.setdefault(forms[0], [])  # a repeated term adds its variants
        known.extend(v for v in forms[1:] if v not in known)
    entries = [LexiconEntry(term, tuple(variants)) for term, variants in variants_of.items()]
    if not entries:
        raise RulePackError(source, None, "lexicon has no terms")
    return Lexicon(name, entries, source)


def load_lexicon(path: Path, name: str | None = None) -> Lexicon:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulePackError(str(path), None, "lexicon file not found") from None
    except UnicodeDecodeError:
        raise RulePackError(str(path), None, "lexicon is not UTF-8 text") from None
    return parse_lexicon(name or path.stem, text, str(path))


class PhoneticEncoder:
    """Maps text to one code point per character: its folded toneless syllable."""

    def __init__(self, fuzzy_pairs: Iterable[tuple[str, str]] = DEFAULT_FUZZY_PAIRS) -> None:
        self.fuzzy_pairs = tuple((a, b) for a, b in fuzzy_pairs)
        self._codes: dict[str, str] = {}
        table: dict[int, str] = {}  # code point -> syllable code; other characters stay as they are
        for cp, readings in pinyin_dict.items():
            first = readings.split(",")[0]
            table[cp] = self._code(self.fold(_strip_tone(first)))
        self._table = table
        self._map = CharMap({cp: ord(code) for cp, code in table.items()})

    def fold(self, syllable: str) -> str:
        """Fold a toneless syllable by the fuzzy pairs (initial and final)."""
        s = syllable.replace("ü", "v")
        for a, b in self.fuzzy_pairs:
            if a in ("zh", "ch", "sh", "n", "l", "z", "c", "s", "f", "h", "r"):  # initials
                if s.startswith(a) and not (a in ("z", "c", "s") and s[1:2] == "h"):
                    if a == "n" and s in ("n", "ng"):
                        continue
                    s = b + s[len(a):]
            elif s.endswith(a):  # finals
                s = s[: len(s) - len(a)] + b
        return s

    def _code(self, folded: str) -> str:
        code = self._codes.get(folded)
        if code is None:
            code = chr(_CODE_BASE + len(self._codes))
            self._codes[folded] = code
        return code

    def encode_text(self, text: str) -> str:
        """One code per character. Characters without a reading stay themselves:
        keys are made of syllable codes only, so no key can span them."""
        return self._map(text)

    def encode_term(self, term: str, limit: int = 16) -> list[str]:
        """Keys for a term: every combination of its characters' readings (capped)."""
        if not _HAN.match(term):
            return []
        # The phrase reading first, then each character's own readings: pypinyin's
        # phrase guess can be wrong (还款 read as hai kuan), ASR does not care.
        phrase = pinyin(term, style=Style.NORMAL, errors="ignore")
        if len(phrase) != len(term):
            return []
        options = []
        for ch, (guess,) in zip(term, phrase):
            own = [_strip_tone(r) for r in pinyin_dict.get(ord(ch), "").split(",") if r][:2]
            readings = dict.fromkeys([guess, *own])
            options.append(list(dict.fromkeys(self._code(self.fold(r)) for r in readings)))
        keys = ["".join(combo) for combo in itertools.islice(itertools.product(*options), limit)]
        return list(dict.fromkeys(keys))


def _strip_tone(syllable: str) -> str:
    return syllable.translate(_TONE_TABLE)


_TONE_TABLE = str.maketrans({
    **dict.fromkeys("āáǎà", "a"), **dict.fromkeys("ēéěèê̄ếê̌ề", "e"), **dict.fromkeys("īíǐì", "i"),
    **dict.fromkeys("ōóǒò", "o"), **dict.fromkeys("ūúǔù", "u"), **dict.fromkeys("ǖǘǚǜü", "v"),
    "ń": "n", "ň": "n", "ǹ": "n", "ḿ": "m", "\u0304": "", "\u030c": "",
})


@lru_cache(maxsize=4)
def phonetic_encoder(fuzzy_pairs: tuple[tuple[str, str], ...] = DEFAULT_FUZZY_PAIRS) -> PhoneticEncoder:
    return PhoneticEncoder(fuzzy_pairs)


class TermHit(NamedTuple):
    """A lexicon term found in a text, before any rule looks at it."""

    lexicon: str
    term: str
    start: int
    end: int
    kind: MatchKind
    similarity: float | None = None  # hits of the semantic pass: cosine similarity to `term`


@dataclass(slots=True)
class TermMatcher:
    """All lexicons of a pack compiled into one automaton over sound codes.

    Every key is a string of syllable codes: a term or listed mishearing is
    added under the code of its own characters (a hit is literal when the text
    there is exactly that form), and a term long enough to be heard by sound
    also under the codes of its other readings. One pass over the coded text
    finds both kinds; a literal hit and a sound hit of the same span share a
    key, so a sound match never repeats a literal one without any look-up.
    """

    encoder: PhoneticEncoder
    phonetic_min_chars: int = 2
    _automaton: ahocorasick.Automaton = field(default_factory=ahocorasick.Automaton)
    # code key -> (lexicon, term, form, kind); form is None for sound matches
    _payload: dict[str, list[tuple[str, str, str | None, MatchKind]]] = field(default_factory=dict)
    _built: bool = False

    def add(self, lexicon: str, entry: LexiconEntry, phonetic: bool = True) -> None:
        code = self.encoder.encode_text
        self._payload.setdefault(code(entry.term), []).append((lexicon, entry.term, entry.term, MatchKind.literal))
        for variant in entry.variants:
            self._payload.setdefault(code(variant), []).append((lexicon, entry.term, variant, MatchKind.variant))
        if phonetic and len(entry.term) >= self.phonetic_min_chars:
            for key in self.encoder.encode_term(entry.term):
                self._payload.setdefault(key, []).append((lexicon, entry.term, None, MatchKind.phonetic))

    def build(self) -> TermMatcher:
        for key, payload in self._payload.items():
            items = list(dict.fromkeys(payload))
            # Character forms first: a sound item is dropped when its lexicon already hit literally here.
            items.sort(key=lambda item: item[2] is None)
            self._automaton.add_word(key, (len(key), tuple(items)))
        if self._payload:
            self._automaton.make_automaton()
        self._built = True
        return self

    @property
    def automaton(self) -> ahocorasick.Automaton:
        return self._automaton

    def find_each(self, texts: list[str]) -> list[dict[str, list[TermHit]]]:
        """Hits per text, grouped by lexicon (literal hits in text order, then
        sound hits), from one pass over all the texts joined by a newline
        (which no term contains)."""
        if not self._payload:
            return [{} for _ in texts]
        starts: list[int] = []
        pos = 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 1
        joined = "\n".join(texts)
        return collect_hits(self._automaton, self.encoder.encode_text(joined), joined, starts, pos, TermHit)

    def find(self, text: str) -> list[TermHit]:
        """Every lexicon hit in `text`, literal ones first, each kind in text order."""
        hits = [h for group in self.find_each([text])[0].values() for h in group]
        hits.sort(key=lambda h: (h.kind == MatchKind.phonetic, h.end, h.start))
        return hits

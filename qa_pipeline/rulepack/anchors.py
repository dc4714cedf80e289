"""Literal anchors of a regular expression: strings one of which every match
must contain.

A rule's regex selections would otherwise be searched on every utterance of
their speaker. Their anchors go into the pack's Aho-Corasick automaton beside
the lexicons, so a regex is tried only where the one pass over the call
already found one of its anchors (the prefiltering idea of RE2 and
Hyperscan). The anchors are derived from the parsed pattern and are
necessary, never sufficient: a pattern whose anchors cannot be proven (a
class of any letter, an optional part, case folding, ...) gets none and is
searched as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The standard library's own regex parser (what `re.compile` runs); typeshed has no stubs for it.
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

# A character class is an anchor only when it is this small (a class of all
# CJK characters proves nothing useful).
_MAX_CLASS = 10
# Sequences such as (告诉|通知)(你|您) are multiplied out up to this many strings.
_MAX_STRINGS = 32

Anchors = frozenset[str]
# How common a string is in ordinary text (higher: found more often, so a
# worse anchor). The engine passes jieba's dictionary frequencies.
Frequency = Callable[[str], float]


def _by_length(s: str) -> float:
    return 1.0 / len(s)


def regex_anchors(pattern: str, frequency: Frequency = _by_length) -> Anchors | None:
    """Strings one of which every match of `pattern` contains, or None."""
    try:
        parsed = parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    prover = _Prover(frequency)
    return prover.best(prover.factors(list(parsed)))


def anchors_of(patterns: list[str], frequency: Frequency = _by_length) -> Anchors | None:
    """Anchors of an alternation of patterns: the union of theirs (each must have some)."""
    found: set[str] = set()
    for pattern in patterns:
        anchors = regex_anchors(pattern, frequency)
        if not anchors or any("\n" in a for a in anchors):  # the engine joins utterances with newlines
            return None
        found |= anchors
    return _minimal(frozenset(found))


class _Prover:
    def __init__(self, frequency: Frequency) -> None:
        self.frequency = frequency

    def factors(self, items: list[tuple]) -> list[Anchors]:
        """Every anchor set a sequence of items proves: runs of literals (multiplied
        out through small alternations), and the anchors of each required item."""
        factors: list[Anchors] = []
        run: list[str] = [""]  # the strings the current run of exact items can spell
        for op, av in items:
            exact = self._exact(op, av)
            if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
                run = [a + b for a in run for b in exact]
                continue
            if run != [""]:
                factors.append(frozenset(run))
            run = [""]
            inner = self._item(op, av)
            if inner is not None:
                factors.append(inner)
            if exact is not None:  # too many strings to join the run: start a new one with it
                run = list(exact)
        if run != [""]:
            factors.append(frozenset(run))
        return [f for f in factors if f and all(f)]


    def _exact(self, op, av) -> list[str] | None:
        """The strings an item matches, when it matches only a few fixed strings."""
        if op is C.LITERAL:
            return [chr(av)]
        if op is C.IN:
            chars = self._class_chars(av)
            return sorted(chars) if chars is not None else None
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                return None
            return self._exact_seq(list(sub))
        if op is C.BRANCH:
            out: list[str] = []
            for branch in av[1]:
                strings = self._exact_seq(list(branch))
                if strings is None:
                    return None
                out.extend(strings)
            return out if len(out) <= _MAX_STRINGS else None
        return None


    def _exact_seq(self, items: list[tuple]) -> list[str] | None:
        strings = [""]
        for op, av in items:
            exact = self._exact(op, av)
            if exact is None or len(strings) * len(exact) > _MAX_STRINGS:
                return None
            strings = [a + b for a in strings for b in exact]
        return strings


    def _item(self, op, av) -> Anchors | None:
        """Anchors of one item that is not a fixed string."""
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, sub = av
            return self.best(self.factors(list(sub))) if low >= 1 else None
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            return None if add_flags & re.IGNORECASE else self.best(self.factors(list(sub)))
        if op is C.ATOMIC_GROUP:
            return self.best(self.factors(list(av)))
        if op is C.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                anchors = self.best(self.factors(list(branch)))
                if not anchors:
                    return None  # one way through proves nothing
                union |= anchors
            return _minimal(frozenset(union))
        return None  # any character, categories, look-arounds, anchors, back-references


    def _class_chars(self, av) -> set[str] | None:
        chars: set[str] = set()
        for op, value in av:
            if op is C.LITERAL:
                chars.add(chr(value))
            elif op is C.RANGE and value[1] - value[0] < _MAX_CLASS:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None  # NEGATE, categories, big ranges
            if len(chars) > _MAX_CLASS:
                return None
        return chars


    def best(self, factors: list[Anchors]) -> Anchors | None:
        """The most selective proof: the one whose strings are rarest in all."""
        if not factors:
            return None
        return _minimal(min(factors, key=lambda f: (sum(self.frequency(s) for s in f), -min(map(len, f)))))


def _minimal(anchors: Anchors) -> Anchors:
    """Drop strings that contain another anchor (that one is found anyway)."""
    ordered = sorted(anchors, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)

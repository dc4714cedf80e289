"""The `condition` of a rule: selection names joined by and / or / not.

    threat and not lawful
    1 of harm_* and not filter_*
    all of target_* or (expose and target)

Parsed once at load into a closure over the set of selections that hit.
"""

from __future__ import annotations

import fnmatch
import re
from typing import Callable, Iterable

Condition = Callable[[frozenset[str]], bool]

_TOKEN = re.compile(r"\s*(\(|\)|\d+ of\b|all of\b|and\b|or\b|not\b|[A-Za-z_*][A-Za-z0-9_*]*)")


class ConditionError(ValueError):
    pass


def compile_condition(text: str, names: Iterable[str]) -> tuple[Condition, set[str], set[str]]:
    """Compile; returns the predicate, the selection names it reads, and those
    it reads without a `not` (the ones whose matches are evidence)."""
    names = list(names)
    tokens = _tokenize(text)
    pos = 0
    used: set[str] = set()
    positive: set[str] = set()
    negations = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> str:
        nonlocal pos
        if pos >= len(tokens):
            raise ConditionError(f"condition {text!r} ends too early")
        pos += 1
        return tokens[pos - 1]

    def expand(pattern: str) -> list[str]:
        found = [n for n in names if fnmatch.fnmatchcase(n, pattern)]
        if not found:
            raise ConditionError(f"condition names {pattern!r}, which matches no selection")
        used.update(found)
        if negations % 2 == 0:
            positive.update(found)
        return found

    def parse_or() -> Condition:
        left = parse_and()
        while peek() == "or":
            take()
            right = parse_and()
            left = (lambda a, b: lambda s: a(s) or b(s))(left, right)
        return left

    def parse_and() -> Condition:
        left = parse_not()
        while peek() == "and":
            take()
            right = parse_not()
            left = (lambda a, b: lambda s: a(s) and b(s))(left, right)
        return left

    def parse_not() -> Condition:
        nonlocal negations
        if peek() == "not":
            take()
            negations += 1
            inner = parse_not()
            negations -= 1
            return lambda s: not inner(s)
        return parse_atom()

    def parse_atom() -> Condition:
        tok = take()
        if tok == "(":
            inner = parse_or()
            if take() != ")":
                raise ConditionError(f"condition {text!r}: missing ')'")
            return inner
        if tok.endswith(" of") or tok == "all of":
            group = expand(take())
            if tok == "all of":
                return lambda s: all(n in s for n in group)
            need = int(tok.split()[0])
            return lambda s: sum(n in s for n in group) >= need
        if tok in ("and", "or", ")"):
            raise ConditionError(f"condition {text!r}: unexpected {tok!r}")
        if "*" in tok:
            group = expand(tok)
            return lambda s: any(n in s for n in group)
        if tok not in names:
            raise ConditionError(f"condition names {tok!r}, which is not a selection of this rule")
        used.add(tok)
        if negations % 2 == 0:
            positive.add(tok)
        return lambda s: tok in s

    predicate = parse_or()
    if pos != len(tokens):
        raise ConditionError(f"condition {text!r}: unexpected {tokens[pos]!r}")
    return predicate, used, positive


def _tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ConditionError(f"condition {text!r}: cannot read {text[pos:].strip()!r}")
        tokens.append(m.group(1))
        pos = m.end()
    if not tokens:
        raise ConditionError("condition is empty")
    return tokens

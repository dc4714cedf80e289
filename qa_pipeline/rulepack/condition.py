"""The `condition` of a rule: selection names joined by and / or / not.

    threat and not lawful
    1 of harm_* and not filter_*
    all of target_* or (expose and target)

Parsed once at load into a small tree, from which come two things:

- the predicate, a closure over the set of selections that hit;
- the requirement: sets of selection names, one of which must hit in full
  for the condition to have any chance (a necessary condition, in
  disjunctive form). The engine uses it to skip a rule without evaluating
  it when, say, `near: [family, harm]` needs both lexicons and the
  utterance has only one.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import product

Condition = Callable[[frozenset[str]], bool]
# Disjunctive form: the condition can hold only if every name of at least one
# of these sets hit. {frozenset()} means "no requirement".
Requirement = frozenset[frozenset[str]]
NO_REQUIREMENT: Requirement = frozenset({frozenset()})

_TOKEN = re.compile(r"\s*(\(|\)|\d+ of\b|all of\b|and\b|or\b|not\b|[A-Za-z_*][A-Za-z0-9_*]*)")
# Above this many alternatives a requirement is weakened (still necessary,
# less selective) rather than expanded further.
_MAX_ALTERNATIVES = 64


class ConditionError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class _Name:
    name: str


@dataclass(frozen=True, slots=True)
class _Not:
    inner: _Node


@dataclass(frozen=True, slots=True)
class _And:
    left: _Node
    right: _Node


@dataclass(frozen=True, slots=True)
class _Or:
    left: _Node
    right: _Node


@dataclass(frozen=True, slots=True)
class _Count:
    """`N of pattern`, `all of pattern` (need=None) or a bare wildcard (need=1)."""

    names: tuple[str, ...]
    need: int | None


_Node = _Name | _Not | _And | _Or | _Count


@dataclass(frozen=True, slots=True)
class CompiledCondition:
    predicate: Condition
    used: frozenset[str]        # every selection the condition reads
    positive: frozenset[str]    # those read without a `not`: their matches are evidence
    requirement: Requirement    # necessary sets of selections (see the module docstring)


def compile_condition(text: str, names: Iterable[str]) -> CompiledCondition:
    names = list(names)
    tree = _Parser(text, names).parse()
    used: set[str] = set()
    positive: set[str] = set()
    _collect(tree, used, positive, negated=False)
    return CompiledCondition(_predicate(tree), frozenset(used), frozenset(positive), _needed(tree, True))


class _Parser:
    def __init__(self, text: str, names: list[str]) -> None:
        self.text, self.names = text, names
        self.tokens = _tokenize(text)
        self.pos = 0

    def parse(self) -> _Node:
        tree = self.parse_or()
        if self.pos != len(self.tokens):
            raise ConditionError(f"condition {self.text!r}: unexpected {self.tokens[self.pos]!r}")
        return tree

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        if self.pos >= len(self.tokens):
            raise ConditionError(f"condition {self.text!r} ends too early")
        self.pos += 1
        return self.tokens[self.pos - 1]

    def expand(self, pattern: str) -> tuple[str, ...]:
        found = tuple(n for n in self.names if fnmatch.fnmatchcase(n, pattern))
        if not found:
            raise ConditionError(f"condition names {pattern!r}, which matches no selection")
        return found

    def parse_or(self) -> _Node:
        left = self.parse_and()
        while self.peek() == "or":
            self.take()
            left = _Or(left, self.parse_and())
        return left

    def parse_and(self) -> _Node:
        left = self.parse_not()
        while self.peek() == "and":
            self.take()
            left = _And(left, self.parse_not())
        return left

    def parse_not(self) -> _Node:
        if self.peek() == "not":
            self.take()
            return _Not(self.parse_not())
        return self.parse_atom()

    def parse_atom(self) -> _Node:
        tok = self.take()
        if tok == "(":
            inner = self.parse_or()
            if self.take() != ")":
                raise ConditionError(f"condition {self.text!r}: missing ')'")
            return inner
        if tok.endswith(" of"):
            group = self.expand(self.take())
            return _Count(group, None if tok == "all of" else int(tok.split()[0]))
        if tok in ("and", "or", ")"):
            raise ConditionError(f"condition {self.text!r}: unexpected {tok!r}")
        if "*" in tok:
            return _Count(self.expand(tok), 1)
        if tok not in self.names:
            raise ConditionError(f"condition names {tok!r}, which is not a selection of this rule")
        return _Name(tok)


def _collect(node: _Node, used: set[str], positive: set[str], negated: bool) -> None:
    if isinstance(node, _Name):
        used.add(node.name)
        if not negated:
            positive.add(node.name)
    elif isinstance(node, _Count):
        used.update(node.names)
        if not negated:
            positive.update(node.names)
    elif isinstance(node, _Not):
        _collect(node.inner, used, positive, not negated)
    else:
        _collect(node.left, used, positive, negated)
        _collect(node.right, used, positive, negated)


def _predicate(node: _Node) -> Condition:
    if isinstance(node, _Name):
        name = node.name
        return lambda s: name in s
    if isinstance(node, _Not):
        inner = _predicate(node.inner)
        return lambda s: not inner(s)
    if isinstance(node, _And):
        a, b = _predicate(node.left), _predicate(node.right)
        return lambda s: a(s) and b(s)
    if isinstance(node, _Or):
        a, b = _predicate(node.left), _predicate(node.right)
        return lambda s: a(s) or b(s)
    group, need = node.names, node.need
    if need is None:
        return lambda s: all(n in s for n in group)
    return lambda s: sum(n in s for n in group) >= need


def _needed(node: _Node, value: bool) -> Requirement:
    """What must hit for `node` to evaluate to `value` (a necessary condition).
    A name needs itself to be true and nothing to be false; `not` swaps."""
    if isinstance(node, _Name):
        return frozenset({frozenset({node.name})}) if value else NO_REQUIREMENT
    if isinstance(node, _Not):
        return _needed(node.inner, not value)
    if isinstance(node, _Count):
        if not value:
            return NO_REQUIREMENT
        if node.need is None:
            return frozenset({frozenset(node.names)})
        if node.need <= 0:
            return NO_REQUIREMENT
        # N of them: at least one of them (necessary, if weaker than N).
        return frozenset(frozenset({n}) for n in node.names)
    a, b = _needed(node.left, value), _needed(node.right, value)
    both = isinstance(node, _And) == value  # true `and`, false `or`: both sides must hold
    return all_of(a, b) if both else any_of(a, b)


def any_of(a: Requirement, b: Requirement) -> Requirement:
    return minimal(a | b)


def all_of(a: Requirement, b: Requirement) -> Requirement:
    combined = frozenset(x | y for x, y in product(a, b))
    if len(combined) > _MAX_ALTERNATIVES:
        # Too many alternatives: keep the weaker "one of a's, no matter b".
        return a if len(a) <= len(b) else b
    return minimal(combined)


def minimal(req: Requirement) -> Requirement:
    """Drop sets that contain another set (they add nothing to a disjunction)."""
    ordered = sorted(req, key=len)
    kept: list[frozenset[str]] = []
    for s in ordered:
        if not any(k <= s for k in kept):
            kept.append(s)
    return frozenset(kept)


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

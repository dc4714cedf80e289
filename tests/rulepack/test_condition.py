"""What the engine proves before evaluating a rule: the condition's necessary
selections, and the literal anchors of regex selections. Both may only ever
skip work that could not have produced a finding."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from qa_pipeline.rulepack.anchors import anchors_of, regex_anchors
from qa_pipeline.rulepack.condition import compile_condition

NAMES = ["x_a", "x_b", "y_c", "y_d"]


def _random_condition(rng: random.Random, depth: int = 0) -> str:
    if depth > 2 or rng.random() < 0.3:
        return rng.choice([*NAMES, "1 of *", "all of x_*", "2 of *", "y_*"])
    op = rng.choice(["and", "or", "not"])
    if op == "not":
        return f"not ({_random_condition(rng, depth + 1)})"
    return f"({_random_condition(rng, depth + 1)}) {op} ({_random_condition(rng, depth + 1)})"


def test_requirement_is_necessary_for_every_condition():
    rng = random.Random(3)
    subsets = [frozenset(c) for n in range(len(NAMES) + 1) for c in itertools.combinations(NAMES, n)]
    checked = 0
    for _ in range(400):
        text = _random_condition(rng)
        compiled = compile_condition(text, NAMES)
        for hit in subsets:
            if compiled.predicate(hit):
                checked += 1
                assert any(need <= hit for need in compiled.requirement), (text, hit, compiled.requirement)
    assert checked > 1000


def _sets(*groups: str) -> set[frozenset[str]]:
    return {frozenset(f"x_{c}" if c in "ab" else f"y_{c}" for c in g) for g in groups}


@pytest.mark.parametrize("text, requirement", [
    ("x_a", _sets("a")),
    ("x_a and x_b", _sets("ab")),
    ("x_a or x_b", _sets("a", "b")),
    ("(x_a and x_b) or y_c", _sets("ab", "c")),
    ("x_a and not x_b", _sets("a")),
    ("not (not x_a and not x_b)", _sets("a", "b")),
    ("all of x_* and y_c", _sets("abc")),
    ("2 of * and not y_d", _sets("a", "b", "c", "d")),  # 2 of 4: at least one of them
])
def test_requirement_examples(text, requirement):
    assert set(compile_condition(text, NAMES).requirement) == requirement


@pytest.mark.parametrize("pattern, anchors", [
    ("abc", {"abc"}),
    ("a?b", {"b"}),
    ("ab|c", {"ab", "c"}),
    ("(告诉|通知)(您|你)", {"告诉您", "告诉你", "通知您", "通知你"}),
    (r"\d+元", {"元"}),
    ("(?:ab)+", {"ab"}),
    (r"\bfoo", {"foo"}),
    ("(a|)b", {"b"}),
    ("x*", None),             # nothing is required
    ("(?i)abc", None),         # case folding: no literal proof
    ("[^x]", None),
    (r"\w+", None),
    ("a|.", None),            # one branch proves nothing
    ("全(村|楼)[\u4e00-\u9fa5]{0,3}都(会)?(知道|晓得)", None),  # checked below for soundness instead
])
def test_anchor_examples(pattern, anchors):
    got = regex_anchors(pattern)
    if pattern.startswith("全"):
        assert got  # some proof; which one depends on the frequency estimate
        return
    assert (set(got) if got is not None else None) == anchors


def _pack_regexes(scanner) -> list[str]:
    return [p for rule in scanner.pack.rules for sel in rule.spec.detection.selections.values()
            for p in (sel.regex or [])]


def test_anchors_are_sound_on_the_pack_regexes(scanner):
    """Every match of a pack regex, in real and in random text, contains an anchor."""
    freq = scanner.pack.segmenter.frequency
    rng = random.Random(9)
    patterns = _pack_regexes(scanner)
    assert patterns
    alphabet = "".join(sorted({ch for p in patterns for ch in p if "\u4e00" <= ch <= "\u9fa5"})) + "12345 ，。"
    samples = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(4000)]
    matched = 0
    for pattern in patterns:
        anchors = anchors_of([pattern], freq)
        if not anchors:
            continue
        compiled = re.compile(pattern)
        for text in samples:
            for m in compiled.finditer(text):
                matched += 1
                assert any(a in m.group(0) for a in anchors), (pattern, m.group(0), anchors)
    assert matched > 50


def test_the_pack_regexes_all_get_anchors(scanner):
    """No rule of the default pack falls back to searching every utterance."""
    assert not scanner._regex_only

"""Every rule's own `examples`: `flag:` must fire the rule, `ok:` must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_pipeline.engine import Scanner
from qa_pipeline.engine.examples import check_case
from qa_pipeline.rulepack.examples import iter_cases

PACK = Path(__file__).resolve().parents[2] / "rules" / "cn_collection"
_scanner = Scanner.load(PACK)
CASES = list(iter_cases(_scanner.pack))


def test_every_rule_has_flag_and_ok_examples():
    rules = {r.id for r in _scanner.pack.rules}
    assert {c.rule_id for c in CASES if c.kind == "flag"} == rules
    assert {c.rule_id for c in CASES if c.kind == "ok"} == rules


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_example(case):
    problem = check_case(_scanner, case)
    assert problem is None, problem

"""The pack's scorecard: loaded with the pack, errors naming scorecard.yaml and the field, and the scoring
(weights taken once per item, fatal items, provisional scores from open findings)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from qa_pipeline.domain.review import ReviewState
from qa_pipeline.rulepack import load_pack
from qa_pipeline.rulepack.scorecard import Scorecard, ScorecardItem
from tests.rulepack.test_loader_errors import edit, load_error, pack  # noqa: F401 -- the pack fixture

REPO = Path(__file__).resolve().parents[2]


def test_the_default_pack_has_a_scorecard_and_no_rule_is_read_from_it():
    loaded = load_pack(REPO / "rules" / "cn_collection")
    assert loaded.scorecard is not None and {i.id for i in loaded.scorecard.items} >= {"threat", "abuse"}
    assert all(not r.id.startswith("scorecard") for r in loaded.rules)
    assert str(REPO / "rules" / "cn_collection" / "scorecard.yaml") in loaded.files


def test_a_pack_without_a_scorecard_loads(pack):  # noqa: F811
    (pack / "scorecard.yaml").unlink()
    assert load_pack(pack).scorecard is None


@pytest.mark.parametrize("old, new, field, message", [
    ("rules: [cn.self_identification.agent_identifies]", "rules: [cn.no.such_rule]", "items.8.rules.0",
     "no rule 'cn.no.such_rule' in the pack"),
    ("    weight: 30\n    categories: [abuse]", "    weight: lots\n    categories: [abuse]", "items.2.weight",
     "valid number"),
    ("categories: [abuse]", "categories: [weather]", "items.2.categories.0", "Input should be"),
    ("categories: [abuse]", "categorys: [abuse]", "items.2.categorys", "not a known field"),
    ("  - id: abuse\n", "  - id: threat\n", "items.2.id", "duplicate item id 'threat'"),
    ("    weight: 10\n    rules:", "    weight: 10\n    rules: []\n    old_rules:", "items.8.old_rules",
     "not a known field"),
])
def test_scorecard_errors_name_the_file_and_field(pack, old, new, field, message):  # noqa: F811
    edit(pack / "scorecard.yaml", old, new)
    error = load_error(pack)
    assert error.startswith(f"{pack / 'scorecard.yaml'}: ")
    assert f": {field}: " in error and message in error, error


def test_an_item_covering_nothing_is_refused(pack):  # noqa: F811
    edit(pack / "scorecard.yaml", "    categories: [borrowing_inducement]\n", "")
    assert "an item needs `rules` or `categories`" in load_error(pack)


def test_invalid_yaml_names_the_line(pack):  # noqa: F811
    (pack / "scorecard.yaml").write_text("name: x\nitems: [\n", encoding="utf-8")
    assert f"{pack / 'scorecard.yaml'}: line " in load_error(pack)


@dataclass
class F:
    rule_id: str
    category: str
    review_state: ReviewState


CARD = Scorecard(name="t", items=[
    ScorecardItem(id="threat", title="威胁", weight=50, fatal=True, categories=["threat"]),
    ScorecardItem(id="abuse", title="辱骂", weight=30, categories=["abuse"]),
    ScorecardItem(id="self_id", title="自报家门", weight=10, rules=["cn.self"]),
    ScorecardItem(id="time", title="时间", weight=80, categories=["out_of_hours"]),
])


def test_each_breached_item_takes_its_weight_once():
    confirmed, open_, dismissed = ReviewState.confirmed, ReviewState.open, ReviewState.dismissed
    assert CARD.score([]).score == 100 and not CARD.score([]).pending
    two_insults = CARD.score([F("a", "abuse", confirmed), F("b", "abuse", confirmed)])
    assert (two_insults.score, two_insults.provisional) == (70, 70)
    mixed = CARD.score([F("a", "abuse", confirmed), F("cn.self", "missing_self_identification", open_),
                        F("t", "threat", dismissed)])
    assert (mixed.score, mixed.provisional, mixed.fatal, mixed.pending) == (70, 60, False, True)
    assert CARD.score([F("x", "out_of_hours", confirmed), F("a", "abuse", confirmed)]).score == 0  # never below 0


def test_a_confirmed_fatal_item_scores_zero_and_an_open_one_only_provisionally():
    fatal = CARD.score([F("t", "threat", ReviewState.confirmed)])
    assert (fatal.score, fatal.fatal) == (0, True)
    pending = CARD.score([F("t", "threat", ReviewState.open)])
    assert (pending.score, pending.provisional, pending.fatal) == (100, 0, False)

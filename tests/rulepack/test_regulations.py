"""The pack's regulation catalogue: loaded with the pack, errors naming regulations.yaml and the
field, and each requirement's status (checked by rules, outside a call, or a gap)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_pipeline.rulepack import load_pack
from qa_pipeline.rulepack.regulations import ClauseStatus, Regulations, clause_coverage
from tests.rulepack.test_loader_errors import edit, load_error, pack  # noqa: F401 -- the pack fixture

REPO = Path(__file__).resolve().parents[2]


def test_the_default_pack_maps_every_requirement_and_reads_no_rule_from_the_catalogue():
    loaded = load_pack(REPO / "rules" / "cn_collection")
    assert loaded.regulations is not None
    assert str(REPO / "rules" / "cn_collection" / "regulations.yaml") in loaded.files
    assert all(not r.id.startswith(("cba-", "documents")) for r in loaded.rules)
    active = {r.id for r in loaded.rules if r.spec.status != "deprecated"}
    statuses = {c.clause.id: c.status for c in clause_coverage(loaded.regulations, active)}
    assert statuses["cba-2026.no-intimidation"] == ClauseStatus.covered
    assert statuses["cbirc-credit-card.68-recordings"] == ClauseStatus.outside
    assert statuses["gb-2025.stop-on-refusal"] == ClauseStatus.gap
    # every active rule answers to at least one requirement
    checked = {r for c in clause_coverage(loaded.regulations, active) for r in c.rules}
    assert active - checked == set()


def test_a_requirement_whose_only_rule_is_deprecated_is_a_gap():
    catalogue = Regulations.model_validate({"documents": [{"id": "doc", "title": "《某规定》", "clauses": [
        {"id": "doc.a", "requirement": "不得辱骂", "rules": ["cn.abuse.insult", "cn.abuse.old"]},
        {"id": "doc.b", "requirement": "不得恐吓", "rules": ["cn.threat.old"]}]}]})
    coverage = clause_coverage(catalogue, {"cn.abuse.insult"})
    assert [(c.clause.id, c.status, c.rules) for c in coverage] == [
        ("doc.a", ClauseStatus.covered, ["cn.abuse.insult"]), ("doc.b", ClauseStatus.gap, [])]


def test_a_pack_without_a_catalogue_loads(pack):  # noqa: F811
    (pack / "regulations.yaml").unlink()
    assert load_pack(pack).regulations is None


@pytest.mark.parametrize("old, new, field, message", [
    ("rules: [cn.contact_time.night_ban]\n      - id: cba-2026.unanswered",
     "rules: [cn.contact_time.no_such_rule]\n      - id: cba-2026.unanswered",
     "documents.0.clauses.0.rules.0", "no rule 'cn.contact_time.no_such_rule' in the pack"),
    ("      - id: cba-2026.unanswered\n", "      - id: cba-2026.hours\n", "documents.0.clauses.1.id",
     "duplicate clause id 'cba-2026.hours'"),
    ("  - id: gb-2025\n", "  - id: cba-2026\n", "documents.1.id", "duplicate document id 'cba-2026'"),
    ("        requirement: 上门催收应至少两人\n",
     "        requirement: 上门催收应至少两人\n        rules: [cn.threat.home_visit]\n",
     "documents.0.clauses.11", "cannot also be `outside`"),
    ("        requirement: 禁止辱骂\n", "        requirment: 禁止辱骂\n", "documents.0.clauses.6.requirement",
     "is required"),
])
def test_catalogue_errors_name_the_file_and_field(pack, old, new, field, message):  # noqa: F811
    edit(pack / "regulations.yaml", old, new)
    error = load_error(pack)
    assert "regulations.yaml" in error and field in error and message in error, error

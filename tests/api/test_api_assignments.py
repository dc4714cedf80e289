"""Assigning calls to reviewers: by hand and round-robin, audited, and the findings of one's own calls."""

from __future__ import annotations

from sqlalchemy import select

from qa_pipeline.store.models import AuditEntry, Call
from tests.api.helpers import TRANSCRIPT


def _calls(client, keys, n: int) -> list[int]:
    ids = []
    for i in range(n):
        r = client.post("/v1/calls/transcripts", json={**TRANSCRIPT, "call_id": f"c-assign-{i}"}, headers=keys["qa"])
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
    return ids


def test_compliance_assigns_calls_to_a_reviewer_and_the_change_is_audited(client, keys, app):
    first, second = _calls(client, keys, 2)
    r = client.post("/v1/assignments", json={"call_ids": [first, second], "reviewer": "qa-user"},
                    headers=keys["compliance"])
    assert r.status_code == 200, r.text
    assert [(c["call_id"], c["reviewer"], c["previous"]) for c in r.json()["changed"]] == [
        (first, "qa-user", None), (second, "qa-user", None)]
    r = client.post("/v1/assignments", json={"call_ids": [second], "reviewer": "admin-user"},
                    headers=keys["compliance"])
    assert r.json()["changed"] == [{"call_id": second, "reviewer": "admin-user", "previous": "qa-user"}]

    mine = client.get("/v1/findings", params={"assigned_to": "qa-user"}, headers=keys["qa"]).json()["items"]
    assert mine and {f["call_id"] for f in mine} == {first}

    r = client.post("/v1/assignments", json={"call_ids": [first], "reviewer": None}, headers=keys["admin"])
    assert r.json()["changed"] == [{"call_id": first, "reviewer": None, "previous": "qa-user"}]
    with app.state.session_factory() as s:
        trail = [(e.object_id, e.actor, e.detail["reviewer"], e.detail["previous"]) for e in
                 s.scalars(select(AuditEntry).where(AuditEntry.action == "call.assign").order_by(AuditEntry.id))]
        assert trail == [(str(first), "compliance-user", "qa-user", None),
                         (str(second), "compliance-user", "qa-user", None),
                         (str(second), "compliance-user", "admin-user", "qa-user"),
                         (str(first), "admin-user", None, "qa-user")]


def test_assignment_refuses_unknown_reviewers_and_calls_and_the_qa_role(client, keys, app):
    (call_id,) = _calls(client, keys, 1)
    r = client.post("/v1/assignments", json={"call_ids": [call_id], "reviewer": "nobody"}, headers=keys["compliance"])
    assert r.status_code == 422 and r.json()["field"] == "reviewer" and "nobody" in r.json()["detail"]
    r = client.post("/v1/assignments", json={"call_ids": [call_id, 999999], "reviewer": "qa-user"},
                    headers=keys["compliance"])
    assert r.status_code == 404 and r.json()["field"] == "call_id"
    r = client.post("/v1/assignments", json={"call_ids": [call_id], "reviewer": "qa-user"}, headers=keys["qa"])
    assert r.status_code == 403
    r = client.post("/v1/assignments/round-robin", json={"reviewers": ["qa-user", "ghost"]},
                    headers=keys["compliance"])
    assert r.status_code == 422 and r.json()["field"] == "reviewer"
    with app.state.session_factory() as s:  # nothing stored by the refused requests
        assert s.get(Call, call_id).assigned_to is None
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "call.assign")).all() == []


def test_round_robin_deals_open_calls_in_turn_and_leaves_assigned_ones(client, keys, app):
    ids = _calls(client, keys, 5)
    client.post("/v1/assignments", json={"call_ids": [ids[0]], "reviewer": "admin-user"}, headers=keys["compliance"])
    r = client.post("/v1/assignments/round-robin", json={"reviewers": ["qa-user", "compliance-user"]},
                    headers=keys["compliance"])
    assert r.status_code == 200, r.text
    dealt = r.json()["assigned"]
    assert sorted(dealt) == ["compliance-user", "qa-user"]
    assert sorted(dealt["qa-user"] + dealt["compliance-user"]) == sorted(ids[1:])
    assert len(dealt["qa-user"]) == len(dealt["compliance-user"]) == 2
    with app.state.session_factory() as s:
        assert s.get(Call, ids[0]).assigned_to == "admin-user"
        assert {s.get(Call, i).assigned_to for i in dealt["qa-user"]} == {"qa-user"}
    again = client.post("/v1/assignments/round-robin", json={"reviewers": ["qa-user"]}, headers=keys["compliance"])
    assert again.json()["assigned"] == {"qa-user": []}
    limited = client.post("/v1/assignments/round-robin", json={"reviewers": ["qa-user"], "reassign": True, "limit": 2},
                          headers=keys["compliance"])
    assert len(limited.json()["assigned"]["qa-user"]) == 2

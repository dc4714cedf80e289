"""Appeals (申诉): filed within the window after a confirmation, ruled on by compliance, all append-only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from qa_pipeline.domain.review import ReviewDecision, ReviewState
from qa_pipeline.store.models import Appeal, AppealRuling, AuditEntry, Review, StoredFinding, utcnow


def _confirmed(client, keys, submitted) -> dict:
    finding = submitted["findings"][0]
    r = client.post(f"/v1/findings/{finding['id']}/reviews", headers=keys["qa"],
                    json={"decision": "confirm", "version": finding["version"]})
    assert r.status_code == 201, r.text
    return r.json()["finding"]


def test_an_appeal_overturned_by_compliance_dismisses_the_finding_with_the_history_kept(client, keys, submitted, app):
    finding = _confirmed(client, keys, submitted)
    r = client.post(f"/v1/findings/{finding['id']}/appeals", headers=keys["qa"],
                    json={"reason": "坐席说的是“打断你的话”，不是威胁"})
    assert r.status_code == 201, r.text
    appeal = r.json()
    assert appeal["state"] == "pending" and appeal["filed_by"] == "qa-user"
    assert appeal["finding_version"] == finding["version"]

    pending = client.get("/v1/appeals", params={"state": "pending"}, headers=keys["compliance"]).json()["items"]
    assert [a["id"] for a in pending] == [appeal["id"]]
    meanwhile = client.post(f"/v1/findings/{finding['id']}/reviews", headers=keys["compliance"],
                            json={"decision": "dismiss", "comment": "直接驳回"})
    assert meanwhile.status_code == 409 and "under appeal" in meanwhile.json()["detail"]  # the ruling decides

    r = client.post(f"/v1/appeals/{appeal['id']}/ruling", headers=keys["compliance"],
                    json={"outcome": "overturned", "comment": "录音复听：不构成威胁"})
    assert r.status_code == 201, r.text
    ruled = r.json()
    assert ruled["state"] == "overturned" and ruled["ruling"]["ruled_by"] == "compliance-user"

    shown = client.get(f"/v1/findings/{finding['id']}", headers=keys["qa"]).json()
    assert shown["review_state"] == "dismissed" and shown["appeal_state"] == "overturned"
    assert [rv["decision"] for rv in shown["reviews"]] == ["confirm", "dismiss"]
    assert shown["reviews"][-1]["id"] == ruled["ruling"]["review_id"]
    assert f"appeal #{appeal['id']} overturned" in shown["reviews"][-1]["comment"]
    assert client.get("/v1/appeals", params={"state": "pending"}, headers=keys["compliance"]).json()["items"] == []

    again = client.post(f"/v1/appeals/{appeal['id']}/ruling", headers=keys["admin"],
                        json={"outcome": "upheld", "comment": "再议"})
    assert again.status_code == 409 and again.json()["field"] == "finding"
    with app.state.session_factory() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert "finding.appeal" in actions and "appeal.ruling" in actions
        assert s.scalar(select(AppealRuling.outcome)) == "overturned"


def test_an_upheld_appeal_leaves_the_finding_confirmed_and_cannot_be_filed_twice(client, keys, submitted):
    finding = _confirmed(client, keys, submitted)
    appeal = client.post(f"/v1/findings/{finding['id']}/appeals", headers=keys["qa"], json={"reason": "不服"}).json()
    twice = client.post(f"/v1/findings/{finding['id']}/appeals", headers=keys["compliance"], json={"reason": "再申诉"})
    assert twice.status_code == 409 and "appealed already" in twice.json()["detail"]
    r = client.post(f"/v1/appeals/{appeal['id']}/ruling", headers=keys["compliance"],
                    json={"outcome": "upheld", "comment": "威胁成立"})
    assert r.status_code == 201
    shown = client.get(f"/v1/findings/{finding['id']}", headers=keys["compliance"]).json()
    assert shown["review_state"] == "confirmed" and shown["appeal_state"] == "upheld"
    assert [rv["decision"] for rv in shown["reviews"]] == ["confirm"]


def test_only_compliance_rules_and_not_on_its_own_appeal(client, keys, submitted):
    finding = _confirmed(client, keys, submitted)
    appeal = client.post(f"/v1/findings/{finding['id']}/appeals", headers=keys["compliance"],
                         json={"reason": "不服"}).json()
    by_qa = client.post(f"/v1/appeals/{appeal['id']}/ruling", headers=keys["qa"],
                        json={"outcome": "overturned", "comment": "x"})
    assert by_qa.status_code == 403
    own = client.post(f"/v1/appeals/{appeal['id']}/ruling", headers=keys["compliance"],
                      json={"outcome": "overturned", "comment": "x"})
    assert own.status_code == 403 and own.json()["field"] == "appeal"
    assert client.get("/v1/appeals", headers=keys["qa"]).status_code == 403
    shown = client.get(f"/v1/findings/{finding['id']}", headers=keys["admin"]).json()
    assert shown["review_state"] == "confirmed" and shown["appeal_state"] == "pending"


def test_appeals_need_a_confirmed_finding_a_reason_and_the_window(client, keys, submitted, app):
    open_one, old_one = submitted["findings"][0], submitted["findings"][1]
    r = client.post(f"/v1/findings/{open_one['id']}/appeals", headers=keys["qa"], json={"reason": "不服"})
    assert r.status_code == 409 and "only a confirmed finding" in r.json()["detail"]
    _confirmed(client, keys, submitted)
    r = client.post(f"/v1/findings/{open_one['id']}/appeals", headers=keys["qa"], json={"reason": "  "})
    assert r.status_code == 422 and r.json()["field"] == "reason"
    with app.state.session_factory() as s:  # confirmed eight days ago (the window is seven)
        s.add(Review(finding_id=old_one["id"], reviewer="qa-user", decision=ReviewDecision.confirm,
                     finding_version=0, created_at=utcnow() - timedelta(days=8)))
        s.execute(update(StoredFinding).where(StoredFinding.id == old_one["id"])
                  .values(review_state=ReviewState.confirmed, version=1))
        s.commit()
    late = client.post(f"/v1/findings/{old_one['id']}/appeals", headers=keys["qa"], json={"reason": "不服"})
    assert late.status_code == 409, late.text
    assert "QA_APPEAL_WINDOW_DAYS" in late.json()["detail"] and late.json()["field"] == "finding"
    with app.state.session_factory() as s:
        assert s.scalars(select(Appeal)).all() == []


def test_appeals_and_rulings_are_append_only_in_the_database(client, keys, submitted, app):
    finding = _confirmed(client, keys, submitted)
    appeal = client.post(f"/v1/findings/{finding['id']}/appeals", headers=keys["qa"], json={"reason": "不服"}).json()
    client.post(f"/v1/appeals/{appeal['id']}/ruling", headers=keys["compliance"],
                json={"outcome": "upheld", "comment": "成立"})
    for statement in ("UPDATE appeals SET reason = 'x'", "UPDATE appeal_rulings SET outcome = 'overturned'"):
        with app.state.session_factory() as s, pytest.raises(DBAPIError, match="append-only"):
            s.execute(text(statement))
            s.commit()

"""POST /v1/contacts: importing the contact ledger over HTTP."""

from __future__ import annotations

from sqlalchemy import select

from qa_pipeline.store.models import ContactAttempt

CSV = ("attempt_id,at,number,debtor_id,agency,result,relation\n"
       "a-1,2026-03-02T09:00:00+08:00,13800000000,d-1,agency-a,no_answer,\n"
       "a-2,2026-03-02T10:00:00+08:00,13800000000,d-1,agency-b,answered,debtor\n")


def stored(app) -> list[str]:
    with app.state.session_factory() as s:
        return sorted(s.scalars(select(ContactAttempt.attempt_id)))


def test_import_then_import_again(client, keys, app):
    r = client.post("/v1/contacts", content=CSV.encode(), headers={**keys["qa"], "Content-Type": "text/csv"})
    assert r.status_code == 200, r.text
    assert r.json() == {"rows": 2, "added": 2, "updated": 0, "unchanged": 0, "rescanned": 0}
    r = client.post("/v1/contacts", content=CSV.encode(), headers={**keys["qa"], "Content-Type": "text/csv"})
    assert r.json()["unchanged"] == 2 and r.json()["added"] == 0
    assert stored(app) == ["a-1", "a-2"]


def test_a_bad_row_is_a_422_naming_line_and_field_and_stores_nothing(client, keys, app):
    bad = CSV.replace("agency-b,answered", "agency-b,picked_up")
    r = client.post("/v1/contacts", content=bad.encode(), headers=keys["qa"])
    assert r.status_code == 422
    assert r.json()["field"] == "result"
    assert r.json()["detail"].startswith("body: line 3: result:")
    assert stored(app) == []


def test_the_body_is_bounded_and_roles_are_checked(client, keys, app):
    app.state.settings.contacts_max_bytes = 100
    r = client.post("/v1/contacts", content=CSV.encode(), headers=keys["qa"])
    assert r.status_code == 413 and r.json()["field"] == "body"
    assert stored(app) == []
    # An oversized body is refused before anyone is asked who they are: nothing of it is read.
    assert client.post("/v1/contacts", content=CSV.encode()).status_code == 413
    app.state.settings.contacts_max_bytes = 1 << 20
    assert client.post("/v1/contacts", content=CSV.encode()).status_code == 401
    assert client.post("/v1/contacts", content=CSV.encode(), headers=keys["compliance"]).status_code == 403


def test_ledger_findings_over_http(client, keys):
    rows = "".join(f"n-{i},2026-03-02T{9 + i:02d}:00:00+08:00,13800000000,d-1,agency-a,no_answer,\n" for i in range(7))
    body = "attempt_id,at,number,debtor_id,agency,result,relation\n" + rows
    assert client.post("/v1/contacts", content=body.encode(), headers=keys["qa"]).status_code == 200
    r = client.get("/v1/contacts/findings", params={"date_from": "2026-03-02"}, headers=keys["compliance"])
    assert r.status_code == 200, r.text
    (finding,) = r.json()["findings"]
    assert finding["attempt_id"] == "n-6" and finding["rule_id"] == "cn.contact_time.unanswered_attempts"
    assert [c["attempt_id"] for c in finding["contacts"]] == [f"n-{i}" for i in range(7)]
    assert client.get("/v1/contacts/findings", params={"date_from": "2026-03-03"},
                      headers=keys["compliance"]).json() == {"findings": []}
    r = client.get("/v1/contacts/findings", params={"date_from": "2026-03-02", "date_to": "2026-05-02"},
                   headers=keys["compliance"])
    assert r.status_code == 422 and r.json()["field"] == "date_to"

"""Review decisions over the API: the version a decision was made on, 409 with both decisions, reasons."""

from __future__ import annotations


def test_a_decision_on_a_stale_version_is_refused_with_both_decisions(client, keys, submitted):
    finding = submitted["findings"][0]
    url = f"/v1/findings/{finding['id']}/reviews"
    assert finding["version"] == 0
    r = client.post(url, json={"decision": "confirm", "comment": "明确威胁", "version": 0}, headers=keys["qa"])
    assert r.status_code == 201, r.text
    assert r.json()["finding"]["version"] == 1 and r.json()["review"]["finding_version"] == 0

    # A second reviewer decided on the page as it was at version 0.
    r = client.post(url, json={"decision": "dismiss", "comment": "客户原话", "version": 0},
                    headers=keys["compliance"])
    assert r.status_code == 409
    body = r.json()
    assert body["field"] == "version"
    assert body["attempted"] == {"decision": "dismiss", "comment": "客户原话", "version": 0}
    assert body["current"]["version"] == 1 and body["current"]["review_state"] == "confirmed"
    assert body["current"]["review"]["reviewer"] == "qa-user"
    assert body["current"]["review"]["comment"] == "明确威胁"
    detail = client.get(f"/v1/findings/{finding['id']}", headers=keys["qa"]).json()
    assert detail["review_state"] == "confirmed" and len(detail["reviews"]) == 1

    # Made on the current version, the dismissal is stored.
    r = client.post(url, json={"decision": "dismiss", "comment": "客户原话", "version": 1},
                    headers=keys["compliance"])
    assert r.status_code == 201 and r.json()["finding"]["version"] == 2


def test_a_dismissal_without_a_reason_is_422(client, keys, submitted):
    url = f"/v1/findings/{submitted['findings'][0]['id']}/reviews"
    r = client.post(url, json={"decision": "dismiss", "comment": "   "}, headers=keys["qa"])
    assert r.status_code == 422 and r.json()["field"] == "comment"
    assert client.get(url, headers=keys["qa"]).json() == []

"""Findings: filters and paging, reviews, summary report, rules."""

from __future__ import annotations

import csv
import io

import pytest

from tests.api.helpers import TRANSCRIPT

OTHER = {**TRANSCRIPT, "call_id": "c-002", "agent_id": "a-99", "started_at": "2026-03-04T23:30:00+08:00",
         "utterances": [{"speaker": "agent", "start": 0, "end": 3, "text": "我是公安局的，你涉嫌诈骗，马上还钱。"}]}


@pytest.fixture
def two_calls(client, keys, submitted) -> list[dict]:
    r = client.post("/v1/calls/transcripts", json=OTHER, headers=keys["qa"])
    assert r.status_code == 201
    return [submitted, client.get(f"/v1/calls/{r.json()['id']}", headers=keys["admin"]).json()]


def all_findings(calls):
    return [f for c in calls for f in c["findings"]]


def list_ids(client, keys, **params) -> list[int]:
    r = client.get("/v1/findings", params={"limit": 500, **params}, headers=keys["compliance"])
    assert r.status_code == 200, r.text
    return [f["id"] for f in r.json()["items"]]


def test_filters(client, keys, two_calls):
    findings = all_findings(two_calls)
    expect = lambda pred: sorted((f["id"] for f in findings if pred(f)), reverse=True)  # noqa: E731
    assert list_ids(client, keys) == expect(lambda f: True)
    assert list_ids(client, keys, category="threat") == expect(lambda f: f["category"] == "threat")
    assert list_ids(client, keys, category=["threat", "impersonation"]) == expect(
        lambda f: f["category"] in ("threat", "impersonation"))
    assert list_ids(client, keys, severity="critical") == expect(lambda f: f["severity"] == "critical")
    assert list_ids(client, keys, agent_id="a-99") == expect(lambda f: f["agent_id"] == "a-99")
    rule = findings[0]["rule_id"]
    assert list_ids(client, keys, rule_id=rule) == expect(lambda f: f["rule_id"] == rule)
    assert list_ids(client, keys, date_from="2026-03-03") == expect(lambda f: f["call_date"] >= "2026-03-03")
    assert list_ids(client, keys, date_to="2026-03-02", category="abuse") == expect(
        lambda f: f["call_date"] <= "2026-03-02" and f["category"] == "abuse")
    assert list_ids(client, keys, review_state="confirmed") == []
    assert list_ids(client, keys, needs_listening="true") == expect(lambda f: f["needs_listening"])
    assert list_ids(client, keys, needs_listening="false") == expect(lambda f: not f["needs_listening"])
    assert all(0 < f["confidence"] <= 1 for f in findings)
    assert {"impersonation", "out_of_hours"} <= {f["category"] for f in two_calls[1]["findings"]}


def test_cursor_paging(client, keys, two_calls):
    expected = list_ids(client, keys)
    assert len(expected) >= 4
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/findings", params=params, headers=keys["qa"]).json()
        seen += [f["id"] for f in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == expected


@pytest.mark.parametrize("params, field", [
    ({"category": "gossip"}, "category"),
    ({"severity": "extreme"}, "severity"),
    ({"review_state": "maybe"}, "review_state"),
    ({"date_to": "2026-02-30"}, "date_to"),
    ({"date_from": "2026-03-05", "date_to": "2026-03-01"}, "date_to"),
    ({"limit": 501}, "limit"),
    ({"call_id": -1}, "call_id"),
    ({"cursor": "bm9wZQ"}, "cursor"),
    ({"agent_id": "a\x01"}, "agent_id"),
])
def test_bad_filters_are_422_naming_the_field(client, keys, params, field):
    r = client.get("/v1/findings", params=params, headers=keys["qa"])
    assert r.status_code == 422, r.text
    assert r.json()["field"] == field and field in r.json()["detail"]


def test_review_flow_and_history(client, keys, submitted):
    fid = submitted["findings"][0]["id"]
    url = f"/v1/findings/{fid}/reviews"
    r = client.post(url, json={"decision": "confirm", "comment": "clear threat"}, headers=keys["qa"])
    assert r.status_code == 201
    assert r.json()["finding"]["review_state"] == "confirmed"
    assert r.json()["review"]["reviewer"] == "qa-user"
    r = client.post(url, json={"decision": "confirm"}, headers=keys["compliance"])
    assert r.status_code == 409 and "already confirmed" in r.json()["detail"]
    r = client.post(url, json={"decision": "dismiss", "comment": "context"}, headers=keys["compliance"])
    assert r.status_code == 201
    assert client.post(url, json={"decision": "reopen"}, headers=keys["admin"]).status_code == 201
    history = client.get(url, headers=keys["qa"]).json()
    assert [(h["reviewer"], h["decision"]) for h in history] == [
        ("qa-user", "confirm"), ("compliance-user", "dismiss"), ("admin-user", "reopen")]
    detail = client.get(f"/v1/findings/{fid}", headers=keys["qa"]).json()
    assert detail["review_state"] == "open" and len(detail["reviews"]) == 3
    audit = client.get("/v1/audit", params={"object_type": "finding", "object_id": str(fid)},
                       headers=keys["admin"]).json()["items"]
    assert [a["detail"]["decision"] for a in audit] == ["reopen", "dismiss", "confirm"]


@pytest.mark.parametrize("body, status, field", [
    ({"decision": "approve"}, 422, "decision"),
    ({}, 422, "decision"),
    ({"decision": "confirm", "comment": "x" * 5000}, 422, "comment"),
    ({"decision": "confirm", "extra": 1}, 422, "extra"),
    ({"decision": "confirm", "comment": "a\x00b"}, 422, "comment"),
])
def test_bad_reviews_are_refused(client, keys, submitted, body, status, field):
    fid = submitted["findings"][0]["id"]
    r = client.post(f"/v1/findings/{fid}/reviews", json=body, headers=keys["qa"])
    assert r.status_code == status and r.json()["field"] == field
    assert client.get(f"/v1/findings/{fid}", headers=keys["qa"]).json()["reviews"] == []


def test_review_of_unknown_finding_is_404(client, keys):
    r = client.post("/v1/findings/424242/reviews", json={"decision": "confirm"}, headers=keys["qa"])
    assert r.status_code == 404 and "424242" in r.json()["detail"]


def test_summary_report_counts_change_with_reviews(client, keys, two_calls):
    h = keys["compliance"]
    report = client.get("/v1/reports/summary", headers=h).json()
    findings = all_findings(two_calls)
    assert report["total"] == len(findings)
    agents = {row["key"]: row for row in report["by_agent"]}
    assert agents["a-99"]["total"] == len(two_calls[1]["findings"])
    assert {row["key"] for row in report["by_day"]} == {"2026-03-02", "2026-03-04"}
    threat = next(f for f in findings if f["category"] == "threat")
    client.post(f"/v1/findings/{threat['id']}/reviews", json={"decision": "confirm"}, headers=h)
    after = client.get("/v1/reports/summary", headers=h).json()
    before_threat = next(r for r in report["by_category"] if r["key"] == "threat")
    after_threat = next(r for r in after["by_category"] if r["key"] == "threat")
    assert after_threat["confirmed"] == before_threat["confirmed"] + 1
    assert after_threat["open"] == before_threat["open"] - 1
    one_day = client.get("/v1/reports/summary", params={"date_from": "2026-03-04"}, headers=h).json()
    assert one_day["total"] == len(two_calls[1]["findings"])


def test_summary_report_as_csv(client, keys, two_calls):
    r = client.get("/v1/reports/summary", params={"format": "csv"}, headers=keys["compliance"])
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["dimension"] for row in rows} == {"category", "agent", "rule", "day"}
    json_report = client.get("/v1/reports/summary", headers=keys["compliance"]).json()
    csv_categories = {row["key"]: int(row["total"]) for row in rows if row["dimension"] == "category"}
    assert csv_categories == {row["key"]: row["total"] for row in json_report["by_category"]}


def test_rules_are_listed_with_the_pack_version(client, keys):
    packs = client.get("/v1/rules", headers=keys["qa"]).json()["packs"]
    assert packs[0]["name"] == "cn_collection" and packs[0]["version"]
    rules = {r["id"]: r for r in packs[0]["rules"]}
    assert "cn.threat.violence" in rules and rules["cn.threat.violence"]["references"]


def test_rules_dry_run_on_text_and_transcript(client, keys, settings):
    r = client.post("/v1/rules/test", json={"text": "再不还钱我就打断你的腿"}, headers=keys["qa"])
    assert r.status_code == 200
    assert "cn.threat.violence" in [f["rule_id"] for f in r.json()["findings"]]
    only = {"text": "再不还钱我就打断你的腿", "rule_ids": ["cn.threat.violence"]}
    assert [f["rule_id"] for f in client.post("/v1/rules/test", json=only, headers=keys["qa"]).json()["findings"]] \
        == ["cn.threat.violence"]
    assert client.post("/v1/rules/test", json={"text": "再不还钱我就打断你的腿", "speaker": "customer"},
                       headers=keys["qa"]).json()["findings"] == []
    r = client.post("/v1/rules/test", json={"transcript": TRANSCRIPT}, headers=keys["compliance"])
    assert {"threat", "abuse"} <= {f["category"] for f in r.json()["findings"]}
    assert client.get("/v1/findings", headers=keys["qa"]).json()["items"] == []  # nothing stored


@pytest.mark.parametrize("body, field", [
    ({}, "body"),
    ({"text": "x", "transcript": TRANSCRIPT}, "body"),
    ({"text": ""}, "text"),
    ({"text": "x", "speaker": "robot"}, "speaker"),
    ({"text": "x", "rule_ids": ["cn.no.such_rule"]}, "rule_ids"),
    ({"transcript": {**TRANSCRIPT, "started_at": "0001-01-01T00:00:00+05:00"}}, "transcript.started_at"),
])
def test_rules_dry_run_bad_input(client, keys, body, field):
    r = client.post("/v1/rules/test", json=body, headers=keys["qa"])
    assert r.status_code == 422 and r.json()["field"] == field

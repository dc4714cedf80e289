"""The findings export: one CSV row per finding with call, time, text, evidence, rule, reference and review;
cells neutralised against formula injection; filters as on GET /v1/findings."""

from __future__ import annotations

import csv
import io

from api.spreadsheet import cell

INJECTED = {
    "call_id": "=HYPERLINK(\"http://evil.example\",\"x\")", "started_at": "2026-03-04T10:05:00+08:00",
    "agent_id": "@SUM(1+1)", "debtor_id": "+d-1",
    "utterances": [
        {"speaker": "agent", "start": 0.0, "end": 2.1, "text": "您好，请问是王建国先生本人吗？"},
        {"speaker": "customer", "start": 2.5, "end": 3.4, "text": "对，是我。"},
        {"speaker": "agent", "start": 4.0, "end": 8.0,
         "text": "=cmd|' /C calc'!A0 你这个老赖，再不还钱我就打断你的腿。"},
    ],
}


def read_csv(body: bytes) -> list[dict[str, str]]:
    text = body.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_export_has_the_review_and_the_reference(client, keys, submitted):
    finding = next(f for f in submitted["findings"] if f["text"])
    r = client.post(f"/v1/findings/{finding['id']}/reviews", json={"decision": "dismiss", "comment": "-客户原话"},
                    headers=keys["compliance"])
    assert r.status_code == 201
    r = client.get("/v1/reports/findings", params={"format": "csv"}, headers=keys["compliance"])
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = read_csv(r.content)
    assert len(rows) == len(submitted["findings"])
    row = next(x for x in rows if x["finding_id"] == str(finding["id"]))
    assert row["call_id"] == "c-001" and row["agent_id"] == "a-17"
    assert row["call_started_local"] == "2026-03-02T10:05:00+08:00"
    assert row["rule_id"] == finding["rule_id"] and row["category"] == finding["category"]
    assert row["regulation_reference"] == "; ".join(finding["evidence"]["references"]) != ""
    assert row["text"] == finding["text"] and row["start_s"] == str(finding["start"])
    assert row["review_state"] == "dismissed" and row["decision"] == "dismiss"
    assert row["reviewer"] == "compliance-user" and row["comment"] == "'-客户原话"  # neutralised
    assert "compliance-user dismiss: -客户原话" in row["review_history"]
    assert row["page"] == f"/calls/{submitted['id']}#f-{finding['id']}"
    # Filters as on /v1/findings.
    only = read_csv(client.get("/v1/reports/findings", params={"review_state": "dismissed"},
                               headers=keys["compliance"]).content)
    assert [x["finding_id"] for x in only] == [str(finding["id"])]
    assert client.get("/v1/reports/findings", headers=keys["qa"]).status_code == 403
    assert client.get("/v1/reports/findings", params={"format": "ods"},
                      headers=keys["compliance"]).status_code == 422


def test_export_cells_never_start_a_formula(client, keys):
    r = client.post("/v1/calls/transcripts", json=INJECTED, headers=keys["qa"])
    assert r.status_code == 201 and r.json()["findings"]
    rows = read_csv(client.get("/v1/reports/findings", headers=keys["compliance"]).content)
    assert rows
    for row in rows:
        for name, value in row.items():
            if name in {"finding_id", "start_s", "end_s", "confidence"}:
                continue
            assert not value or value[0] not in "=+-@\t\r", (name, value)
    assert rows[0]["call_id"].startswith("'=HYPERLINK") and rows[0]["agent_id"] == "'@SUM(1+1)"
    assert rows[0]["debtor_id"] == "'+d-1"


def test_cell_neutralises_formulas_and_keeps_other_text() -> None:
    assert cell("=1+1") == "'=1+1" and cell("  =1") == "'  =1" and cell("＝1") == "'＝1"
    assert cell("-5") == "'-5" and cell("\tx") == "'\tx"
    assert cell("老赖") == "老赖" and cell(None) == "" and cell(3) == "3"

"""The findings export as XLSX: the CSV's columns in one sheet, opened with openpyxl; cells that would
run as a formula are text; the row limit is a setting."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from api.routers.reports import EXPORT_COLUMNS, XLSX_TYPE
from tests.api.test_api_export import INJECTED


def open_sheet(body: bytes) -> list[dict[str, object]]:
    book = load_workbook(io.BytesIO(body))
    assert book.sheetnames == ["findings"]
    rows = list(book["findings"].iter_rows(values_only=True))
    assert list(rows[0]) == [c.name for c in EXPORT_COLUMNS]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_xlsx_export_has_evidence_rule_reference_and_review_history(client, keys, submitted):
    finding = next(f for f in submitted["findings"] if f["text"])
    for decision, comment in (("confirm", "威胁"), ("reopen", ""), ("dismiss", "=客户原话")):
        r = client.post(f"/v1/findings/{finding['id']}/reviews", json={"decision": decision, "comment": comment},
                        headers=keys["compliance"])
        assert r.status_code == 201, r.text
    r = client.get("/v1/reports/findings", params={"format": "xlsx"}, headers=keys["compliance"])
    assert r.status_code == 200 and r.headers["content-type"] == XLSX_TYPE
    assert 'filename="findings.xlsx"' in r.headers["content-disposition"]
    rows = open_sheet(r.content)
    assert len(rows) == len(submitted["findings"])
    row = next(x for x in rows if x["finding_id"] == finding["id"])  # numbers stay numbers
    assert row["call_id"] == "c-001" and row["call_started_local"] == "2026-03-02T10:05:00+08:00"
    assert row["rule_id"] == finding["rule_id"] and row["rule_title"] == finding["title"]
    assert row["regulation_reference"] == "; ".join(finding["evidence"]["references"]) != ""
    assert row["matched"] == "、".join(finding["evidence"]["matched"]) != ""
    assert row["start_s"] == finding["start"] and row["text"] == finding["text"]
    assert row["review_state"] == "dismissed" and row["comment"] == "'=客户原话"
    history = str(row["review_history"])
    assert history.index("confirm: 威胁") < history.index("reopen") < history.index("dismiss: =客户原话")
    only = open_sheet(client.get("/v1/reports/findings", params={"format": "xlsx", "review_state": "dismissed"},
                                 headers=keys["compliance"]).content)
    assert [x["finding_id"] for x in only] == [finding["id"]]
    assert client.get("/v1/reports/findings", params={"format": "xlsx"}, headers=keys["qa"]).status_code == 403


def test_xlsx_cells_are_never_formulas(client, keys):
    assert client.post("/v1/calls/transcripts", json=INJECTED, headers=keys["qa"]).status_code == 201
    r = client.get("/v1/reports/findings", params={"format": "xlsx"}, headers=keys["compliance"])
    book = load_workbook(io.BytesIO(r.content))
    cells = [c for row in book["findings"].iter_rows(min_row=2) for c in row]
    assert cells and all(c.data_type != "f" for c in cells)
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert [t for t in texts if t[:1] in "=+-@"] == []
    assert "'=HYPERLINK(\"http://evil.example\",\"x\")" in texts and "'@SUM(1+1)" in texts


def test_xlsx_over_the_row_limit_is_refused_naming_the_setting(client, keys, submitted, app):
    app.state.settings.export_xlsx_max_rows = 1
    r = client.get("/v1/reports/findings", params={"format": "xlsx"}, headers=keys["compliance"])
    assert r.status_code == 422 and r.json()["field"] == "format"
    assert "QA_EXPORT_XLSX_MAX_ROWS" in r.json()["detail"]
    csv = client.get("/v1/reports/findings", params={"format": "csv"}, headers=keys["compliance"])
    assert csv.status_code == 200 and csv.text.count("\r\n") == len(submitted["findings"]) + 1

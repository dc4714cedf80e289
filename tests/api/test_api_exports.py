"""Issue 14.7: CSV exports neutralise formulas, also after an embedded CR, LF or tab."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from api.spreadsheet import cell as csv_cell
from qa_pipeline.domain.review import ReviewState
from qa_pipeline.store.models import Call, CallSource, CallStatus, StoredFinding


@pytest.mark.parametrize("value, cell", [
    ("=1+1", "'=1+1"),
    ("a-9\r=1+1", "a-9\r'=1+1"),
    ("a-9\n+cmd|' /C calc'!A0", "a-9\n'+cmd|' /C calc'!A0"),
    ("a\t@SUM(A1)", "a\t'@SUM(A1)"),
    ("x\r\n-2+3", "x\r\n'-2+3"),
    ("a-17", "a-17"),
    (None, ""),
])
def test_csv_cell(value, cell) -> None:
    assert csv_cell(value) == cell


def test_summary_csv_has_no_line_starting_with_a_formula(app, client, keys) -> None:
    with app.state.session_factory() as s:
        call = Call(content_hash="e" * 64, source=CallSource.transcript, external_id="c-csv", agent_id="a-9\r=1+1",
                    started_at=datetime(2026, 3, 1, 2, tzinfo=UTC), call_date=date(2026, 3, 1),
                    call_metadata={}, status=CallStatus.done)
        s.add_all([call, StoredFinding(call=call, rule_id="cn.r", category="threat", severity="high", title="t",
                                       pack_name="p", pack_version="1", evidence={}, agent_id="a-9\r=1+1",
                                       call_date=date(2026, 3, 1), review_state=ReviewState.open)])
        s.commit()
    r = client.get("/v1/reports/summary?format=csv", headers=keys["compliance"])
    assert r.status_code == 200
    pieces = re.split(r"[\r\n\t,]", r.text)
    assert [p for p in pieces if p.lstrip('"')[:1] in ("=", "+", "@")] == []
    assert "'=1+1" in r.text

from __future__ import annotations

import csv
import io
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from api.deps import Reporter, SessionDep
from api.routers.findings import FindingFilterDep
from api.schemas import CountOut, SummaryReport, error_responses
from qa_pipeline.store import repository as repo

router = APIRouter(prefix="/v1/reports", tags=["reports"], responses=error_responses(401, 403, 422))

_SECTIONS = {"category": "by_category", "agent": "by_agent", "rule": "by_rule", "day": "by_day"}


def _cell(value: str | None) -> str:
    # Keep spreadsheet programs from running an agent id such as "=HYPERLINK(...)" as a formula.
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value or ""


@router.get("/summary", response_model=SummaryReport,
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                             "description": "JSON, or CSV with `format=csv` "
                                            "(columns: dimension, key, total, open, confirmed, dismissed)."}})
def summary(session: SessionDep, key: Reporter, flt: FindingFilterDep,
            format: Annotated[Literal["json", "csv"], Query()] = "json") -> SummaryReport | Response:
    """Findings counted per category, agent, rule and day (the call's local date), split by review state."""
    counts = repo.summary(session, flt)
    report = SummaryReport(
        total=sum(c.total for c in counts["category"]),
        **{_SECTIONS[dim]: [CountOut(key=c.key, total=c.total, **c.by_state) for c in rows]
           for dim, rows in counts.items()})
    if format == "json":
        return report
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["dimension", "key", "total", "open", "confirmed", "dismissed"])
    for dim, section in _SECTIONS.items():
        for row in getattr(report, section):
            writer.writerow([dim, _cell(row.key), row.total, row.open, row.confirmed,
                             row.dismissed])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="summary.csv"'})

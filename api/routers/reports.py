from __future__ import annotations

import csv
import io
import re
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from api.deps import Reporter, SessionDep
from api.routers.findings import FindingFilterDep
from api.schemas import CountOut, SummaryReport, error_responses
from qa_pipeline.store import repository as repo

router = APIRouter(prefix="/v1/reports", tags=["reports"], responses=error_responses(401, 403, 422))

_SECTIONS = {"category": "by_category", "agent": "by_agent", "rule": "by_rule", "day": "by_day"}


FORMULA_START = "=+-@"
_LINE_BREAKS = re.compile(r"([\r\n\t])")


def csv_cell(value: str | None) -> str:
    """A cell spreadsheet programs will not run as a formula ("=HYPERLINK(...)").

    Every piece after a CR, LF or tab is neutralised as well: a program that
    splits rows or cells on those ("a-9\r=1+1") must not find a formula at the
    start of the next one.
    """
    if not value:
        return ""
    pieces = _LINE_BREAKS.split(value)  # text, break, text, break, ...
    return "".join("'" + piece if i % 2 == 0 and piece and piece[0] in FORMULA_START else piece
                   for i, piece in enumerate(pieces))


@router.get("/summary", response_model=SummaryReport,
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                             "description": "JSON, or CSV with `format=csv` "
                                            "(columns: dimension, key, total, open, confirmed, dismissed)."}})
def summary(session: SessionDep, key: Reporter, flt: FindingFilterDep,
            format: Annotated[Literal["json", "csv"], Query()] = "json") -> SummaryReport | Response:
    """Findings counted per category, agent, rule and day (the call's local date), split by review state."""
    counts = repo.summary(session, flt)
    repo.audit(session, "report.export", "report", "summary", actor=key.name, api_key_id=key.key_id,
               format=format)
    session.commit()
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
            writer.writerow([dim, csv_cell(row.key), row.total, row.open, row.confirmed,
                             row.dismissed])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="summary.csv"'})

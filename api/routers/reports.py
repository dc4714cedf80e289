from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import StreamingResponse
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from api.deps import Reporter, SessionDep, SettingsDep
from api.errors import FieldError
from api.routers.findings import FindingFilterDep
from api.schemas import CountOut, SummaryReport, error_responses, finding_detail
from api.spreadsheet import cell
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Call, StoredFinding

router = APIRouter(prefix="/v1/reports", tags=["reports"], responses=error_responses(401, 403, 422))

_SECTIONS = {"category": "by_category", "agent": "by_agent", "rule": "by_rule", "day": "by_day"}


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
            writer.writerow([dim, cell(row.key), row.total, row.open, row.confirmed,
                             row.dismissed])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="summary.csv"'})


# --- findings export ------------------------------------------------------------

EXPORT_BATCH = 500


@dataclass(frozen=True, slots=True)
class ExportColumn:
    name: str
    numeric: bool = False  # written as is; every other cell is neutralised against formulas


EXPORT_COLUMNS = [
    ExportColumn("finding_id", numeric=True), ExportColumn("call_id"), ExportColumn("call_started_local"),
    ExportColumn("agent_id"), ExportColumn("debtor_id"), ExportColumn("rule_id"), ExportColumn("rule_title"),
    ExportColumn("category"), ExportColumn("severity"), ExportColumn("regulation_reference"),
    ExportColumn("speaker"), ExportColumn("start_s", numeric=True), ExportColumn("end_s", numeric=True),
    ExportColumn("text"), ExportColumn("matched"), ExportColumn("explanation"),
    ExportColumn("confidence", numeric=True), ExportColumn("pack_version"), ExportColumn("review_state"),
    ExportColumn("reviewer"), ExportColumn("decision"), ExportColumn("comment"), ExportColumn("reviewed_at"),
    ExportColumn("review_history"), ExportColumn("page"),
]


def _zone(call: Call, default: str) -> ZoneInfo:
    callee = (call.call_metadata or {}).get("callee") or {}
    name = callee.get("timezone") if isinstance(callee, dict) else None
    try:
        return ZoneInfo(name or default)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Asia/Shanghai")


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def export_row(f: StoredFinding, default_timezone: str, *, mask: bool) -> list[object]:
    """One finding as the export's cells, in EXPORT_COLUMNS order (not yet neutralised)."""

    shown = finding_detail(f, mask=mask)
    evidence = shown.evidence if isinstance(shown.evidence, dict) else {}
    zone = _zone(f.call, default_timezone)
    last = shown.reviews[-1] if shown.reviews else None
    history = " | ".join(f"{r.created_at.astimezone(zone).isoformat(timespec='seconds')} {r.reviewer} "
                         f"{r.decision.value}" + (f": {r.comment}" if r.comment else "") for r in shown.reviews)
    explanation = evidence.get("explanation")
    return [
        f.id, f.call.external_id, f.call.started_at.astimezone(zone).isoformat(timespec="seconds"),
        f.agent_id, f.call.debtor_id, f.rule_id, f.title, f.category, f.severity,
        "; ".join(_strings(evidence.get("references"))), f.speaker, f.start, f.end, shown.text,
        "、".join(_strings(evidence.get("matched"))), explanation if isinstance(explanation, str) else "",
        round(f.confidence, 3), f"{f.pack_name} {f.pack_version}", f.review_state.value,
        last.reviewer if last else "", last.decision.value if last else "", last.comment if last else "",
        last.created_at.astimezone(zone).isoformat(timespec="seconds") if last else "", history,
        f"/calls/{f.call_id}#f-{f.id}",
    ]


def _default_timezone(request: Request) -> str:
    try:
        return request.app.state.scanner_factory().pack.settings.default_timezone
    except Exception:
        return "Asia/Shanghai"


def _export_batches(request: Request, flt: repo.FindingFilter, mask: bool) -> Iterator[list[list[object]]]:
    """The export's rows (text cells neutralised against formulas), a page of findings at a time,
    each page read in a session of its own."""
    default_tz = _default_timezone(request)
    cursor: str | None = None
    while True:
        with request.app.state.session_factory() as session:
            page = repo.list_findings(session, flt, cursor, EXPORT_BATCH)
            ids = [f.id for f in page.items]
            loaded = {f.id: f for f in session.scalars(
                select(StoredFinding).where(StoredFinding.id.in_(ids))
                .options(selectinload(StoredFinding.reviews), selectinload(StoredFinding.call)))}
            yield [[v if column.numeric else cell(v)
                    for column, v in zip(EXPORT_COLUMNS, export_row(loaded[i], default_tz, mask=mask), strict=True)]
                   for i in ids]
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def _export_lines(request: Request, flt: repo.FindingFilter, mask: bool) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")

    def flush() -> str:
        out = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return out

    buf.write("\ufeff")  # so spreadsheet programs read the Chinese text as UTF-8
    writer.writerow([c.name for c in EXPORT_COLUMNS])
    yield flush()
    for rows in _export_batches(request, flt, mask):
        writer.writerows(rows)
        yield flush()


def _xlsx_value(value: object) -> object:
    # Control characters XML cannot hold (openpyxl refuses them) are dropped; the text is already neutralised.
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def _export_xlsx(request: Request, flt: repo.FindingFilter, mask: bool) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("findings")
    sheet.freeze_panes = "A2"
    sheet.append([c.name for c in EXPORT_COLUMNS])
    for rows in _export_batches(request, flt, mask):
        for row in rows:
            sheet.append([_xlsx_value(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/findings", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}},
                                         XLSX_TYPE: {"schema": {"type": "string", "format": "binary"}}},
                             "description": "CSV (UTF-8 with BOM) or XLSX (`format=xlsx`, one sheet), one row "
                                            "per finding, newest call first."}})
def export_findings(request: Request, session: SessionDep, settings: SettingsDep, key: Reporter,
                    flt: FindingFilterDep,
                    format: Annotated[Literal["csv", "xlsx"], Query(description="csv or xlsx")] = "csv",
                    ) -> Response:
    """Findings with their call, time, text, evidence, rule, regulation reference and review (latest
    reviewer, decision, comment, and the whole history), for an internal audit or a regulator. Takes the
    same filters as `GET /v1/findings`. Cells that a spreadsheet would run as a formula are neutralised.
    An XLSX export holds at most QA_EXPORT_XLSX_MAX_ROWS findings (422 above; CSV has no limit)."""
    if format == "xlsx":
        matching = repo.count_findings(session, flt)
        if matching > settings.export_xlsx_max_rows:
            raise FieldError(422, "format", f"{matching} findings match, over the XLSX limit of "
                                            f"{settings.export_xlsx_max_rows} (QA_EXPORT_XLSX_MAX_ROWS): "
                                            "narrow the filters or export CSV")
    repo.audit(session, "report.export", "report", "findings", actor=key.name, api_key_id=key.key_id,
               format=format)
    session.commit()
    if format == "xlsx":
        return Response(_export_xlsx(request, flt, not key.sees_pii), media_type=XLSX_TYPE,
                        headers={"Content-Disposition": 'attachment; filename="findings.xlsx"'})
    return StreamingResponse(_export_lines(request, flt, not key.sees_pii), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="findings.csv"'})

"""`POST /v1/contacts`: import contact-ledger records (CSV or JSON lines)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from api.deps import Reader, ScannerDep, SettingsDep, Uploader
from api.errors import FieldError
from api.schemas import error_responses
from qa_pipeline.domain.contacts import parse_contacts
from qa_pipeline.errors import QAInputError
from qa_pipeline.jobs.contacts import check_ledger, import_contacts

router = APIRouter(prefix="/v1/contacts", tags=["contacts"], responses=error_responses(401, 403, 422))


class ContactImportOut(BaseModel):
    rows: int = Field(description="Attempts in the body (a row repeated with the same values counts once).")
    added: int
    updated: int = Field(description="Stored attempts with the same attempt_id and other values, replaced.")
    unchanged: int
    rescanned: int = Field(description="Stored calls re-scanned because their ledger findings changed.")


async def _read_body(request: Request, limit: int, declared: str | None) -> bytes:
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise FieldError(413, "body", f"body is larger than the limit of {limit} bytes; split the file")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise FieldError(413, "body", f"body is larger than the limit of {limit} bytes; split the file")
        chunks.append(chunk)
    return b"".join(chunks)


_BODY = {"requestBody": {"required": True, "content": {
    "text/csv": {"schema": {"type": "string"}},
    "application/x-ndjson": {"schema": {"type": "string"}}}}}


@router.post("", response_model=ContactImportOut, responses=error_responses(413), openapi_extra=_BODY)
async def import_contact_records(
        request: Request, key: Uploader, settings: SettingsDep, scanner: ScannerDep,
        content_length: Annotated[str | None, Header()] = None) -> ContactImportOut | JSONResponse:
    """Import dial attempts: the body is a CSV file (header line first) or JSON lines.

    Columns / keys: `attempt_id`, `at` (ISO 8601 with offset), `number`,
    `debtor_id`, `agency`, `result` (answered, no_answer, busy,
    invalid_number, rejected, voicemail, failed), optional `relation` (whose
    number; default debtor), `timezone` (the callee's IANA zone) and
    `call_id` (the recording's call_id). All or nothing: a bad row is a 422
    naming its line and field, and nothing is stored. Re-sending a record
    (same attempt_id, same values) changes nothing.
    """
    data = await _read_body(request, settings.contacts_max_bytes, content_length)
    try:
        records = parse_contacts(data, "body")
        # The import and its re-scans are blocking work: off the event loop.
        done = await run_in_threadpool(import_contacts, request.app.state.session_factory, records, source="body",
                                       scanner=scanner, settings=settings, actor=key.name, api_key_id=key.key_id)
    except QAInputError as exc:
        # The detail names the line as well as the field: "body: line 3: result: ...".
        return JSONResponse({"detail": str(exc), "field": exc.field or "body"}, status_code=422)
    return ContactImportOut(rows=done.rows, added=done.added, updated=done.updated, unchanged=done.unchanged,
                            rescanned=len(done.rescanned))


# The longest span one ledger check may cover (each debtor's ledger is read and checked).
MAX_CHECK_DAYS = 31


class LedgerFindingOut(BaseModel):
    attempt_id: str = Field(description="The attempt (or `call:<call_id>` for a recorded call no attempt links to).")
    debtor_id: str
    number: str | None
    local_date: date = Field(description="The callee's calendar day of the attempt.")
    call_id: str | None = Field(description="The recording made by the attempt, where there is one.")
    rule_id: str
    category: str
    severity: str
    explanation: str
    contacts: list[dict[str, Any]] = Field(description="The attempts and calls the rule counted.")


class LedgerFindingsOut(BaseModel):
    findings: list[LedgerFindingOut]


@router.get("/findings", response_model=LedgerFindingsOut)
def ledger_findings(request: Request, key: Reader, settings: SettingsDep, scanner: ScannerDep,
                    date_from: Annotated[date, Query(description="First callee-local day.")],
                    date_to: Annotated[date | None, Query(description="Last day (default: date_from).")] = None,
                    debtor_id: Annotated[str | None, Query(max_length=200, pattern=r"^[^\x00-\x1f]*$")] = None,
                    ) -> LedgerFindingsOut | JSONResponse:
    """The ledger rules on the stored ledger (as `qa-pipeline contacts check`): attempts over the daily
    limits and third parties called too early, including attempts that were never recorded."""
    last = date_to or date_from
    if last < date_from or (last - date_from).days >= MAX_CHECK_DAYS:
        return JSONResponse({"detail": f"date_to: must be on or after date_from and within {MAX_CHECK_DAYS} days "
                                       "of it", "field": "date_to"}, status_code=422)
    found = check_ledger(request.app.state.session_factory, date_from=date_from, date_to=last, debtor_id=debtor_id,
                         scanner=scanner, settings=settings)
    return LedgerFindingsOut(findings=[LedgerFindingOut(
        attempt_id=f.entry.attempt_id, debtor_id=f.entry.debtor_id, number=f.entry.number,
        local_date=f.entry.local_date, call_id=f.entry.call_id, rule_id=f.finding.rule_id,
        category=f.finding.category, severity=f.finding.severity, explanation=f.finding.evidence.explanation,
        contacts=[c.to_json() for c in f.finding.evidence.contacts]) for f in found])

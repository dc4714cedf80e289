"""`POST /v1/contacts`: import contact-ledger records (CSV or JSON lines)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from api.deps import ScannerDep, SettingsDep, Uploader
from api.errors import FieldError
from api.schemas import error_responses
from qa_pipeline.domain.contacts import parse_contacts
from qa_pipeline.errors import QAInputError
from qa_pipeline.jobs.contacts import import_contacts

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

"""Error bodies: every 4xx says what is wrong and names the field (`ErrorResponse`)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.limits import BodyTooLarge
from qa_pipeline.errors import AudioError, QAInputError, RulePackError
from qa_pipeline.jobs import (
    CallStateConflict,
    MetadataConflict,
    RecordingNotDeleted,
    UnsupportedMedia,
    UploadTooLarge,
)
from qa_pipeline.store.appeals import AppealRefused, OwnAppeal
from qa_pipeline.store.assignment import UnknownReviewer
from qa_pipeline.store.models import AppendOnlyError
from qa_pipeline.store.repository import InvalidCursor, NotFound, ReasonRequired, ReviewConflict

log = logging.getLogger(__name__)


class FieldError(Exception):
    """A request field that is wrong in a way the schema cannot say."""

    def __init__(self, status_code: int, field: str | None, message: str) -> None:
        self.status_code = status_code
        self.field = field
        self.message = message
        super().__init__(message)


def _body(detail: str, field: str | None = None, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"detail": detail, "field": field}
    if errors is not None:
        out["errors"] = errors
    return out


def _loc(loc: tuple[Any, ...] | list[Any]) -> str:
    if len(loc) >= 2 and loc[0] in ("query", "path", "header", "cookie"):
        return str(loc[1])  # a repeated query parameter is named without its position
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    out = ""
    for p in parts:
        out += f"[{p}]" if p.isdigit() else (f".{p}" if out else p)
    return out or "body"


def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    errors = []
    for err in exc.errors():
        msg = err.get("msg", "invalid")
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        errors.append({"field": _loc(err.get("loc", ())), "message": msg, "type": err.get("type")})
    first: dict[str, Any] = errors[0] if errors else {"field": None, "message": "invalid request"}
    detail = f"{first['field']}: {first['message']}" if first["field"] else first["message"]
    return JSONResponse(_body(detail, first["field"], errors), status_code=422)


def _input_error(_: Request, exc: QAInputError) -> JSONResponse:
    code = status.HTTP_400_BAD_REQUEST
    if isinstance(exc, UploadTooLarge):
        code = 413
    elif isinstance(exc, UnsupportedMedia):
        code = status.HTTP_415_UNSUPPORTED_MEDIA_TYPE
    field = exc.field
    if isinstance(exc, AudioError) and field is None:
        field = "audio"
    detail = f"{field}: {exc.message}" if field else exc.message
    return JSONResponse(_body(detail, field), status_code=code)


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    def validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation(request, exc)

    @app.exception_handler(QAInputError)
    def input_error(request: Request, exc: QAInputError) -> JSONResponse:
        return _input_error(request, exc)

    @app.exception_handler(FieldError)
    def field_error(_: Request, exc: FieldError) -> JSONResponse:
        detail = f"{exc.field}: {exc.message}" if exc.field and not exc.message.startswith(exc.field) else exc.message
        return JSONResponse(_body(detail, exc.field), status_code=exc.status_code)

    @app.exception_handler(NotFound)
    def not_found(_: Request, exc: NotFound) -> JSONResponse:
        field = {"call": "call_id", "finding": "finding_id", "API key": "key_id", "appeal": "appeal_id"}.get(exc.kind)
        return JSONResponse(_body(str(exc), field), status_code=status.HTTP_404_NOT_FOUND)

    @app.exception_handler(InvalidCursor)
    def bad_cursor(_: Request, exc: InvalidCursor) -> JSONResponse:
        return JSONResponse(_body(f"cursor: {exc}", "cursor"), status_code=422)

    @app.exception_handler(ReviewConflict)
    def conflict(_: Request, exc: ReviewConflict) -> JSONResponse:
        return JSONResponse(_body(str(exc), "decision"), status_code=status.HTTP_409_CONFLICT)

    @app.exception_handler(MetadataConflict)
    def metadata_conflict(_: Request, exc: MetadataConflict) -> JSONResponse:
        return JSONResponse({**_body(f"{exc.field}: {exc.message}", exc.field), "call_id": exc.call_id,
                             "fields": exc.fields}, status_code=status.HTTP_409_CONFLICT)

    @app.exception_handler(RecordingNotDeleted)
    def recording_not_deleted(_: Request, exc: RecordingNotDeleted) -> JSONResponse:
        log.error("erasure: %s", exc)  # the rows are gone; an operator must delete the file
        return JSONResponse(_body("the call was erased from the database, but its recording file could not be "
                                  "deleted; the server log names it"), status_code=500)

    @app.exception_handler(CallStateConflict)
    def call_state(_: Request, exc: CallStateConflict) -> JSONResponse:
        return JSONResponse({**_body(str(exc), "status"), "status": exc.status.value},
                            status_code=status.HTTP_409_CONFLICT)

    @app.exception_handler(ReasonRequired)
    def reason_required(_: Request, exc: ReasonRequired) -> JSONResponse:
        return JSONResponse(_body(str(exc), exc.field), status_code=422)

    @app.exception_handler(UnknownReviewer)
    def unknown_reviewer(_: Request, exc: UnknownReviewer) -> JSONResponse:
        return JSONResponse(_body(str(exc), exc.field), status_code=422)

    @app.exception_handler(AppealRefused)
    def appeal_refused(_: Request, exc: AppealRefused) -> JSONResponse:
        code = status.HTTP_403_FORBIDDEN if isinstance(exc, OwnAppeal) else status.HTTP_409_CONFLICT
        return JSONResponse(_body(str(exc), exc.field), status_code=code)

    @app.exception_handler(AppendOnlyError)
    def append_only(_: Request, exc: AppendOnlyError) -> JSONResponse:
        return JSONResponse(_body(str(exc)), status_code=status.HTTP_409_CONFLICT)

    @app.exception_handler(RulePackError)
    def pack_error(_: Request, exc: RulePackError) -> JSONResponse:
        log.error("rule pack cannot be loaded: %s", exc)
        return JSONResponse(_body(f"the rule pack cannot be loaded: {exc}"),
                            status_code=status.HTTP_503_SERVICE_UNAVAILABLE)

    @app.exception_handler(DataError)
    def data_error(_: Request, exc: DataError) -> JSONResponse:
        # A value the database refused that validation let through: the request is at fault,
        # and the transaction was rolled back, so nothing changed.
        log.warning("database refused a value: %s", exc.orig)
        return JSONResponse(_body("a value in the request cannot be stored (for example a NUL character "
                                  "or a number out of range)"), status_code=422)

    @app.exception_handler(BodyTooLarge)
    def body_too_large(_: Request, exc: BodyTooLarge) -> JSONResponse:
        return JSONResponse(_body(str(exc.detail), exc.field), status_code=413)

    @app.exception_handler(StarletteHTTPException)
    def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(_body(str(exc.detail)), status_code=exc.status_code, headers=exc.headers)

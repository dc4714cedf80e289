"""Request body limits, counted on the bytes that arrive (chunked bodies too).

A body whose Content-Length is over its route's limit is refused before a
byte is read; a body without one (chunked transfer) is counted as it
streams, and reading stops with 413 at the limit, so nothing past it is
spooled to memory or disk. Recording uploads (`POST /v1/calls`, the
`/upload` page) have `QA_MAX_UPLOAD_BYTES`, ledger imports (`POST
/v1/contacts`) `QA_CONTACTS_MAX_BYTES`; every other body (transcripts,
rule tests, reviews, forms) has `QA_MAX_JSON_BODY_BYTES`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException
from fastapi.responses import JSONResponse

from qa_pipeline.config import Settings

UPLOAD_PATHS = frozenset({"/v1/calls", "/upload"})
CONTACT_PATHS = frozenset({"/v1/contacts"})  # call-detail records: a ledger file, not a JSON document
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
UPLOAD_SLACK = 1 << 20  # room for the metadata field and multipart framing


@dataclass(frozen=True, slots=True)
class BodyLimitRule:
    limit: int       # bytes
    setting: str     # the environment variable that sets it
    field: str       # the request field the error names


class BodyTooLarge(HTTPException):
    """Raised from `receive` when a streamed body passes its limit (FastAPI passes HTTPExceptions on)."""

    def __init__(self, rule: BodyLimitRule) -> None:
        super().__init__(413, body_limit_message(rule))
        self.field = rule.field


def body_limit_message(rule: BodyLimitRule) -> str:
    what = "recording" if rule.field == "audio" else "request body"
    return f"{rule.field}: {what} is larger than the limit of {rule.limit} bytes ({rule.setting})"


def rule_for(path: str, settings: Settings) -> BodyLimitRule:
    if path.rstrip("/") in UPLOAD_PATHS:
        return BodyLimitRule(settings.max_upload_bytes + UPLOAD_SLACK, "QA_MAX_UPLOAD_BYTES", "audio")
    if path.rstrip("/") in CONTACT_PATHS:
        return BodyLimitRule(settings.contacts_max_bytes, "QA_CONTACTS_MAX_BYTES", "body")
    return BodyLimitRule(settings.max_json_body_bytes, "QA_MAX_JSON_BODY_BYTES", "body")


class BodyLimit:
    """ASGI middleware enforcing `rule_for` on every request with a body."""

    def __init__(self, app: Any, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        rule = rule_for(scope["path"], self.settings)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > rule.limit:
            response = JSONResponse({"detail": body_limit_message(rule), "field": rule.field}, status_code=413)
            await response(scope, receive, send)
            return
        received = 0

        async def counted() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > rule.limit:
                    raise BodyTooLarge(rule)
            return message

        await self.app(scope, counted, send)

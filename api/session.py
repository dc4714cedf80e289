"""Browser sessions for the review pages: a signed cookie naming an API key.

Signing in with an API key sets `qa_session`: a small JSON payload (the key's
database id, a CSRF token, the issue time) with an HMAC-SHA256 signature. The
secret key itself never goes into a cookie. Every request looks the key up
again, so revoking a key ends its sessions at once. The cookie is HttpOnly,
SameSite=Lax and Secure (browsers accept Secure cookies from http://localhost;
set QA_SESSION_COOKIE_SECURE=0 only for a plain-HTTP test deployment).

The signing secret comes from QA_SESSION_SECRET, or else a random secret
kept in `<data_dir>/session.key` (created once, mode 0600), so sessions
survive restarts and every process sharing the data directory agrees.

CSRF: a form post must carry the session's token (`csrf_token` field or the
`X-CSRF-Token` header); the sign-in form, which has no session yet, carries
the token of a short-lived signed `qa_login_csrf` cookie. A post whose Origin
header names another site is refused as well.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request, Response
from sqlalchemy.orm import Session

from api.principal import Principal
from qa_pipeline.config import Settings
from qa_pipeline.store.models import ApiKey

SESSION_COOKIE = "qa_session"
LOGIN_CSRF_COOKIE = "qa_login_csrf"
SESSION_MAX_AGE = 12 * 3600
LOGIN_CSRF_MAX_AGE = 3600
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
_VERSION = 1


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """HMAC-SHA256 signed, timestamped JSON tokens, one purpose per token kind."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("the session secret must be at least 16 bytes")
        self._secret = secret

    def _mac(self, purpose: str, body: str) -> str:
        return _b64(hmac.new(self._secret, f"{purpose}.{body}".encode("ascii"), hashlib.sha256).digest())

    def dumps(self, purpose: str, payload: dict[str, Any]) -> str:
        body = _b64(json.dumps({**payload, "iat": int(time.time())}, separators=(",", ":")).encode("utf-8"))
        return f"{body}.{self._mac(purpose, body)}"

    def loads(self, purpose: str, token: str | None, max_age: int) -> dict[str, Any] | None:
        """The payload, or None if the token is missing, forged, malformed or older than max_age."""
        if not token or len(token) > 2000 or token.count(".") != 1:
            return None
        body, mac = token.split(".")
        try:
            if not hmac.compare_digest(mac.encode("ascii"), self._mac(purpose, body).encode("ascii")):
                return None
            payload = json.loads(_unb64(body))
        except (ValueError, UnicodeError):
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("iat"), int):
            return None
        age = time.time() - payload["iat"]
        if age > max_age or age < -300:  # a little clock skew between processes is fine
            return None
        return payload


def load_secret(settings: Settings) -> bytes:
    env = os.environ.get("QA_SESSION_SECRET")
    if env:
        return env.encode("utf-8")
    path = Path(settings.data_dir) / "session.key"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # another process may be writing it right now
            data = path.read_bytes().strip()
            if data:
                return data
            time.sleep(0.02)
        raise RuntimeError(f"{path} is empty: delete it to make a new session secret") from None
    with os.fdopen(fd, "wb") as fh:
        fh.write(secrets.token_hex(32).encode("ascii"))
    return path.read_bytes().strip()


def signer(request: Request) -> Signer:
    state = request.app.state
    cached = getattr(state, "page_signer", None)
    if cached is None:
        cached = state.page_signer = Signer(load_secret(state.settings))
    return cached


def cookie_secure() -> bool:
    return os.environ.get("QA_SESSION_COOKIE_SECURE", "1").strip().lower() not in ("0", "false", "no", "off")


# --- the session ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PageSession:
    key_id: int
    csrf: str


def read_session(request: Request) -> PageSession | None:
    payload = signer(request).loads("session", request.cookies.get(SESSION_COOKIE), SESSION_MAX_AGE)
    if payload is None or payload.get("v") != _VERSION:
        return None
    key_id, csrf = payload.get("k"), payload.get("c")
    if not isinstance(key_id, int) or not isinstance(csrf, str) or not csrf:
        return None
    return PageSession(key_id, csrf)


def session_principal(request: Request, db: Session) -> Principal | None:
    """The signed-in API key of a browser request, or None (no, bad, expired cookie; revoked key)."""
    page_session = read_session(request)
    if page_session is None:
        return None
    key = db.get(ApiKey, page_session.key_id)
    if key is None or key.revoked_at is not None:
        return None
    return Principal(key.id, key.name, key.role)


def start_session(request: Request, response: Response, key_id: int) -> None:
    token = signer(request).dumps("session", {"v": _VERSION, "k": key_id, "c": secrets.token_urlsafe(24)})
    response.set_cookie(SESSION_COOKIE, token, max_age=SESSION_MAX_AGE, path="/", httponly=True,
                        secure=cookie_secure(), samesite="lax")
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login", httponly=True, secure=cookie_secure(), samesite="lax")


def end_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, secure=cookie_secure(), samesite="lax")


# --- CSRF ------------------------------------------------------------------

def login_csrf(request: Request, response: Response) -> str:
    """The sign-in form's CSRF token; (re)issues its cookie when missing or expired."""
    payload = signer(request).loads("login", request.cookies.get(LOGIN_CSRF_COOKIE), LOGIN_CSRF_MAX_AGE)
    if payload is not None and isinstance(payload.get("c"), str):
        return payload["c"]
    token = secrets.token_urlsafe(24)
    response.set_cookie(LOGIN_CSRF_COOKIE, signer(request).dumps("login", {"c": token}),
                        max_age=LOGIN_CSRF_MAX_AGE, path="/login", httponly=True, secure=cookie_secure(),
                        samesite="lax")
    return token


def same_origin(request: Request) -> bool:
    """False when the browser says the post comes from another site (Origin, else Referer)."""
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source or source == "null":
        return source is None
    parts = urlsplit(source)
    host = request.headers.get("host", "")
    return parts.netloc.lower() == host.lower()


def check_login_csrf(request: Request, submitted: str | None) -> bool:
    payload = signer(request).loads("login", request.cookies.get(LOGIN_CSRF_COOKIE), LOGIN_CSRF_MAX_AGE)
    expected = payload.get("c") if payload else None
    return (isinstance(expected, str) and bool(submitted) and same_origin(request)
            and hmac.compare_digest(expected.encode(), (submitted or "").encode()))


def check_csrf(request: Request, page_session: PageSession | None, submitted: str | None) -> bool:
    submitted = submitted or request.headers.get(CSRF_HEADER)
    return (page_session is not None and bool(submitted) and same_origin(request)
            and hmac.compare_digest(page_session.csrf.encode(), (submitted or "").encode()))

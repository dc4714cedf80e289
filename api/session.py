"""Browser sessions for the review pages: server-side sessions named by a signed cookie.

Signing in (user name and password, or an API key) stores a session row
(`web_sessions`: the user or the key, a CSRF token, when it was made and
last used) and sets `qa_session`: a random token (only its SHA-256 is
stored) and the issue time, with an HMAC-SHA256 signature. The secret key
itself never goes into a cookie. Every request looks the session and the
user or key up again, so signing out (which ends the row), revoking the key,
disabling the user or setting their password, or QA_SESSION_IDLE_SECONDS
without a request ends the session at once, for every copy of the cookie.
The cookie is HttpOnly, SameSite=Lax and Secure (browsers accept Secure
cookies from http://localhost; set QA_SESSION_COOKIE_SECURE=0 only for a
plain-HTTP test deployment).

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
from sqlalchemy import update
from sqlalchemy.orm import Session

from api.principal import Principal
from qa_pipeline.config import Settings
from qa_pipeline.store.models import ApiKey, User, WebSession, utcnow

SESSION_COOKIE = "qa_session"
LOGIN_CSRF_COOKIE = "qa_login_csrf"
SESSION_MAX_AGE = 12 * 3600
LOGIN_CSRF_MAX_AGE = 3600
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
_VERSION = 2  # 2: the cookie names a server-side session


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
    key_id: int | None     # signed in with an API key ...
    user_id: int | None    # ... or as a named user (exactly one of the two)
    csrf: str
    session_id: str = ""   # the server-side row (WebSession.id)


def _session_id(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


# A session's last_seen_at is written at most this often (not on every request).
_TOUCH_SECONDS = 60


def read_session(request: Request, db: Session) -> PageSession | None:
    """The live server-side session the cookie names, or None: no, forged or old cookie; a
    session signed out, idle longer than QA_SESSION_IDLE_SECONDS or older than 12 hours."""
    payload = signer(request).loads("session", request.cookies.get(SESSION_COOKIE), SESSION_MAX_AGE)
    if payload is None or payload.get("v") != _VERSION:
        return None
    token = payload.get("t")
    if not isinstance(token, str) or not token or len(token) > 100:
        return None
    row = db.get(WebSession, _session_id(token))
    if row is None or row.ended_at is not None:
        return None
    now = utcnow()
    idle = request.app.state.settings.session_idle_seconds
    if (now - row.last_seen_at).total_seconds() > idle or (now - row.created_at).total_seconds() > SESSION_MAX_AGE:
        return None
    if (now - row.last_seen_at).total_seconds() > _TOUCH_SECONDS:
        db.execute(update(WebSession).where(WebSession.id == row.id).values(last_seen_at=now))
        db.commit()
    return PageSession(row.api_key_id, row.user_id, row.csrf, row.id)


def principal_of(page_session: PageSession, db: Session) -> Principal | None:
    """The session's API key or user, or None when the key is revoked or the user disabled (disabling and
    revoking end the sessions too; this is the second check)."""
    if page_session.user_id is not None:
        user = db.get(User, page_session.user_id)
        return Principal.of_user(user) if user is not None and user.disabled_at is None else None
    key = db.get(ApiKey, page_session.key_id) if page_session.key_id is not None else None
    if key is None or key.revoked_at is not None:
        return None
    return Principal.of_key(key)


def session_principal(request: Request, db: Session) -> Principal | None:
    """The signed-in key or user of a browser request, or None (no, bad, ended session; revoked key;
    disabled user)."""
    page_session = read_session(request, db)
    return principal_of(page_session, db) if page_session is not None else None


def start_session(request: Request, response: Response, db: Session, principal: Principal) -> None:
    """Store a new session for the key or user (the caller commits) and set its cookie."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    db.add(WebSession(id=_session_id(token), api_key_id=principal.key_id, user_id=principal.user_id,
                      csrf=secrets.token_urlsafe(24), created_at=now, last_seen_at=now))
    cookie = signer(request).dumps("session", {"v": _VERSION, "t": token})
    response.set_cookie(SESSION_COOKIE, cookie, max_age=SESSION_MAX_AGE, path="/", httponly=True,
                        secure=cookie_secure(), samesite="lax")
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login", httponly=True, secure=cookie_secure(), samesite="lax")


def end_session(response: Response, db: Session, page_session: PageSession | None) -> None:
    """Sign out: the server-side session ends (every copy of the cookie with it); the caller commits."""
    if page_session is not None and page_session.session_id:
        db.execute(update(WebSession).where(WebSession.id == page_session.session_id, WebSession.ended_at.is_(None))
                   .values(ended_at=utcnow()))
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

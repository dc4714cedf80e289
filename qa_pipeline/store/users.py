"""Named reviewer accounts: people sign in to the review pages with a user name and a password
(API keys stay for machines and the API).

User names are case-insensitive: they are stored in lower case, and one name is never both a user's
and an API key's (reviews, claims, assignments and appeals name people by it). Passwords are hashed
with scrypt (standard library), a random salt per user, and the cost parameters stored in the hash:
`scrypt$ln=15,r=8,p=1$<salt>$<key>` (base64). Disabling a user or setting a new password ends the
user's review-page sessions on the server.

Functions take a Session and leave committing to the caller.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import ApiKey, Role, User, WebSession, utcnow

NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
# The sign-in form takes passwords up to this length; longer ones are refused when set.
MAX_PASSWORD_CHARS = 1024
_SCRYPT_R = 8
_SCRYPT_P = 1
_SALT_BYTES = 16
_KEY_BYTES = 32


class UserError(ValueError):
    """A refused user name, password or display name; `field` names which, the message says why."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


class UnknownUser(LookupError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"name: no user named {name!r}")


# --- passwords -------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    n = 1 << log2_n
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_KEY_BYTES,
                          maxmem=2 * 128 * r * n * p + 1024 * 1024)


def hash_password(password: str, log2_n: int) -> str:
    salt = secrets.token_bytes(_SALT_BYTES)
    key = _scrypt(password, salt, log2_n, _SCRYPT_R, _SCRYPT_P)
    return f"scrypt$ln={log2_n},r={_SCRYPT_R},p={_SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` is the one `stored` was made from (False for a malformed hash)."""
    try:
        scheme, params, salt, key = stored.split("$")
        cost = dict(part.split("=") for part in params.split(","))
        log2_n, r, p = int(cost["ln"]), int(cost["r"]), int(cost["p"])
        expected = base64.b64decode(key, validate=True)
        if scheme != "scrypt" or not 10 <= log2_n <= 22:
            return False
        actual = _scrypt(password, base64.b64decode(salt, validate=True), log2_n, r, p)
    except (ValueError, KeyError):
        return False
    return hmac.compare_digest(actual, expected)


@lru_cache(maxsize=4)
def _decoy_hash(log2_n: int) -> str:
    return hash_password(secrets.token_urlsafe(16), log2_n)


def check_password(name: str, password: str, min_length: int) -> None:
    """UserError(`password`) unless the password follows the policy."""
    if len(password) < min_length:
        raise UserError("password", f"must be at least {min_length} characters (QA_PASSWORD_MIN_LENGTH)")
    if len(password) > MAX_PASSWORD_CHARS:
        raise UserError("password", f"must be at most {MAX_PASSWORD_CHARS} characters")
    if name.lower() in password.lower():
        raise UserError("password", "must not contain the user name")


# --- accounts --------------------------------------------------------------

def normalize_name(name: str) -> str:
    """The stored form of a user name (lower case), or UserError(`name`)."""
    canonical = name.strip().lower()
    if not NAME_PATTERN.fullmatch(canonical):
        raise UserError("name", "use 1-64 letters, digits, '.', '-' or '_', starting with a letter or digit "
                                f"(got {name!r}); a display name may hold anything")
    return canonical


def find_user(session: Session, name: str) -> User | None:
    return session.scalar(select(User).where(User.name == name.strip().lower()))


def get_user(session: Session, name: str) -> User:
    user = find_user(session, name)
    if user is None:
        raise UnknownUser(name)
    return user


def add_user(session: Session, name: str, role: Role, password: str, *, display_name: str = "",
             min_length: int, log2_n: int) -> User:
    canonical = normalize_name(name)
    if find_user(session, canonical) is not None:
        raise UserError("name", f"a user named {canonical!r} already exists")
    if session.scalar(select(ApiKey.id).where(func.lower(ApiKey.name) == canonical)) is not None:
        raise UserError("name", f"an API key is named {canonical!r}; reviews would not tell the two apart")
    display_name = display_name.strip()
    if len(display_name) > 200:
        raise UserError("display", "must be at most 200 characters")
    check_password(canonical, password, min_length)
    now = utcnow()
    user = User(name=canonical, display_name=display_name, role=role, password_hash=hash_password(password, log2_n),
                created_at=now, password_set_at=now)
    session.add(user)
    session.flush()
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.name)))


def active_user_names(session: Session) -> list[str]:
    return list(session.scalars(select(User.name).where(User.disabled_at.is_(None)).order_by(User.name)))


def end_sessions(session: Session, user: User) -> int:
    """End the user's live review-page sessions on the server; how many there were."""
    result = session.execute(update(WebSession).where(WebSession.user_id == user.id, WebSession.ended_at.is_(None))
                             .values(ended_at=utcnow()))
    return repo.rows_changed(result)


def disable_user(session: Session, name: str) -> tuple[User, int]:
    """Disable the user (again is a no-op) and end their sessions: the user and the sessions ended."""
    user = get_user(session, name)
    if user.disabled_at is None:
        user.disabled_at = utcnow()
    return user, end_sessions(session, user)


def set_password(session: Session, name: str, password: str, *, min_length: int, log2_n: int) -> tuple[User, int]:
    """A new password for the user; their sessions end, and a lockout with them. The user and the sessions
    ended."""
    user = get_user(session, name)
    check_password(user.name, password, min_length)
    user.password_hash = hash_password(password, log2_n)
    user.password_set_at = utcnow()
    user.failed_logins, user.locked_until = 0, None
    return user, end_sessions(session, user)


class SignInOutcome(enum.StrEnum):
    ok = "ok"
    refused = "refused"   # unknown name, disabled user or wrong password: the page does not say which
    locked = "locked"     # too many wrong passwords in a row: no password is checked until the lock ends


@dataclass(frozen=True, slots=True)
class SignIn:
    outcome: SignInOutcome
    user: User | None = None     # the account tried, when it exists and is active
    locked_now: bool = False     # this failure locked the account (audit it)
    retry_after: int = 0         # seconds, when locked


def authenticate_user(session: Session, name: str, password: str, *, log2_n: int, max_failures: int,
                      lockout_seconds: int) -> SignIn:
    """Check a sign-in. A wrong password counts against the user (the caller commits): at `max_failures`
    in a row, the account locks for `lockout_seconds`, whatever address the attempts come from.

    An unknown or disabled name costs the same hash as a wrong password, so the time taken does not
    say which names exist.
    """
    user = find_user(session, name) if name.strip() and len(password) <= MAX_PASSWORD_CHARS else None
    if user is None or user.disabled_at is not None:
        verify_password(password[:MAX_PASSWORD_CHARS], _decoy_hash(log2_n))
        return SignIn(SignInOutcome.refused)
    now = utcnow()
    if user.locked_until is not None and user.locked_until > now:
        return SignIn(SignInOutcome.locked, user, retry_after=int((user.locked_until - now).total_seconds()) + 1)
    if verify_password(password, user.password_hash):
        user.failed_logins, user.locked_until = 0, None
        return SignIn(SignInOutcome.ok, user)
    session.execute(update(User).where(User.id == user.id).values(failed_logins=User.failed_logins + 1))
    session.refresh(user)
    if user.failed_logins < max_failures:
        return SignIn(SignInOutcome.refused, user)
    user.failed_logins, user.locked_until = 0, now + timedelta(seconds=lockout_seconds)
    return SignIn(SignInOutcome.locked, user, locked_now=True, retry_after=lockout_seconds)

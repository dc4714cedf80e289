"""Dependencies shared by the routers: the database session, the caller's API key, role checks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security, status
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from api.principal import Principal
from api.session import session_principal
from qa_pipeline.config import Settings
from qa_pipeline.engine import Scanner
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Role

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                               description="An API key made by `qa-pipeline keys create`.")
_bearer = HTTPBearer(auto_error=False, description="The same API key as a bearer token.")


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.session_factory() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


def get_scanner_dep(request: Request) -> Scanner:
    return request.app.state.scanner_factory()


ScannerDep = Annotated[Scanner, Depends(get_scanner_dep)]


def current_key(request: Request, session: SessionDep,
                api_key: Annotated[str | None, Security(_api_key_header)] = None,
                bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)] = None) -> Principal:
    try:
        return _authenticate(request, session, api_key or (bearer.credentials if bearer else None))
    finally:
        # Give the key check's connection back to the pool now: a route that opens sessions
        # of its own (an upload's accept_recording) must not hold two pooled connections at once.
        session.rollback()


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def refuse_if_locked_out(request: Request) -> None:
    """429 while the caller's address is locked out after too many failed key attempts."""
    wait = request.app.state.auth_throttle.locked_for(client_address(request))
    if wait:
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS,
                            f"too many failed sign-in or API-key attempts from this address; try again in {wait} s "
                            "(QA_AUTH_MAX_FAILURES, QA_AUTH_LOCKOUT_SECONDS)", headers={"Retry-After": str(wait)})


def record_auth_failure(request: Request, session: Session, action: str) -> None:
    """Count a failed attempt against the caller's address and write it (and any lockout) to the audit log."""
    client = client_address(request)
    outcome = request.app.state.auth_throttle.failure(client)
    repo.audit(session, action, "client", client, actor="anonymous", path=request.url.path,
               failures_in_window=outcome.failures)
    if outcome.locked:
        repo.audit(session, "auth.lockout", "client", client, actor="anonymous",
                   lockout_seconds=outcome.retry_after)
    session.commit()


def _authenticate(request: Request, session: Session, secret: str | None) -> Principal:
    refuse_if_locked_out(request)
    if not secret and request.method in ("GET", "HEAD"):
        # A signed-in review page (session cookie) may read, e.g. the <audio> element streaming
        # /v1/calls/{id}/audio. Writes always need the key itself, so the cookie cannot be used for CSRF.
        principal = session_principal(request, session)
        if principal is not None:
            return principal
    if not secret:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED,
                            "API key required: send it in the X-API-Key header or as 'Authorization: Bearer <key>'",
                            headers={"WWW-Authenticate": "Bearer"})
    key = repo.authenticate_key(session, secret)
    if key is None:
        record_auth_failure(request, session, "auth.key_failed")
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "API key not recognised or revoked",
                            headers={"WWW-Authenticate": "Bearer"})
    request.app.state.auth_throttle.success(client_address(request))
    return Principal(key.id, key.name, key.role)


CurrentKey = Annotated[Principal, Depends(current_key)]


def require_role(*roles: Role) -> object:
    """A dependency that lets through the given roles (and admin, which may do everything)."""
    allowed = set(roles) | {Role.admin}
    names = ", ".join(sorted(r.value for r in allowed))

    def check(key: CurrentKey) -> Principal:
        if key.role not in allowed:
            raise HTTPException(status.HTTP_403_FORBIDDEN,
                                f"role '{key.role.value}' may not do this; it needs one of: {names}")
        return key

    return Depends(check)


# Named role checks, used as `dependencies=[...]` or as parameter defaults.
Uploader = Annotated[Principal, require_role(Role.qa)]
Reviewer = Annotated[Principal, require_role(Role.qa, Role.compliance)]
Reader = Annotated[Principal, require_role(Role.qa, Role.compliance)]
Reporter = Annotated[Principal, require_role(Role.compliance)]
Admin = Annotated[Principal, require_role(Role.admin)]
Eraser = Annotated[Principal, require_role(Role.compliance)]  # erasure requests: compliance and admin

"""Review pages: sign-in, queue, call view, upload, dashboard (server-rendered, zh-CN / en).

Served by the API app (`install(app)` in `api.main`). Signed-in users carry
a signed session cookie (`api.session`); every form post checks a CSRF
token. Templates autoescape everything; evidence highlighting escapes each
piece of text on its own (`pages_data.highlight`). Roles match the API:
everyone reviews, `qa` and `admin` upload, `compliance` and `admin` see the
dashboard. Phone, ID-card and bank-card numbers are masked for `qa`, as in
the API.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2
from fastapi import APIRouter, Depends, FastAPI, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from api import session as web
from api.deps import client_address, get_session, record_auth_failure
from api.drilldown import calls_url
from api.i18n import (
    HTML_LANG,
    LANG_COOKIE,
    label,
    normalize_lang,
    request_lang,
    translator,
)
from api.loaded_pack import PackSwap
from api.principal import Principal
from api.routers import pages_data as data
from api.routers.rules import text_transcript
from api.schemas import FindingDetail, call_detail, call_summary
from qa_pipeline import __version__, jobs
from qa_pipeline.domain.findings import CATEGORIES, SEVERITY_ORDER
from qa_pipeline.domain.review import AppealState, ReviewDecision, ReviewState, needs_reason
from qa_pipeline.domain.transcript import CalleeRelation, parse_metadata
from qa_pipeline.errors import QAInputError, RulePackError, TranscriptError
from qa_pipeline.jobs.intake import EARLIEST_CALL, LATEST_CALL
from qa_pipeline.rulepack.regulations import ClauseStatus, clause_coverage
from qa_pipeline.store import appeals, assignment, users
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import CallStatus, Review, Role, StoredFinding
from qa_pipeline.store.rates import RateDimension, rates
from qa_pipeline.store.scorecards import call_score
from qa_pipeline.store.users import MAX_PASSWORD_CHARS
from qa_pipeline.text.pii import mask_text

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"

UPLOADERS = {Role.qa, Role.admin}
REPORTERS = {Role.compliance, Role.admin}
RELATIONS: tuple[str, ...] = CalleeRelation.__args__  # type: ignore[attr-defined]
PAGE_SIZE = 50
# A queue row shows the call's worst entries (findings merged per fact); the call view shows them all.
QUEUE_ENTRIES_PER_CALL = 5
MAX_ID = 2**63 - 1
DASHBOARD_DAYS = 30
NEXT_STATE = {ReviewDecision.confirm: ReviewState.confirmed, ReviewDecision.dismiss: ReviewState.dismissed,
              ReviewDecision.reopen: ReviewState.open}
MAX_TEXT = 200

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}

env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)), autoescape=True,
                         trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
env.filters["clock"] = data.clock
env.filters["duration"] = data.duration
templates = Jinja2Templates(env=env)

router = APIRouter(include_in_schema=False)


# --- errors that pages answer with HTML ------------------------------------

class LoginRequired(Exception):
    pass


class PageError(Exception):
    def __init__(self, status_code: int, key: str, **values: object) -> None:
        self.status_code = status_code
        self.key = key
        self.values = values
        super().__init__(key)


@dataclass(slots=True)
class Viewer:
    """The signed-in user of a page request."""

    principal: Principal
    csrf: str
    db: Session
    page_session: web.PageSession

    @property
    def role(self) -> Role:
        return self.principal.role

    @property
    def mask(self) -> bool:
        return not self.principal.sees_pii


def viewer(request: Request, db: Annotated[Session, Depends(get_session)]) -> Viewer:
    page_session = web.read_session(request, db)
    principal = web.principal_of(page_session, db) if page_session else None
    if principal is None or page_session is None:
        raise LoginRequired()
    return Viewer(principal, page_session.csrf, db, page_session)


ViewerDep = Annotated[Viewer, Depends(viewer)]


def require(v: Viewer, roles: set[Role]) -> None:
    if v.role not in roles:
        raise PageError(403, "error.403", role=v.role.value)


def check_csrf(request: Request, v: Viewer, token: str | None) -> None:
    if not web.check_csrf(request, v.page_session, token):
        raise PageError(403, "error.csrf")


def object_id(value: str) -> int:
    """A call or finding id from a URL; anything that cannot be one is a 404 page."""
    if not value.isascii() or not value.isdigit() or len(value) > 19 or not 1 <= int(value) <= MAX_ID:
        raise PageError(404, "error.404")
    return int(value)


def safe_next(value: str | None, default: str = "/queue") -> str:
    """A local path to go back to; anything else (other sites, //host, \\host) gives the default."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value \
            or any(ord(c) < 32 for c in value) or len(value) > 2000:
        return default
    return value


# --- rendering -------------------------------------------------------------

def render(request: Request, name: str, context: dict[str, Any], *, v: Viewer | None = None,
           status_code: int = 200, response: Response | None = None) -> HTMLResponse:
    lang = request_lang(request)
    t = translator(lang)
    ctx = {
        "request": request, "t": t, "lang": lang, "html_lang": HTML_LANG[lang],
        "label": lambda kind, value: label(t, kind, value),
        "user": v.principal if v else None, "csrf": v.csrf if v else "",
        "can_upload": bool(v and v.role in UPLOADERS), "can_report": bool(v and v.role in REPORTERS),
        "version": __version__, "path": request.url.path,
        "here": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        **context,
    }
    out = templates.TemplateResponse(request, name, ctx, status_code=status_code)
    out.headers.update(SECURITY_HEADERS)
    if response is not None:  # cookies (and a lockout's Retry-After) set while building the page
        for key, value in response.headers.items():
            if key.lower() in ("set-cookie", "retry-after"):
                out.headers.append(key.lower(), value)
    return out


def _login_redirect(request: Request, _: Exception) -> Response:
    if request.url.path.endswith("/status"):
        return JSONResponse({"detail": "sign in first"}, status_code=401)
    if request.method == "GET":
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    else:  # a form posted after the session ended: come back to the page it was on
        referer = urlsplit(request.headers.get("referer", ""))
        here = safe_next(referer.path + (f"?{referer.query}" if referer.query else "")) \
            if referer.netloc == request.headers.get("host") else "/queue"
    return RedirectResponse("/login?" + urlencode({"next": here}), status_code=303)


def _page_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PageError)
    t = translator(request_lang(request))
    with request.app.state.session_factory() as db:  # keep the signed-in header on error pages
        page_session = web.read_session(request, db)
        principal = web.principal_of(page_session, db) if page_session else None
        v = Viewer(principal, page_session.csrf, db, page_session) if principal and page_session else None
        return render(request, "error.html", {"message": t(exc.key, **exc.values), "status": exc.status_code},
                      v=v, status_code=exc.status_code)


API_PREFIXES = ("/v1/", "/docs", "/redoc", "/openapi.json", "/healthz", "/static/")


def _not_a_page(api_handler: Callable[[Request, Exception], Any]) -> Callable[[Request, Exception], Any]:
    """HTTP errors (404 for an unknown URL, 405...) as an HTML page in the UI language, except under the API."""

    def handle(request: Request, exc: Exception) -> Any:
        assert isinstance(exc, StarletteHTTPException)
        if request.url.path.startswith(API_PREFIXES) or request.url.path == "/v1":
            return api_handler(request, exc)
        key = {404: "error.404", 405: "error.400", 403: "error.403"}.get(exc.status_code, "error.400")
        return _page_error(request, PageError(exc.status_code, key, role=""))

    return handle


def install(app: FastAPI) -> None:
    """Add the pages, their static files and their error handling to the app."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.add_exception_handler(LoginRequired, _login_redirect)
    app.add_exception_handler(PageError, _page_error)
    app.add_exception_handler(StarletteHTTPException, _not_a_page(app.exception_handlers[StarletteHTTPException]))


# --- sign-in ---------------------------------------------------------------

@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/queue", status_code=303)


@router.get("/login")
def login_form(request: Request, next: str | None = None, signed_out: bool = False) -> HTMLResponse:
    carrier = Response()
    token = web.login_csrf(request, carrier)
    return render(request, "login.html", {"login_csrf": token, "next": safe_next(next), "error": None,
                                          "signed_out": signed_out, "user_name": ""}, response=carrier)


def _login_refused(request: Request, target: str, error: str, status_code: int, *, user_name: str = "",
                   retry_after: int = 0) -> Response:
    carrier = Response()
    if retry_after:
        carrier.headers["Retry-After"] = str(retry_after)
    token = web.login_csrf(request, carrier)
    return render(request, "login.html", {"login_csrf": token, "next": target, "error": error, "signed_out": False,
                                          "user_name": user_name}, status_code=status_code, response=carrier)


@router.post("/login")
def login(request: Request, db: Annotated[Session, Depends(get_session)],
          username: Annotated[str, Form(max_length=200)] = "",
          password: Annotated[str, Form(max_length=MAX_PASSWORD_CHARS)] = "",
          api_key: Annotated[str, Form(max_length=500)] = "",
          csrf_token: Annotated[str, Form(max_length=200)] = "",
          next: Annotated[str, Form(max_length=2000)] = "/queue") -> Response:
    """Sign in as a named user (user name and password) or, for machines and admins, with an API key:
    a user name given means the password flow."""
    target = safe_next(next)
    by_password = bool(username.strip())
    if not web.check_login_csrf(request, csrf_token):
        return _login_refused(request, target, "login.bad_csrf", 403, user_name=username)
    locked = request.app.state.auth_throttle.locked_for(client_address(request))
    if locked:
        return _login_refused(request, target, "login.locked", 429, user_name=username, retry_after=locked)
    sign_in: users.SignIn | None = None
    principal: Principal | None
    if by_password:
        settings = request.app.state.settings
        sign_in = users.authenticate_user(db, username, password, log2_n=settings.password_scrypt_log2_n,
                                          max_failures=settings.user_max_failures,
                                          lockout_seconds=settings.user_lockout_seconds)
        signed_in = sign_in.user if sign_in.outcome is users.SignInOutcome.ok else None
        principal = Principal.of_user(signed_in) if signed_in is not None else None
    else:
        key = repo.authenticate_key(db, api_key.strip())
        principal = Principal.of_key(key) if key is not None else None
    if principal is None:
        if sign_in is not None and sign_in.locked_now and sign_in.user is not None:
            repo.audit(db, "user.lockout", "user", sign_in.user.id, actor="anonymous", name=sign_in.user.name,
                       lockout_seconds=sign_in.retry_after)
        record_auth_failure(request, db, "session.login_failed",
                            user_name=username.strip()[:64] if by_password else None)  # commits the count too
        if sign_in is not None and sign_in.outcome is users.SignInOutcome.locked:
            return _login_refused(request, target, "login.user_locked", 429, user_name=username,
                                  retry_after=sign_in.retry_after)
        return _login_refused(request, target, "login.bad_password" if by_password else "login.bad_key", 401,
                              user_name=username)
    request.app.state.auth_throttle.success(client_address(request))
    _audit_session(db, "session.login", principal)
    response = RedirectResponse(target, status_code=303)
    web.start_session(request, response, db, principal)
    db.commit()
    return response


def _audit_session(db: Session, action: str, principal: Principal) -> None:
    """A sign-in or sign-out in the audit log, on the user or the key."""
    if principal.user_id is not None:
        repo.audit(db, action, "user", principal.user_id, actor=principal.name)
    else:
        repo.audit(db, action, "api_key", principal.key_id, actor=principal.name, api_key_id=principal.key_id)


@router.post("/logout")
def logout(request: Request, v: ViewerDep, csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, v, csrf_token)
    response = RedirectResponse("/login?signed_out=1", status_code=303)
    web.end_session(response, v.db, v.page_session)
    _audit_session(v.db, "session.logout", v.principal)
    v.db.commit()
    return response


@router.get("/lang/{code}")
def set_language(code: str, next: str | None = None) -> RedirectResponse:
    response = RedirectResponse(safe_next(next), status_code=303)
    lang = normalize_lang(code)
    if lang:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, path="/", samesite="lax",
                            secure=web.cookie_secure(), httponly=True)
    return response


# --- queue -----------------------------------------------------------------

def _text_param(value: str | None) -> str | None:
    if not value or len(value) > MAX_TEXT or any(ord(c) < 32 for c in value):
        return None
    return value


# Date filters are clamped to the years a call can have (EARLIEST_CALL .. LATEST_CALL), so
# arithmetic on them (a dashboard's span) never leaves the range `date` can hold.
_FIRST_DAY = EARLIEST_CALL.date()
_LAST_DAY = LATEST_CALL.date()


def _date_param(value: str | None) -> date | None:
    try:
        day = date.fromisoformat(value) if value else None
    except ValueError:
        return None
    return min(max(day, _FIRST_DAY), _LAST_DAY) if day is not None else None


def default_timezone(request: Request) -> str:
    try:
        return request.app.state.scanner_factory().pack.settings.default_timezone
    except Exception:
        return "Asia/Shanghai"


def shout_db(request: Request) -> float:
    """The pack's shouting threshold, for marking loud turns on the sound strip."""
    try:
        return float(request.app.state.scanner_factory().pack.settings.acoustic.shout_db)
    except Exception:
        return 8.0


@dataclass(slots=True)
class QueueQuery:
    """The queue's filters, sort and page, read leniently from a query string (bad values are dropped)."""

    chosen: dict[str, str | None]
    state: str
    date_from: date | None
    date_to: date | None
    sort: repo.QueueSort
    page: int
    mine: bool = False              # only the calls assigned to the signed-in reviewer
    reviewer: str | None = None     # who is signed in (what `mine` means)

    @classmethod
    def parse(cls, query: Mapping[str, str], reviewer: str | None = None) -> QueueQuery:
        chosen = {name: _text_param(query.get(name)) for name in ("category", "severity", "agent_id", "rule_id")}
        state = query.get("state") or "open"
        state = state if state in {s.value for s in ReviewState} | {"all"} else "open"
        d_from, d_to = _date_param(query.get("date_from")), _date_param(query.get("date_to"))
        if d_from and d_to and d_from > d_to:
            d_from, d_to = d_to, d_from
        sort_value = query.get("sort") or repo.QueueSort.severity.value
        sort = repo.QueueSort(sort_value) if sort_value in {s.value for s in repo.QueueSort} \
            else repo.QueueSort.severity
        page_value = query.get("page") or "1"
        page = int(page_value) if page_value.isascii() and page_value.isdigit() and len(page_value) < 7 else 1
        return cls(chosen, state, d_from, d_to, sort, max(1, page), mine=query.get("mine") == "1", reviewer=reviewer)

    @property
    def filter(self) -> repo.FindingFilter:
        def one(name: str) -> tuple[str, ...]:
            value = self.chosen[name]
            return (value,) if value else ()

        return repo.FindingFilter(
            category=one("category"), severity=one("severity"), agent_id=one("agent_id"), rule_id=one("rule_id"),
            review_state=() if self.state == "all" else (ReviewState(self.state),),
            date_from=self.date_from, date_to=self.date_to, assigned_to=self.reviewer if self.mine else None)

    def params(self, **changes: object) -> dict[str, str]:
        """The query string of this view (defaults left out), with `changes` applied."""
        values: dict[str, object] = {
            **self.chosen, "state": None if self.state == "open" else self.state,
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "sort": None if self.sort == repo.QueueSort.severity else self.sort.value,
            "page": None if self.page == 1 else self.page, "mine": "1" if self.mine else None, **changes}
        return {k: str(val) for k, val in values.items() if val}

    def url(self, **changes: object) -> str:
        params = self.params(**changes)
        return "/queue" + ("?" + urlencode(params) if params else "")

    def export_url(self, format: Literal["csv", "xlsx"] = "csv") -> str:
        """The findings export (CSV or XLSX) with this view's filters, in the API's parameter names."""
        params = self.params(sort=None, page=None, state=None, mine=None)
        if self.mine and self.reviewer:
            params["assigned_to"] = self.reviewer
        if self.state != "all":
            params["review_state"] = self.state
        return "/v1/reports/findings?" + urlencode({**params, "format": format})


def queue_back(value: str | None) -> str:
    """A queue URL to return to (with its filters); anything else gives the plain queue."""
    target = safe_next(value)
    return target if target == "/queue" or target.startswith("/queue?") else "/queue"


def call_href(call_id: int, back: str, finding_id: int | None = None) -> str:
    return f"/calls/{call_id}?" + urlencode({"back": back}) + (f"#f-{finding_id}" if finding_id else "")


@router.get("/queue")
def queue(request: Request, v: ViewerDep, done: str | None = None, skipped: str | None = None,
          error: str | None = None, assigned: str | None = None) -> HTMLResponse:
    q = QueueQuery.parse(request.query_params, v.principal.name)
    flt = q.filter
    total_calls = repo.count_queue_calls(v.db, flt)
    pages = max(1, -(-total_calls // PAGE_SIZE))
    q.page = min(q.page, pages)
    here = q.url()
    tz = default_timezone(request)
    rows = []
    listed = repo.list_queue(v.db, flt, q.sort, offset=(q.page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    claims = repo.active_claims(v.db, [item.call.id for item in listed])
    back = urlencode({"back": here})  # the same for every link of the page: quoted once
    for item in listed:
        entries = []
        merged = data.merge_entries(item.findings)
        for entry in merged[:QUEUE_ENTRIES_PER_CALL]:
            f = entry.lead
            text = f.text or ""
            shown = mask_text(text) if v.mask else text
            entries.append({"entry": entry, "html": data.highlight(shown, data.evidence_spans(text, f.evidence)),
                            "href": f"/calls/{item.call.id}?{back}#f-{f.id}"})
        claim = claims.get(item.call.id)
        rows.append({"call": item.call, "local": data.local_time(item.call, tz), "entries": entries,
                     "more": len(merged) - len(entries),
                     "call_label": mask_text(item.call.external_id) if v.mask else item.call.external_id,
                     "claimed_by": claim.reviewer if claim and claim.reviewer != v.principal.name else None,
                     "assigned_to": item.call.assigned_to,
                     "worst": item.findings[0].severity, "href": call_href(item.call.id, here)})
    return render(request, "queue.html", {
        "rows": rows, "facets": data.facet_counts(v.db, flt),
        "total": repo.count_findings(v.db, flt), "total_calls": total_calls, "chosen": q.chosen, "state": q.state,
        "date_from": q.date_from.isoformat() if q.date_from else "",
        "date_to": q.date_to.isoformat() if q.date_to else "",
        "sort": q.sort.value, "sort_urls": {s.value: q.url(sort=s.value, page=None) for s in repo.QueueSort},
        "next_url": q.url(page=q.page + 1) if q.page < pages else None,
        "prev_url": q.url(page=q.page - 1) if q.page > 1 else None, "page": q.page, "pages": pages,
        "filtered": bool(q.params(sort=None, page=None)), "back": here, "export_url": q.export_url(),
        "export_xlsx_url": q.export_url("xlsx"),
        "done": _count_param(done), "skipped": _count_param(skipped),
        "error": error if error in {"reason", "none", "reviewer"} else None, "mine": q.mine,
        "reviewers": assignment.reviewer_names(v.db) if v.role in REPORTERS else [],
        "assigned": _count_param(assigned),
    }, v=v)


def _capped_count(db: Session, flt: repo.CallFilter, request: Request) -> str:
    """The number of calls found, counted up to QA_SEARCH_COUNT_MAX ("1000+" past it)."""
    cap = request.app.state.settings.search_count_max
    n = repo.count_calls(db, flt, cap=cap)
    return f"{cap}+" if n > cap else str(n)


def _count_param(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) < 7 else None


def with_params(url: str, **params: object) -> str:
    return url + ("&" if "?" in url else "?") + urlencode(params)


@router.post("/queue/review")
def bulk_review(request: Request, v: ViewerDep,
                decision: Annotated[str, Form(max_length=20)],
                entry: Annotated[list[str] | None, Form(max_length=2000)] = None,
                comment: Annotated[str, Form(max_length=4000)] = "",
                back: Annotated[str, Form(max_length=2000)] = "/queue",
                csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    """Confirm or dismiss the ticked queue entries at once, with one comment (a dismissal needs it)."""
    check_csrf(request, v, csrf_token)
    target = queue_back(back)
    try:
        chosen = ReviewDecision(decision)
    except ValueError:
        raise PageError(400, "error.400") from None
    if chosen == ReviewDecision.reopen:
        raise PageError(400, "error.400")
    comment = comment.replace("\x00", "").strip()
    if needs_reason(chosen) and not comment:
        return RedirectResponse(with_params(target, error="reason"), status_code=303)
    picked = data.parse_picks(entry or [])
    if not picked:
        return RedirectResponse(with_params(target, error="none"), status_code=303)
    skipped = 0
    reviewed: list[tuple[StoredFinding, ReviewState, Review]] = []
    for pick in sorted(picked, key=lambda p: p.finding_id):  # one order for all: two bulk reviews cannot deadlock
        try:
            finding = repo.get_finding(v.db, pick.finding_id, for_update=True)
        except repo.NotFound:
            skipped += 1
            continue
        previous = finding.review_state
        try:
            new = repo.add_review(v.db, finding, chosen, reviewer=v.principal.name,
                                  api_key_id=v.principal.key_id, comment=comment, made_on=pick.version)
        except repo.ReviewConflict:  # decided by someone else since the queue was shown: left as it is
            skipped += 1
            continue
        v.db.flush()
        reviewed.append((finding, previous, new))
    # The audit entries after every finding is locked: the audit chain's lock is never held while
    # waiting for a finding that a single review (which takes the chain last too) holds.
    for finding, previous, new in reviewed:
        repo.audit(v.db, "finding.review", "finding", finding.id, actor=v.principal.name,
                   api_key_id=v.principal.key_id, decision=chosen, previous_state=previous,
                   new_state=finding.review_state, review_id=new.id, via="pages.bulk")
    v.db.commit()
    return RedirectResponse(with_params(target, done=len(reviewed), skipped=skipped), status_code=303)


@router.get("/queue/next")
def queue_next(v: ViewerDep, after: str, back: str | None = None) -> RedirectResponse:
    """The next call in the queue (same filters and sort) after the one being reviewed."""
    target = queue_back(back)
    q = QueueQuery.parse(dict(parse_qsl(urlsplit(target).query)), v.principal.name)
    following = repo.next_in_queue(v.db, q.filter, q.sort, object_id(after))
    if following is None:
        return RedirectResponse(target, status_code=303)
    return RedirectResponse(call_href(following, target), status_code=303)


# --- call list and search --------------------------------------------------------

@router.get("/calls")
def calls_page(request: Request, v: ViewerDep, call_id: str | None = None, agent_id: str | None = None,
               debtor_id: str | None = None, status: str | None = None, category: str | None = None,
               q: str | None = None, date_from: str | None = None, date_to: str | None = None,
               team: str | None = None, rule_id: str | None = None, finding_state: str | None = None,
               cursor: str | None = None) -> HTMLResponse:
    """Every stored call (with findings or without), searched by id, agent, debtor, date, status,
    category and the words said in it."""
    form = {"call_id": _text_param(call_id), "agent_id": _text_param(agent_id), "debtor_id": _text_param(debtor_id),
            "q": _text_param(q.strip() if q else None),
            "status": status if status in {s.value for s in CallStatus} else None,
            "category": category if category in CATEGORIES else None,
            "team": _text_param(team), "rule_id": _text_param(rule_id),
            "finding_state": finding_state if finding_state in {s.value for s in ReviewState} else None}
    d_from, d_to = _date_param(date_from), _date_param(date_to)
    if d_from and d_to and d_from > d_to:
        d_from, d_to = d_to, d_from
    flt = repo.CallFilter(
        status=(CallStatus(form["status"]),) if form["status"] else (),
        agent_id=(form["agent_id"],) if form["agent_id"] else (), external_id=form["call_id"],
        debtor_id=form["debtor_id"], category=(form["category"],) if form["category"] else (),
        text=form["q"], date_from=d_from, date_to=d_to, team=form["team"], rule_id=form["rule_id"],
        finding_state=ReviewState(form["finding_state"]) if form["finding_state"] else None)
    try:
        page = repo.list_calls(v.db, flt, _text_param(cursor), PAGE_SIZE)
    except repo.InvalidCursor:
        page = repo.list_calls(v.db, flt, None, PAGE_SIZE)
    ids = [c.id for c in page.items]
    tallies = repo.finding_tallies(v.db, ids)
    hits = repo.first_utterances_saying(v.db, ids, form["q"] or "")
    tz = default_timezone(request)
    rows = []
    for call in page.items:
        hit = hits.get(call.id)
        hit_html = None
        if hit is not None and form["q"]:
            shown = mask_text(hit.text) if v.mask else hit.text
            spans = data.find_spans(shown, form["q"])
            hit_html = data.highlight(shown, spans)
        href = f"/calls/{call.id}" + (f"#u-{hit.index}" if hit else "")
        rows.append({"call": call, "local": data.local_time(call, tz), "tally": tallies.get(call.id),
                     "call_label": mask_text(call.external_id) if v.mask else call.external_id,
                     "debtor_label": mask_text(call.debtor_id) if v.mask and call.debtor_id else call.debtor_id,
                     "hit": hit, "hit_html": hit_html, "href": href})
    params = {k: val for k, val in {**form, "date_from": d_from.isoformat() if d_from else None,
                                    "date_to": d_to.isoformat() if d_to else None}.items() if val}
    return render(request, "calls.html", {
        "rows": rows, "form": form, "date_from": d_from.isoformat() if d_from else "",
        "date_to": d_to.isoformat() if d_to else "", "total": _capped_count(v.db, flt, request),
        "statuses": [s.value for s in CallStatus], "categories": CATEGORIES,
        "finding_states": [s.value for s in ReviewState],
        "next_url": "/calls?" + urlencode({**params, "cursor": page.next_cursor}) if page.next_cursor else None,
        "first_url": "/calls" + ("?" + urlencode(params) if params else "") if cursor else None,
        "searched": bool(params),
    }, v=v)


# --- call view -------------------------------------------------------------

def format_dt(value: datetime | None, zone: ZoneInfo) -> str:
    if value is None:
        return ""
    local = value.astimezone(zone)
    offset = local.strftime("%z")
    return local.strftime("%Y-%m-%d %H:%M:%S") + f" (UTC{offset[:3]}:{offset[3:]})"


@dataclass(slots=True)
class StaleNotice:
    """A decision refused because the finding changed after the page was opened: both decisions."""

    finding_id: int
    attempted: ReviewDecision
    comment: str
    made_on: int
    current_state: ReviewState
    current_version: int
    latest_reviewer: str | None
    latest_decision: ReviewDecision | None
    latest_comment: str
    latest_at: str


@router.get("/calls/{call_id}")
def call_view(request: Request, v: ViewerDep, call_id: str, saved: str | None = None,
              conflict: str | None = None, reason: str | None = None, back: str | None = None,
              note: str | None = None) -> HTMLResponse:
    return _call_page(request, v, object_id(call_id), saved=saved, conflict=conflict, reason=reason, back=back,
                      note=note if note in NOTES else None)


def _call_page(request: Request, v: Viewer, call_id: int, *, saved: str | None = None, conflict: str | None = None,
               reason: str | None = None, back: str | None = None, stale: StaleNotice | None = None,
               note: str | None = None, status_code: int = 200) -> HTMLResponse:
    try:
        call = repo.get_call(v.db, call_id, full=True)
    except repo.NotFound:
        raise PageError(404, "error.404") from None
    claim = repo.claim_call(v.db, call, v.principal.name, request.app.state.settings.review_claim_minutes)
    v.db.commit()
    detail = call_detail(call, mask=v.mask)
    repo.audit(v.db, "call.view", "call", call.id, actor=v.principal.name, api_key_id=v.principal.key_id,
               via="pages")
    v.db.commit()
    tz_default = default_timezone(request)
    zone = data.callee_zone(call, tz_default)
    try:
        review_zone = ZoneInfo(tz_default)
    except (ZoneInfoNotFoundError, ValueError):
        review_zone = zone
    spans_at: dict[int, list[tuple[int, int]]] = {}
    findings_at: dict[int, list[int]] = {}
    raw_text = {u.index: u.text for u in call.utterances}
    utterance_by_index = {u.index: u for u in call.utterances}
    raw_findings = {f.id: f for f in call.findings}
    window = timedelta(days=request.app.state.settings.appeal_window_days)
    now = datetime.now(UTC)
    findings: list[dict[str, Any]] = []
    for f in detail.findings:
        spans = data.evidence_spans(raw_findings[f.id].text or "", raw_findings[f.id].evidence)
        if f.utterance_index is not None and f.utterance_index in raw_text:
            spans_at.setdefault(f.utterance_index, []).extend(
                data.evidence_spans(raw_text[f.utterance_index], raw_findings[f.id].evidence))
            findings_at.setdefault(f.utterance_index, []).append(f.id)
        evidence = f.evidence if isinstance(f.evidence, dict) else {}
        utterance = utterance_by_index.get(f.utterance_index) if f.utterance_index is not None else None
        findings.append({
            "seek": data.flagged_words_start(utterance, raw_findings[f.id].evidence) if utterance else f.start,
            "references": [r for r in evidence.get("references") or [] if isinstance(r, str)],
            "f": f, "html": data.highlight(f.text or "", spans),
            "matched": [m for m in evidence.get("matched") or [] if isinstance(m, str)],
            "explanation": evidence.get("explanation") if isinstance(evidence.get("explanation"), str) else "",
            "reviews": [{"r": r, "at": format_dt(r.created_at, review_zone)} for r in f.reviews],
            "decisions": [d.value for d in ReviewDecision if NEXT_STATE[d] != f.review_state],
            **_appeal_context(v, raw_findings[f.id], f, window, now, review_zone),
        })
    findings.sort(key=lambda x: (x["f"].start is not None, x["f"].start or 0.0,
                                 -SEVERITY_ORDER.get(x["f"].severity, 0)))
    # Words the recogniser was unsure of: dotted underline, their probability in the title.
    below = request.app.state.settings.asr_low_word_prob
    unsure_at = {u.index: data.unsure_words(u.words, below) for u in call.utterances}
    unsure_title = translator(request_lang(request))("call.low_word", p="{p}")
    utterances = [{
        "u": u, "html": data.highlight(u.text, spans_at.get(u.index, []), unsure_at.get(u.index, ()), unsure_title),
        "findings": findings_at.get(u.index, []),
    } for u in detail.utterances]
    metadata = detail.metadata if isinstance(detail.metadata, dict) else {}
    callee = metadata.get("callee")
    callee = callee if isinstance(callee, dict) else {}
    extra = {k: val for k, val in metadata.items()
             if k not in {"call_id", "started_at", "callee", "agent_id", "utterances", "channels", "script",
                          "expected", "roles_inferred"} and isinstance(val, (str, int, float))}
    last_end = max((u.end for u in call.utterances), default=None)
    markers = [data.TimelineMarker(finding_id=item["f"].id, at=item["seek"], severity=item["f"].severity,
                                   category=item["f"].category,
                                   left=round(100 * min(item["seek"] / last_end, 1.0), 2))
               for item in findings if item["seek"] is not None and last_end]
    card = request.app.state.scanner_factory().pack.scorecard
    rescans = repo.call_rescans(v.db, call.id, limit=1)
    return render(request, "call.html", {
        "rescan": {"d": rescans[0], "at": format_dt(rescans[0].at, review_zone)} if rescans else None,
        "call": detail, "findings": findings, "utterances": utterances,
        "score": call_score(card, call) if card else None, "scorecard": card,
        "started_local": format_dt(call.started_at, zone), "zone": str(zone.key),
        "relation": callee.get("relation") or "debtor", "callee_name": callee.get("name"),
        "extra": extra, "duration": last_end, "markers": markers,
        "audio_url": f"/v1/calls/{call.id}/audio" if call.audio_path else None,
        "strip": data.sound_strip(detail.utterances, detail.acoustics, shout_db(request)),
        "saved": saved, "conflict": conflict, "reason_required": reason, "stale": stale,
        "claim": claim, "claim_until": format_dt(claim.until, review_zone), "note": note,
        "assigned_to": call.assigned_to,
        "reviewers": assignment.reviewer_names(v.db) if v.role in REPORTERS else [],
        "back": queue_back(back), "next_url": "/queue/next?" + urlencode({"after": call.id, "back": queue_back(back)}),
        "busy": call.status in (CallStatus.queued, CallStatus.processing),
    }, v=v, status_code=status_code)


NOTES = {"filed", "ruled", "reason", "window", "refused", "own", "assigned", "reviewer"}


def _appeal_context(v: Viewer, stored: StoredFinding, shown: FindingDetail, window: timedelta, now: datetime,
                    zone: ZoneInfo) -> dict[str, Any]:
    """What a finding card shows and offers about appeals: their history, whether one can be filed
    (and until when), and whether the viewer may rule on the pending one."""
    deadline = appeals.appeal_deadline(stored, window)
    pending = shown.appeals[-1] if shown.appeals and shown.appeals[-1].state == AppealState.pending else None
    overturned = shown.review_state == ReviewState.dismissed and shown.appeal_state == AppealState.overturned
    return {
        "appeals": [{"a": a, "at": format_dt(a.filed_at, zone),
                     "ruled_at": format_dt(a.ruling.ruled_at, zone) if a.ruling else ""} for a in shown.appeals],
        "appeal_until": format_dt(deadline, zone) if deadline and deadline >= now else None,
        "pending_appeal": pending,
        "can_rule": bool(pending and v.role in REPORTERS and pending.filed_by != v.principal.name),
        "shown_state": "dismissed_on_appeal" if overturned else shown.review_state.value,
    }


@router.get("/calls/{call_id}/status")
def call_status(v: ViewerDep, call_id: str) -> JSONResponse:
    try:
        call = repo.get_call(v.db, object_id(call_id))
    except (repo.NotFound, PageError):
        return JSONResponse({"detail": f"call {call_id} not found"}, status_code=404)
    error = mask_text(call.error) if v.mask and call.error else call.error
    return JSONResponse({"id": call.id, "status": call.status.value, "error": error},
                        headers={"Cache-Control": "no-store"})


@router.post("/findings/{finding_id}/review")
def review(request: Request, v: ViewerDep, finding_id: str,
           decision: Annotated[str, Form(max_length=20)],
           comment: Annotated[str, Form(max_length=4000)] = "",
           back: Annotated[str, Form(max_length=2000)] = "/queue",
           version: Annotated[str, Form(max_length=12)] = "",
           csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, v, csrf_token)
    target = queue_back(back)
    made_on = int(version) if version.isascii() and version.isdigit() and len(version) < 10 else None
    try:
        # Locked (PostgreSQL) like the API's path; add_review compares and sets the state as well.
        finding = repo.get_finding(v.db, object_id(finding_id), for_update=True)
    except repo.NotFound:
        raise PageError(404, "error.404") from None
    try:
        chosen = ReviewDecision(decision)
    except ValueError:
        raise PageError(400, "error.400") from None
    comment = comment.replace("\x00", "").strip()  # NUL cannot be stored (PostgreSQL)
    previous = finding.review_state
    try:
        new = repo.add_review(v.db, finding, chosen, reviewer=v.principal.name, api_key_id=v.principal.key_id,
                              comment=comment, made_on=made_on)
    except repo.StaleReview as exc:
        latest = exc.latest
        notice = StaleNotice(
            finding_id=finding.id, attempted=chosen, comment=comment, made_on=exc.made_on,
            current_state=exc.current_state, current_version=exc.current_version,
            latest_reviewer=latest.reviewer if latest else None, latest_decision=latest.decision if latest else None,
            latest_comment=(mask_text(latest.comment) if v.mask else latest.comment) if latest else "",
            latest_at=format_dt(latest.created_at, ZoneInfo(default_timezone(request))) if latest else "")
        call_id_ = finding.call_id
        v.db.rollback()
        return _call_page(request, v, call_id_, back=target, stale=notice, status_code=409)
    except repo.ReviewConflict:
        v.db.rollback()
        return RedirectResponse(call_url(finding.call_id, target, finding.id, conflict=finding.id), status_code=303)
    except repo.ReasonRequired:
        v.db.rollback()
        return RedirectResponse(call_url(finding.call_id, target, finding.id, reason=finding.id), status_code=303)
    v.db.flush()
    repo.audit(v.db, "finding.review", "finding", finding.id, actor=v.principal.name,
               api_key_id=v.principal.key_id, decision=chosen, previous_state=previous,
               new_state=finding.review_state, review_id=new.id, via="pages")
    v.db.commit()
    return RedirectResponse(call_url(finding.call_id, target, finding.id, saved=finding.id), status_code=303)


def call_url(call_id: int, back: str, finding_id: int, **flags: object) -> str:
    return f"/calls/{call_id}?" + urlencode({**flags, "back": back}) + f"#f-{finding_id}"


# --- upload ----------------------------------------------------------------

def _upload_page(request: Request, v: Viewer, *, error: str | None = None, form: dict[str, str] | None = None,
                 status_code: int = 200) -> HTMLResponse:
    return render(request, "upload.html", {
        "error": error, "form": form or {}, "relations": RELATIONS,
        "recent": [call_summary(c, mask=v.mask) for c in data.recent_uploads(v.db)],
        "default_tz": default_timezone(request),
    }, v=v, status_code=status_code)


@router.get("/upload")
def upload_form(request: Request, v: ViewerDep) -> HTMLResponse:
    require(v, UPLOADERS)
    return _upload_page(request, v)


@router.post("/upload")
def upload(request: Request, v: ViewerDep,
           audio: Annotated[UploadFile, File()],
           metadata_file: Annotated[UploadFile | None, File()] = None,
           call_id: Annotated[str, Form(max_length=200)] = "",
           started_at: Annotated[str, Form(max_length=40)] = "",
           agent_id: Annotated[str, Form(max_length=200)] = "",
           relation: Annotated[str, Form(max_length=40)] = "",
           timezone: Annotated[str, Form(max_length=64)] = "",
           csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    require(v, UPLOADERS)
    check_csrf(request, v, csrf_token)
    form = {"call_id": call_id, "started_at": started_at, "agent_id": agent_id, "relation": relation,
            "timezone": timezone}
    t = translator(request_lang(request))
    v.db.rollback()  # the page's connection goes back to the pool: accept_recording opens its own
    try:
        meta = _upload_metadata(request, audio, metadata_file, form)
        accepted = jobs.accept_recording(
            request.app.state.session_factory, request.app.state.settings, audio.file, audio.filename or "",
            meta, default_timezone=default_timezone(request), actor=v.principal.name,
            api_key_id=v.principal.key_id)
    except QAInputError as exc:
        field = exc.field or ""
        message = mask_text(exc.message) if v.mask else exc.message
        return _upload_page(request, v, error=t("upload.error") + upload_error_text(request_lang(request), field,
                                                                                     message),
                            form=form, status_code=400)
    worker = request.app.state.worker
    if accepted.queued and worker is not None:
        worker.submit(accepted.call_id)
    return RedirectResponse(f"/calls/{accepted.call_id}", status_code=303)


UPLOAD_FIELDS = ("audio", "metadata", "started_at", "timezone", "call_id", "agent_id", "callee")


def upload_error_text(lang: str, field: str, message: str) -> str:
    """An upload error in the page's language only: the validator's own (English) words in English;
    in Chinese, which field is wrong, named in Chinese."""
    if lang == "en":
        return f"{field}: {message}" if field else message
    t = translator(lang)
    parts = [p for p in field.split(".") if p]
    name = next((p for p in reversed(parts) if p in UPLOAD_FIELDS), "metadata" if parts else "audio")
    return t("upload.invalid", field=t(f"upload.field.{name}"))


def _upload_metadata(request: Request, audio: UploadFile, metadata_file: UploadFile | None,
                     form: dict[str, str]) -> Any:
    filename = jobs.check_filename(audio.filename)
    data_: dict[str, Any] = {}
    if metadata_file is not None and metadata_file.filename:
        raw = metadata_file.file.read(1_000_001)
        if len(raw) > 1_000_000:
            raise QAInputError("upload", "metadata", "the metadata file is larger than 1 MB")
        try:
            loaded = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise QAInputError("upload", "metadata", f"not valid JSON ({exc})") from None
        except RecursionError:
            raise QAInputError("upload", "metadata", "nested too deep") from None
        if not isinstance(loaded, dict):
            raise QAInputError("upload", "metadata", "expected a JSON object")
        data_ = loaded
    callee = dict(data_.get("callee") or {}) if isinstance(data_.get("callee"), dict) else {}
    if form["relation"]:
        callee["relation"] = form["relation"]
    if form["timezone"].strip():
        callee["timezone"] = form["timezone"].strip()
    if callee:
        data_["callee"] = callee
    if form["call_id"].strip():
        data_["call_id"] = form["call_id"].strip()
    data_.setdefault("call_id", Path(filename).stem)
    if form["agent_id"].strip():
        data_["agent_id"] = form["agent_id"].strip()
    if form["started_at"].strip():
        tz_name = callee.get("timezone") or default_timezone(request)
        try:
            zone = ZoneInfo(str(tz_name))
        except (ZoneInfoNotFoundError, ValueError):
            raise QAInputError("upload", "metadata.callee.timezone", f"unknown IANA timezone {tz_name!r}") from None
        try:
            naive = datetime.fromisoformat(form["started_at"].strip())
        except ValueError:
            raise QAInputError("upload", "metadata.started_at", "not a date and time") from None
        when = naive if naive.tzinfo else naive.replace(tzinfo=zone)
        data_["started_at"] = when.isoformat()
    try:
        meta = parse_metadata(data_, "metadata")
    except TranscriptError as exc:
        field = f"metadata.{exc.field}" if exc.field and exc.field != "(root)" else "metadata"
        raise QAInputError("upload", field, exc.message) from None
    jobs.check_storable(meta.model_dump(), "metadata")
    return meta


# --- rules -------------------------------------------------------------------

@dataclass(slots=True)
class DryRunHit:
    rule_id: str
    title: str
    category: str
    severity: str
    matched: list[str]
    explanation: str
    html: Markup


def _rules_page(request: Request, v: Viewer, *, text: str = "", speaker: str = "agent",
                hits: list[DryRunHit] | None = None, reloaded: PackSwap | None = None,
                reload_error: str | None = None, status_code: int = 200) -> HTMLResponse:
    pack = request.app.state.scanner_factory().pack
    rules = sorted(pack.rules, key=lambda r: (CATEGORIES.index(r.spec.category) if r.spec.category in CATEGORIES
                                              else 99, -SEVERITY_ORDER.get(r.spec.severity, 0), r.id))
    active = {r.id for r in pack.rules if r.spec.status != "deprecated"}
    clauses = clause_coverage(pack.regulations, active) if pack.regulations else []
    return render(request, "rules.html", {
        "pack": pack, "rules": [r.spec for r in rules], "text": text, "speaker": speaker, "hits": hits,
        "example_limit": 3, "clauses": clauses,
        "can_reload": v.role == Role.admin, "reloaded": reloaded, "reload_error": reload_error,
        "clause_counts": {status.value: sum(1 for c in clauses if c.status == status) for status in ClauseStatus},
    }, v=v, status_code=status_code)


@router.get("/rules")
def rules_page(request: Request, v: ViewerDep) -> HTMLResponse:
    """The loaded pack: every rule with its references and examples, and a dry run on pasted text."""
    return _rules_page(request, v)


@router.post("/rules/dry-run")
def rules_dry_run(request: Request, v: ViewerDep, text: Annotated[str, Form(max_length=5000)] = "",
                  speaker: Annotated[str, Form(max_length=20)] = "agent",
                  csrf_token: Annotated[str, Form(max_length=200)] = "") -> HTMLResponse:
    check_csrf(request, v, csrf_token)
    who: Literal["agent", "customer"] = "customer" if speaker == "customer" else "agent"
    text = text.replace("\x00", "").strip()
    if not text:
        return _rules_page(request, v, speaker=who, hits=[], status_code=400)
    scanner = request.app.state.scanner_factory()
    found = scanner.scan(text_transcript(scanner, text, who)).findings
    shown = mask_text(text) if v.mask else text
    hits = []
    for f in sorted(found, key=lambda f: -SEVERITY_ORDER.get(f.severity, 0)):
        evidence = f.evidence.to_json()
        hits.append(DryRunHit(
            rule_id=f.rule_id, title=f.title, category=f.category, severity=f.severity,
            matched=[m for m in evidence.get("matched") or [] if isinstance(m, str)],
            explanation=evidence.get("explanation") or "",
            html=data.highlight(shown, data.evidence_spans(text, evidence)) if f.utterance_index is not None
            else Markup("")))
    return _rules_page(request, v, text=text, speaker=who, hits=hits)


@router.post("/rules/reload")
def rules_reload(request: Request, v: ViewerDep,
                 csrf_token: Annotated[str, Form(max_length=200)] = "") -> HTMLResponse:
    """Load the pack from disk again in this server process (admin); as POST /v1/rules/reload."""
    check_csrf(request, v, csrf_token)
    require(v, {Role.admin})
    try:
        swap = request.app.state.loaded_pack.reload(request.app.state.session_factory, actor=v.principal.name,
                                                    api_key_id=v.principal.key_id, via="pages")
    except RulePackError as exc:
        return _rules_page(request, v, reload_error=str(exc), status_code=422)
    return _rules_page(request, v, reloaded=swap)


# --- dashboard -------------------------------------------------------------

@router.get("/dashboard")
def dashboard(request: Request, v: ViewerDep, date_from: str | None = None,
              date_to: str | None = None) -> HTMLResponse:
    require(v, REPORTERS)
    d_from, d_to = _date_param(date_from), _date_param(date_to)
    span = timedelta(days=DASHBOARD_DAYS - 1)
    if d_from is None and d_to is None:
        d_from, d_to = data.default_range(v.db, DASHBOARD_DAYS)
    elif d_to is None and d_from is not None:
        d_to = d_from + span
    elif d_from is None and d_to is not None:
        d_from = d_to - span
    assert d_from is not None and d_to is not None
    if d_from > d_to:
        d_from, d_to = d_to, d_from
    d_from = max(d_from, d_to - timedelta(days=366))  # one bar per day: at most a year
    flt = repo.FindingFilter(date_from=d_from, date_to=d_to)
    summary = repo.summary(v.db, flt)
    chart = data.day_chart(data.per_day_by_category(v.db, flt), d_from, d_to, CATEGORIES)
    by_category = {c.key: c for c in summary["category"]}
    tz = default_timezone(request)
    backlog = data.backlog(v.db)
    try:
        titles = {r.id: r.spec.title for r in request.app.state.scanner_factory().pack.rules}
    except Exception:
        titles = {}
    return render(request, "dashboard.html", {
        "chart": chart, "date_from": d_from.isoformat(), "date_to": d_to.isoformat(),
        "top_agents": data.top_by_confirmed(summary["agent"]), "top_rules": data.top_by_confirmed(summary["rule"]),
        "by_category": [by_category[c] for c in chart.categories if c in by_category],
        "total": sum(c.total for c in summary["category"]), "backlog": backlog, "rule_titles": titles,
        "oldest_open": format_dt(backlog.oldest_open, ZoneInfo(tz)) if backlog.oldest_open else None,
        "rates": {by.value: rates(v.db, by, d_from, d_to) for by in RateDimension},
        "rate_url": lambda by, key, confirmed=False: calls_url(RateDimension(by), key, d_from, d_to,
                                                               confirmed=confirmed),
        "day_url": lambda day: calls_url(RateDimension.day, day.isoformat(), d_from, d_to),
    }, v=v)

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
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2
from fastapi import APIRouter, Depends, FastAPI, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from api import session as web
from api.deps import get_session
from api.i18n import (
    HTML_LANG,
    LANG_COOKIE,
    label,
    normalize_lang,
    request_lang,
    translator,
)
from api.principal import Principal
from api.routers import pages_data as data
from api.schemas import call_detail
from qa_pipeline import __version__, jobs
from qa_pipeline.domain.findings import CATEGORIES, SEVERITY_ORDER
from qa_pipeline.domain.review import ReviewDecision, ReviewState
from qa_pipeline.domain.transcript import CalleeRelation, parse_metadata
from qa_pipeline.errors import QAInputError, TranscriptError
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import CallStatus, Role
from qa_pipeline.text.pii import mask_text

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"

UPLOADERS = {Role.qa, Role.admin}
REPORTERS = {Role.compliance, Role.admin}
RELATIONS: tuple[str, ...] = CalleeRelation.__args__  # type: ignore[attr-defined]
PAGE_SIZE = 50
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

    @property
    def role(self) -> Role:
        return self.principal.role

    @property
    def mask(self) -> bool:
        return not self.principal.sees_pii


def viewer(request: Request, db: Annotated[Session, Depends(get_session)]) -> Viewer:
    page_session = web.read_session(request)
    principal = web.session_principal(request, db) if page_session else None
    if principal is None or page_session is None:
        raise LoginRequired()
    return Viewer(principal, page_session.csrf, db)


ViewerDep = Annotated[Viewer, Depends(viewer)]


def require(v: Viewer, roles: set[Role]) -> None:
    if v.role not in roles:
        raise PageError(403, "error.403", role=v.role.value)


def check_csrf(request: Request, v: Viewer, token: str | None) -> None:
    if not web.check_csrf(request, web.PageSession(v.principal.key_id, v.csrf), token):
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
    if response is not None:  # cookies set while building the page
        for key, value in response.headers.items():
            if key.lower() == "set-cookie":
                out.headers.append("set-cookie", value)
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
        page_session = web.read_session(request)
        principal = web.session_principal(request, db) if page_session else None
        v = Viewer(principal, page_session.csrf, db) if principal and page_session else None
        return render(request, "error.html", {"message": t(exc.key, **exc.values), "status": exc.status_code},
                      v=v, status_code=exc.status_code)


def install(app: FastAPI) -> None:
    """Add the pages, their static files and their error handling to the app."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.add_exception_handler(LoginRequired, _login_redirect)
    app.add_exception_handler(PageError, _page_error)


# --- sign-in ---------------------------------------------------------------

@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/queue", status_code=303)


@router.get("/login")
def login_form(request: Request, next: str | None = None, signed_out: bool = False) -> HTMLResponse:
    carrier = Response()
    token = web.login_csrf(request, carrier)
    return render(request, "login.html", {"login_csrf": token, "next": safe_next(next), "error": None,
                                          "signed_out": signed_out}, response=carrier)


@router.post("/login")
def login(request: Request, db: Annotated[Session, Depends(get_session)],
          api_key: Annotated[str, Form(max_length=500)] = "",
          csrf_token: Annotated[str, Form(max_length=200)] = "",
          next: Annotated[str, Form(max_length=2000)] = "/queue") -> Response:
    target = safe_next(next)
    if not web.check_login_csrf(request, csrf_token):
        carrier = Response()
        token = web.login_csrf(request, carrier)
        return render(request, "login.html", {"login_csrf": token, "next": target, "error": "login.bad_csrf",
                                              "signed_out": False}, status_code=403, response=carrier)
    key = repo.authenticate_key(db, api_key.strip())
    if key is None:
        carrier = Response()
        token = web.login_csrf(request, carrier)
        return render(request, "login.html", {"login_csrf": token, "next": target, "error": "login.bad_key",
                                              "signed_out": False}, status_code=401, response=carrier)
    repo.audit(db, "session.login", "api_key", key.id, actor=key.name, api_key_id=key.id)
    db.commit()
    response = RedirectResponse(target, status_code=303)
    web.start_session(request, response, key.id)
    return response


@router.post("/logout")
def logout(request: Request, v: ViewerDep, csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, v, csrf_token)
    response = RedirectResponse("/login?signed_out=1", status_code=303)
    web.end_session(response)
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


def _date_param(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def default_timezone(request: Request) -> str:
    try:
        return request.app.state.scanner_factory().pack.settings.default_timezone
    except Exception:
        return "Asia/Shanghai"


@router.get("/queue")
def queue(request: Request, v: ViewerDep, category: str | None = None, severity: str | None = None,
          agent_id: str | None = None, rule_id: str | None = None, state: str | None = None,
          date_from: str | None = None, date_to: str | None = None, cursor: str | None = None) -> HTMLResponse:
    chosen = {"category": _text_param(category), "severity": _text_param(severity),
              "agent_id": _text_param(agent_id), "rule_id": _text_param(rule_id)}
    state_value = state if state in {s.value for s in ReviewState} | {"all"} else "open"
    d_from, d_to = _date_param(date_from), _date_param(date_to)
    if d_from and d_to and d_from > d_to:
        d_from, d_to = d_to, d_from
    def one(name: str) -> tuple[str, ...]:
        value = chosen[name]
        return (value,) if value else ()

    flt = repo.FindingFilter(
        category=one("category"), severity=one("severity"), agent_id=one("agent_id"), rule_id=one("rule_id"),
        review_state=() if state_value == "all" else (ReviewState(state_value),),
        date_from=d_from, date_to=d_to)
    try:
        page = repo.list_findings(v.db, flt, _text_param(cursor), PAGE_SIZE)
    except repo.InvalidCursor:
        page = repo.list_findings(v.db, flt, None, PAGE_SIZE)
    calls = data.calls_by_id(v.db, [f.call_id for f in page.items])
    tz = default_timezone(request)
    rows = []
    for f in page.items:
        call = calls[f.call_id]
        text = f.text or ""
        shown = mask_text(text) if v.mask else text
        rows.append({
            "finding": f, "call": call, "local": data.local_time(call, tz),
            "html": data.highlight(shown, data.evidence_spans(text, f.evidence)),
            "href": f"/calls/{call.id}#f-{f.id}",
        })
    params = {k: val for k, val in {**chosen, "state": None if state_value == "open" else state_value,
                                    "date_from": d_from.isoformat() if d_from else None,
                                    "date_to": d_to.isoformat() if d_to else None}.items() if val}
    next_url = "/queue?" + urlencode({**params, "cursor": page.next_cursor}) if page.next_cursor else None
    first_url = "/queue" + ("?" + urlencode(params) if params else "") if cursor else None
    return render(request, "queue.html", {
        "rows": rows, "facets": data.facet_counts(v.db, flt),
        "total": data.count_findings(v.db, flt), "chosen": chosen, "state": state_value,
        "date_from": d_from.isoformat() if d_from else "", "date_to": d_to.isoformat() if d_to else "",
        "next_url": next_url, "first_url": first_url, "filtered": bool(params),
    }, v=v)


# --- call view -------------------------------------------------------------

def _format_dt(value: datetime | None, zone: ZoneInfo) -> str:
    if value is None:
        return ""
    local = value.astimezone(zone)
    offset = local.strftime("%z")
    return local.strftime("%Y-%m-%d %H:%M:%S") + f" (UTC{offset[:3]}:{offset[3:]})"


@router.get("/calls/{call_id}")
def call_view(request: Request, v: ViewerDep, call_id: str, saved: str | None = None,
              conflict: str | None = None) -> HTMLResponse:
    try:
        call = repo.get_call(v.db, object_id(call_id), full=True)
    except repo.NotFound:
        raise PageError(404, "error.404") from None
    detail = call_detail(call, mask=v.mask)
    tz_default = default_timezone(request)
    zone = data.callee_zone(call, tz_default)
    try:
        review_zone = ZoneInfo(tz_default)
    except (ZoneInfoNotFoundError, ValueError):
        review_zone = zone
    spans_at: dict[int, list[tuple[int, int]]] = {}
    findings_at: dict[int, list[int]] = {}
    raw_text = {u.index: u.text for u in call.utterances}
    raw_findings = {f.id: f for f in call.findings}
    findings: list[dict[str, Any]] = []
    for f in detail.findings:
        spans = data.evidence_spans(raw_findings[f.id].text or "", raw_findings[f.id].evidence)
        if f.utterance_index is not None and f.utterance_index in raw_text:
            spans_at.setdefault(f.utterance_index, []).extend(
                data.evidence_spans(raw_text[f.utterance_index], raw_findings[f.id].evidence))
            findings_at.setdefault(f.utterance_index, []).append(f.id)
        evidence = f.evidence if isinstance(f.evidence, dict) else {}
        findings.append({
            "f": f, "html": data.highlight(f.text or "", spans),
            "matched": [m for m in evidence.get("matched") or [] if isinstance(m, str)],
            "explanation": evidence.get("explanation") if isinstance(evidence.get("explanation"), str) else "",
            "reviews": [{"r": r, "at": _format_dt(r.created_at, review_zone)} for r in f.reviews],
            "decisions": [d.value for d in ReviewDecision if NEXT_STATE[d] != f.review_state],
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
    return render(request, "call.html", {
        "call": detail, "findings": findings, "utterances": utterances,
        "started_local": _format_dt(call.started_at, zone), "zone": str(zone.key),
        "relation": callee.get("relation") or "debtor", "callee_name": callee.get("name"),
        "extra": extra, "duration": last_end,
        "audio_url": f"/v1/calls/{call.id}/audio" if call.audio_path else None,
        "saved": saved, "conflict": conflict,
        "busy": call.status in (CallStatus.queued, CallStatus.processing),
    }, v=v)


@router.get("/calls/{call_id}/status")
def call_status(v: ViewerDep, call_id: str) -> JSONResponse:
    try:
        call = repo.get_call(v.db, object_id(call_id))
    except (repo.NotFound, PageError):
        return JSONResponse({"detail": f"call {call_id} not found"}, status_code=404)
    return JSONResponse({"id": call.id, "status": call.status.value, "error": call.error},
                        headers={"Cache-Control": "no-store"})


@router.post("/findings/{finding_id}/review")
def review(request: Request, v: ViewerDep, finding_id: str,
           decision: Annotated[str, Form(max_length=20)],
           comment: Annotated[str, Form(max_length=4000)] = "",
           csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, v, csrf_token)
    try:
        finding = repo.get_finding(v.db, object_id(finding_id))
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
                              comment=comment)
    except repo.ReviewConflict:
        v.db.rollback()
        return RedirectResponse(f"/calls/{finding.call_id}?conflict={finding.id}#f-{finding.id}", status_code=303)
    v.db.flush()
    repo.audit(v.db, "finding.review", "finding", finding.id, actor=v.principal.name,
               api_key_id=v.principal.key_id, decision=chosen, previous_state=previous,
               new_state=finding.review_state, review_id=new.id, via="pages")
    v.db.commit()
    return RedirectResponse(f"/calls/{finding.call_id}?saved={finding.id}#f-{finding.id}", status_code=303)


# --- upload ----------------------------------------------------------------

def _upload_page(request: Request, v: Viewer, *, error: str | None = None, form: dict[str, str] | None = None,
                 status_code: int = 200) -> HTMLResponse:
    return render(request, "upload.html", {
        "error": error, "form": form or {}, "relations": RELATIONS,
        "recent": data.recent_uploads(v.db), "default_tz": default_timezone(request),
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
    try:
        meta = _upload_metadata(request, audio, metadata_file, form)
        accepted = jobs.accept_recording(
            request.app.state.session_factory, request.app.state.settings, audio.file, audio.filename or "",
            meta, default_timezone=default_timezone(request), actor=v.principal.name,
            api_key_id=v.principal.key_id)
    except QAInputError as exc:
        field = exc.field or ""
        return _upload_page(request, v, error=f"{t('upload.error')}{field + ': ' if field else ''}{exc.message}",
                            form=form, status_code=400)
    worker = request.app.state.worker
    if accepted.queued and worker is not None:
        worker.submit(accepted.call_id)
    return RedirectResponse(f"/calls/{accepted.call_id}", status_code=303)


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
    jobs.check_storable(meta.model_dump(mode="json"), "metadata")
    return meta


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
        "oldest_open": _format_dt(backlog.oldest_open, ZoneInfo(tz)) if backlog.oldest_open else None,
    }, v=v)

"""Review pages for a team: appeals (申诉) and their rulings, the appeals list, assigning calls.

Routes beside those of `api.routers.pages`, with its viewer, CSRF check and rendering; the work
itself is `qa_pipeline.store.appeals` and `qa_pipeline.store.assignment`, as in the API.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.routers import pages_data as data
from api.routers.pages import (
    REPORTERS,
    PageError,
    ViewerDep,
    call_url,
    check_csrf,
    default_timezone,
    format_dt,
    object_id,
    queue_back,
    render,
    require,
    with_params,
)
from api.schemas import appeal_out
from qa_pipeline.domain.review import AppealOutcome, AppealState
from qa_pipeline.store import appeals, assignment
from qa_pipeline.store import repository as repo

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form(max_length=4000)]
Back = Annotated[str, Form(max_length=2000)]
Csrf = Annotated[str, Form(max_length=200)]


def _clean(text: str) -> str:
    return text.replace("\x00", "").strip()  # NUL cannot be stored (PostgreSQL)


# --- appeals -----------------------------------------------------------------

@router.post("/findings/{finding_id}/appeal")
def file_appeal(request: Request, v: ViewerDep, finding_id: str, reason: Text = "", back: Back = "/queue",
                csrf_token: Csrf = "") -> Response:
    """An appeal against a confirmed finding, from its card on the call page."""
    check_csrf(request, v, csrf_token)
    target = queue_back(back)
    try:
        finding = repo.get_finding(v.db, object_id(finding_id), for_update=True)
    except repo.NotFound:
        raise PageError(404, "error.404") from None
    call_id = finding.call_id
    note = "filed"
    try:
        appeals.file_appeal(v.db, finding, filed_by=v.principal.name, api_key_id=v.principal.key_id,
                            reason=_clean(reason), window=timedelta(days=request.app.state.settings.appeal_window_days))
        v.db.commit()
    except repo.ReasonRequired:
        note = "reason"
    except appeals.AppealWindowClosed:
        note = "window"
    except appeals.AppealRefused:
        note = "refused"
    if note != "filed":
        v.db.rollback()
    return RedirectResponse(call_url(call_id, target, finding.id, note=note), status_code=303)


@router.post("/appeals/{appeal_id}/ruling")
def rule_on_appeal(request: Request, v: ViewerDep, appeal_id: str, outcome: Annotated[str, Form(max_length=20)],
                   comment: Text = "", back: Back = "/appeals", csrf_token: Csrf = "") -> Response:
    """A compliance officer's final ruling, from the finding card or the appeals list."""
    check_csrf(request, v, csrf_token)
    require(v, REPORTERS)
    try:
        appeal = appeals.get_appeal(v.db, object_id(appeal_id))
        chosen = AppealOutcome(outcome)
    except repo.NotFound:
        raise PageError(404, "error.404") from None
    except ValueError:
        raise PageError(400, "error.400") from None
    finding_id, call_id = appeal.finding_id, appeal.finding.call_id
    note = "ruled"
    try:
        appeals.rule_on_appeal(v.db, appeal, chosen, ruled_by=v.principal.name, api_key_id=v.principal.key_id,
                               comment=_clean(comment))
        v.db.commit()
    except repo.ReasonRequired:
        note = "reason"
    except appeals.OwnAppeal:
        note = "own"
    except (appeals.AppealRefused, repo.ReviewConflict):
        note = "refused"
    if note != "ruled":
        v.db.rollback()
    return RedirectResponse(call_url(call_id, queue_back(back), finding_id, note=note), status_code=303)


@router.get("/appeals")
def appeals_page(request: Request, v: ViewerDep, state: str | None = None, cursor: str | None = None) -> HTMLResponse:
    """Appeals for compliance officers, pending first by default; each links to its finding."""
    require(v, REPORTERS)
    known = {s.value for s in AppealState}
    shown = state if state == "all" or state in known else AppealState.pending.value
    wanted = AppealState(shown) if shown in known else None
    try:
        page = appeals.list_appeals(v.db, wanted, cursor, limit=50)
    except repo.InvalidCursor:
        page = appeals.list_appeals(v.db, wanted, None, limit=50)
    zone = ZoneInfo(default_timezone(request))
    rows = [{"a": appeal_out(a, mask=v.mask), "finding": a.finding, "at": format_dt(a.filed_at, zone),
             "ruled_at": format_dt(a.ruling.ruled_at, zone) if a.ruling else "",
             "href": call_url(a.finding.call_id, "/queue", a.finding_id)} for a in page.items]
    return render(request, "appeals.html", {
        "rows": rows, "state": shown,
        "state_urls": {s: "/appeals?" + urlencode({"state": s}) for s in [*(x.value for x in AppealState), "all"]},
        "next_url": "/appeals?" + urlencode({"state": shown, "cursor": page.next_cursor}) if page.next_cursor else None,
    }, v=v)


# --- assignment -------------------------------------------------------------------

def _reviewer(value: str) -> str | None:
    """The reviewer picked in a form; "" unassigns."""
    return _clean(value) or None


@router.post("/queue/assign")
def assign_from_queue(request: Request, v: ViewerDep, reviewer: Annotated[str, Form(max_length=200)] = "",
                      entry: Annotated[list[str] | None, Form(max_length=2000)] = None, back: Back = "/queue",
                      csrf_token: Csrf = "") -> Response:
    """Assign the calls of the ticked queue entries to one reviewer (or unassign them)."""
    check_csrf(request, v, csrf_token)
    require(v, REPORTERS)
    target = queue_back(back)
    call_ids = repo.calls_of_findings(v.db, [p.finding_id for p in data.parse_picks(entry or [])])
    if not call_ids:
        return RedirectResponse(with_params(target, error="none"), status_code=303)
    try:
        changed = assignment.assign_calls(v.db, call_ids[:request.app.state.settings.assign_max_calls],
                                          _reviewer(reviewer), actor=v.principal.name,
                                          api_key_id=v.principal.key_id, via="pages")
    except assignment.UnknownReviewer:
        v.db.rollback()
        return RedirectResponse(with_params(target, error="reviewer"), status_code=303)
    v.db.commit()
    return RedirectResponse(with_params(target, assigned=len(changed)), status_code=303)


@router.post("/queue/round-robin")
def round_robin_from_queue(request: Request, v: ViewerDep,
                           reviewers: Annotated[list[str] | None, Form(max_length=200)] = None,
                           back: Back = "/queue", csrf_token: Csrf = "") -> Response:
    """Deal the unassigned calls with open findings to the ticked reviewers in turn."""
    check_csrf(request, v, csrf_token)
    require(v, REPORTERS)
    target = queue_back(back)
    try:
        dealt = assignment.round_robin(v.db, reviewers or [], actor=v.principal.name, api_key_id=v.principal.key_id,
                                       limit=request.app.state.settings.assign_max_calls, via="pages")
    except assignment.UnknownReviewer:
        v.db.rollback()
        return RedirectResponse(with_params(target, error="reviewer"), status_code=303)
    v.db.commit()
    return RedirectResponse(with_params(target, assigned=sum(len(ids) for ids in dealt.values())), status_code=303)


@router.post("/calls/{call_id}/assign")
def assign_call(request: Request, v: ViewerDep, call_id: str, reviewer: Annotated[str, Form(max_length=200)] = "",
                back: Back = "/queue", csrf_token: Csrf = "") -> Response:
    """Assign the call on the page to a reviewer (or unassign it)."""
    check_csrf(request, v, csrf_token)
    require(v, REPORTERS)
    ident = object_id(call_id)
    target = queue_back(back)
    try:
        assignment.assign_calls(v.db, [ident], _reviewer(reviewer), actor=v.principal.name,
                                api_key_id=v.principal.key_id, via="pages")
    except repo.NotFound:
        raise PageError(404, "error.404") from None
    except assignment.UnknownReviewer:
        v.db.rollback()
        return RedirectResponse(f"/calls/{ident}?" + urlencode({"note": "reviewer", "back": target}), status_code=303)
    v.db.commit()
    return RedirectResponse(f"/calls/{ident}?" + urlencode({"note": "assigned", "back": target}), status_code=303)

"""Review pages of the QA programme: the agents' scorecard report and sampling plans (server-rendered,
zh-CN / en, like `api.routers.pages`, whose sign-in, rendering and errors they use)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from api.errors import FieldError
from api.i18n import request_lang, translator
from api.routers import pages_data as data
from api.routers.pages import (
    REPORTERS,
    PageError,
    Viewer,
    ViewerDep,
    _date_param,
    _text_param,
    check_csrf,
    default_timezone,
    object_id,
    render,
    require,
)
from api.routers.programme import create_plan
from api.schemas import SamplePlanIn
from qa_pipeline.domain.findings import CATEGORIES
from qa_pipeline.domain.sampling import SampleCriteria, SampleKind, SampleOutcome
from qa_pipeline.errors import first_validation_problem
from qa_pipeline.store import repository as repo
from qa_pipeline.store import sampling
from qa_pipeline.store.scorecards import Period, agent_scores
from qa_pipeline.text.pii import mask_text

router = APIRouter(include_in_schema=False)

SCORE_DAYS = 30


# --- scorecard report --------------------------------------------------------

@router.get("/scores")
def scores_page(request: Request, v: ViewerDep, date_from: str | None = None, date_to: str | None = None,
                period: str | None = None) -> HTMLResponse:
    """Each agent's mean scorecard score per period, with the scorecard's items."""
    require(v, REPORTERS)
    card = request.app.state.scanner_factory().pack.scorecard
    d_to = _date_param(date_to) or data.default_range(v.db, SCORE_DAYS)[1]
    d_from = _date_param(date_from) or d_to - timedelta(days=SCORE_DAYS - 1)
    if d_from > d_to:
        d_from, d_to = d_to, d_from
    d_from = max(d_from, d_to - timedelta(days=request.app.state.settings.report_max_days - 1))
    chosen = Period(period) if period in {p.value for p in Period} else Period.week
    rows = agent_scores(v.db, card, d_from, d_to, chosen) if card else []
    return render(request, "scores.html", {
        "card": card, "rows": rows, "date_from": d_from.isoformat(), "date_to": d_to.isoformat(),
        "period": chosen.value, "periods": [p.value for p in Period],
        "calls_url": lambda agent, start: _agent_calls_url(agent, start, chosen, d_from, d_to),
    }, v=v)


def _agent_calls_url(agent: str | None, start: date, period: Period, d_from: date, d_to: date) -> str:
    end = {Period.day: start, Period.week: start + timedelta(days=6),
           Period.month: (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)}[period]
    params = {"date_from": max(start, d_from).isoformat(), "date_to": min(end, d_to).isoformat(), "status": "done"}
    if agent:
        params["agent_id"] = agent
    return "/calls?" + urlencode(params)


# --- sampling plans ------------------------------------------------------------

def _plans_page(request: Request, v: Viewer, *, form: dict[str, str] | None = None, error: str | None = None,
                status_code: int = 200) -> HTMLResponse:
    plans = sampling.list_plans(v.db)
    return render(request, "samples.html", {
        "plans": [{"plan": p, "progress": sampling.progress(p)} for p in plans], "form": form or {},
        "kinds": [k.value for k in SampleKind], "categories": CATEGORIES, "error": error,
    }, v=v, status_code=status_code)


@router.get("/samples")
def samples_page(request: Request, v: ViewerDep) -> HTMLResponse:
    return _plans_page(request, v)


@router.post("/samples")
def create_sample(request: Request, v: ViewerDep,
                  name: Annotated[str, Form(max_length=200)] = "",
                  kind: Annotated[str, Form(max_length=20)] = "",
                  size: Annotated[str, Form(max_length=9)] = "",
                  seed: Annotated[str, Form(max_length=19)] = "",
                  agent_id: Annotated[str, Form(max_length=200)] = "",
                  category: Annotated[str, Form(max_length=50)] = "",
                  date_from: Annotated[str, Form(max_length=10)] = "",
                  date_to: Annotated[str, Form(max_length=10)] = "",
                  clean_only: Annotated[str, Form(max_length=5)] = "",
                  csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, v, csrf_token)
    form = {"name": name, "kind": kind, "size": size, "seed": seed, "agent_id": agent_id, "category": category,
            "date_from": date_from, "date_to": date_to, "clean_only": clean_only}
    try:
        body = SamplePlanIn.model_validate({
            "name": name.strip(), "kind": kind, "size": size.strip() or None, "seed": seed.strip() or None,
            "criteria": SampleCriteria.model_validate({
                "agent_id": agent_id.strip() or None, "category": category or None,
                "date_from": date_from or None, "date_to": date_to or None, "clean_only": bool(clean_only)})})
        plan = create_plan(v.db, request.app.state.settings, body, v.principal.name, v.principal.key_id)
    except (ValidationError, FieldError) as exc:
        v.db.rollback()
        field, message = first_validation_problem(exc, whole="form", unknown_field="is not a known field") \
            if isinstance(exc, ValidationError) else (exc.field or "form", exc.message)
        t = translator(request_lang(request))
        return _plans_page(request, v, form=form, error=t("sample.error", field=field, message=message),
                           status_code=400)
    v.db.commit()
    return RedirectResponse(f"/samples/{plan.id}", status_code=303)


@router.get("/samples/{plan_id}")
def sample_page(request: Request, v: ViewerDep, plan_id: str, saved: str | None = None,
                error: str | None = None) -> HTMLResponse:
    try:
        plan = sampling.get_plan(v.db, object_id(plan_id))
    except repo.NotFound:
        raise PageError(404, "error.404") from None
    tz = default_timezone(request)
    rows = []
    for s in plan.calls:
        latest = sampling.latest_verdict(s)
        rows.append({"s": s, "latest": latest, "local": data.local_time(s.call, tz),
                     "call_label": mask_text(s.call.external_id) if v.mask else s.call.external_id,
                     "notes": [mask_text(r.note) if v.mask else r.note for r in s.reviews]})
    done = sampling.progress(plan)
    return render(request, "sample.html", {
        "plan": plan, "rows": rows, "progress": done, "interval": done.clean_miss_rate.interval,
        "outcomes": [o.value for o in SampleOutcome], "categories": CATEGORIES,
        "saved": saved is not None, "error": _text_param(error),
    }, v=v)


@router.post("/samples/{plan_id}/calls/{call_id}/verdict")
def sample_verdict(request: Request, v: ViewerDep, plan_id: str, call_id: str,
                   outcome: Annotated[str, Form(max_length=20)] = "",
                   category: Annotated[str, Form(max_length=50)] = "",
                   note: Annotated[str, Form(max_length=4000)] = "",
                   csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, v, csrf_token)
    try:
        plan = sampling.get_plan(v.db, object_id(plan_id))
        chosen = SampleOutcome(outcome)
        sampling.add_verdict(v.db, plan, object_id(call_id), chosen, reviewer=v.principal.name,
                             api_key_id=v.principal.key_id, category=category or None,
                             note=note.replace("\x00", "").strip())
    except repo.NotFound:
        raise PageError(404, "error.404") from None
    except ValueError as exc:  # an unknown outcome, or a SampleError naming its field
        v.db.rollback()
        field, message = (exc.field, exc.message) if isinstance(exc, sampling.SampleError) else ("outcome", str(exc))
        error = translator(request_lang(request))("sample.error", field=field, message=message)
        return RedirectResponse(f"/samples/{plan.id}?" + urlencode({"error": error[:200]}) + f"#c-{call_id}",
                                status_code=303)
    repo.audit(v.db, "sample.review", "sampling_plan", plan.id, actor=v.principal.name,
               api_key_id=v.principal.key_id, call_id=call_id, outcome=chosen, via="pages")
    v.db.commit()
    return RedirectResponse(f"/samples/{plan.id}?saved=1#c-{call_id}", status_code=303)

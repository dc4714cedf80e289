"""The QA programme's API: scorecard scores, rates per 100 calls and sampling plans."""

from __future__ import annotations

import secrets
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Request, status
from sqlalchemy.orm import Session

from api.deps import Reader, Reporter, Reviewer, SessionDep, SettingsDep
from api.drilldown import calls_url
from api.errors import FieldError
from api.routers.calls import CallId
from api.routers.findings import MAX_ID, Text
from api.schemas import (
    AgentScoreOut,
    CallScoreOut,
    IntervalOut,
    MissRateOut,
    RateOut,
    RateReport,
    SampledCallOut,
    SamplePlanDetail,
    SamplePlanIn,
    SamplePlanOut,
    SampleVerdictIn,
    SampleVerdictOut,
    ScoreItemOut,
    ScoreReport,
    error_responses,
)
from qa_pipeline.config import Settings
from qa_pipeline.jobs.intake import EARLIEST_CALL, LATEST_CALL
from qa_pipeline.rulepack.scorecard import CallScore, Scorecard
from qa_pipeline.store import repository as repo
from qa_pipeline.store import sampling
from qa_pipeline.store.models import SamplingPlan
from qa_pipeline.store.rates import RateDimension, rates
from qa_pipeline.store.scorecards import Period, agent_scores, call_score
from qa_pipeline.text.pii import mask_text

router = APIRouter(tags=["qa programme"], responses=error_responses(401, 403, 422))

PlanId = Annotated[int, Path(ge=1, le=MAX_ID, description="The sampling plan's id.")]
DEFAULT_REPORT_DAYS = 30


def loaded_scorecard(request: Request) -> Scorecard:
    """The loaded pack's scorecard; 404 naming the file when the pack has none."""
    pack = request.app.state.scanner_factory().pack
    if pack.scorecard is None:
        raise FieldError(status.HTTP_404_NOT_FOUND, "scorecard",
                         f"the rule pack {pack.name} has no scorecard ({pack.root}/scorecard.yaml)")
    return pack.scorecard


def report_range(settings: Settings, date_from: date | None, date_to: date | None) -> tuple[date, date]:
    """The dates a report covers: the last 30 days to `date_to` (today) by default, at most
    QA_REPORT_MAX_DAYS; a reversed or too long range is a 422 naming the field."""
    first, last = EARLIEST_CALL.date(), LATEST_CALL.date()  # the days a call can have: date arithmetic stays in range
    end = min(max(date_to or date.today(), first), last)
    start = min(max(date_from, first), last) if date_from else end - timedelta(days=DEFAULT_REPORT_DAYS - 1)
    if start > end:
        raise FieldError(422, "date_from", "is after date_to")
    if (end - start).days + 1 > settings.report_max_days:
        raise FieldError(422, "date_from", f"the range is {(end - start).days + 1} days, over the limit of "
                                           f"{settings.report_max_days} (QA_REPORT_MAX_DAYS)")
    return start, end


def score_out(call_id: int, card: Scorecard, scored: CallScore) -> CallScoreOut:
    return CallScoreOut(call_id=call_id, scorecard=card.name, score=scored.score, provisional=scored.provisional,
                        fatal=scored.fatal,
                        items=[ScoreItemOut(id=r.item.id, title=r.item.title, weight=r.item.weight,
                                            fatal=r.item.fatal, confirmed=r.confirmed, open=r.open)
                               for r in scored.items])


@router.get("/v1/scorecard", response_model=Scorecard, responses=error_responses(404))
def get_scorecard(request: Request, key: Reader) -> Scorecard:
    """The loaded pack's scorecard: its items, their weights, which are fatal, and the rules or categories
    each covers (`scorecard.yaml` in the pack)."""
    return loaded_scorecard(request)


@router.get("/v1/calls/{call_id}/score", response_model=CallScoreOut, responses=error_responses(404))
def get_call_score(request: Request, call_id: CallId, session: SessionDep, key: Reader) -> CallScoreOut:
    """The call's scorecard score: from confirmed findings, and provisional (open findings counted too)."""
    card = loaded_scorecard(request)
    return score_out(call_id, card, call_score(card, repo.get_call(session, call_id, full=True)))


@router.get("/v1/reports/scores", response_model=ScoreReport, responses=error_responses(404))
def score_report(request: Request, session: SessionDep, settings: SettingsDep, key: Reporter,
                 date_from: date | None = None, date_to: date | None = None, period: Period = Period.week,
                 agent_id: Text | None = None) -> ScoreReport:
    """Each agent's mean scorecard score per day, week or month over the processed calls (the callee's
    local dates; default the last 30 days), with the number of calls scored and of fatal calls."""
    card = loaded_scorecard(request)
    start, end = report_range(settings, date_from, date_to)
    rows = agent_scores(session, card, start, end, period, agent_id)
    return ScoreReport(scorecard=card.name, period=period.value, date_from=start, date_to=end, agents=[
        AgentScoreOut(agent_id=r.agent_id, period_start=r.period_start, calls=r.calls, mean_score=round(r.mean, 2),
                      mean_provisional=round(r.mean_provisional, 2), fatal_calls=r.fatal_calls) for r in rows])


@router.get("/v1/reports/rates", response_model=RateReport)
def rate_report(session: SessionDep, settings: SettingsDep, key: Reporter, by: RateDimension = RateDimension.agent,
                date_from: date | None = None, date_to: date | None = None) -> RateReport:
    """Findings (all, and confirmed) per 100 processed calls by agent, team, rule or day (default the last
    30 days). Each row links to the review pages' call list filtered to it (`calls_url`)."""
    start, end = report_range(settings, date_from, date_to)
    return RateReport(by=by.value, date_from=start, date_to=end, rows=[
        RateOut(key=r.key, calls=r.calls, findings=r.findings, confirmed=r.confirmed, per_100_calls=r.per_100,
                confirmed_per_100_calls=r.confirmed_per_100, calls_url=calls_url(by, r.key, start, end))
        for r in rates(session, by, start, end)])


# --- sampling plans ------------------------------------------------------------

def plan_out(plan: SamplingPlan) -> SamplePlanOut:
    done = sampling.progress(plan)
    interval = done.clean_miss_rate.interval
    return SamplePlanOut(
        id=plan.id, name=plan.name, kind=plan.kind, size=plan.size, seed=plan.seed, criteria=plan.criteria,
        created_by=plan.created_by, created_at=plan.created_at, sampled=done.sampled, reviewed=done.reviewed,
        clean_sampled=done.clean_sampled, misses=done.misses,
        clean_miss_rate=MissRateOut(misses=done.clean_miss_rate.misses, reviewed=done.clean_miss_rate.reviewed,
                                    rate=done.clean_miss_rate.rate,
                                    interval_95=IntervalOut(low=interval.low, high=interval.high) if interval
                                    else None))


def plan_detail(plan: SamplingPlan, *, mask: bool) -> SamplePlanDetail:
    return SamplePlanDetail(**plan_out(plan).model_dump(), calls=[
        SampledCallOut(call_id=s.call_id, external_id=mask_text(s.call.external_id) if mask else s.call.external_id,
                       agent_id=s.call.agent_id, clean=s.clean,
                       verdicts=[SampleVerdictOut(id=v.id, reviewer=v.reviewer, outcome=v.outcome,
                                                  category=v.category, note=mask_text(v.note) if mask else v.note,
                                                  created_at=v.created_at) for v in s.reviews])
        for s in plan.calls])


def create_plan(session: Session, settings: Settings, body: SamplePlanIn, actor: str,
                api_key_id: int | None) -> SamplingPlan:
    """Draw and store a plan (shared by the API and the pages); 422 naming the field when it cannot be."""
    if body.size > settings.sample_max_calls:
        raise FieldError(422, "size", f"{body.size} calls, over the limit of {settings.sample_max_calls} "
                                      "(QA_SAMPLE_MAX_CALLS)")
    try:
        plan = sampling.create_plan(session, name=body.name, kind=body.kind, criteria=body.criteria, size=body.size,
                                    seed=body.seed if body.seed is not None else secrets.randbelow(2**31),
                                    created_by=actor)
    except sampling.SampleError as exc:
        raise FieldError(422, exc.field, exc.message) from None
    repo.audit(session, "sample.create", "sampling_plan", plan.id, actor=actor, api_key_id=api_key_id,
               kind=plan.kind, size=plan.size, seed=plan.seed, drawn=len(plan.calls))
    return plan


@router.post("/v1/samples", status_code=status.HTTP_201_CREATED, response_model=SamplePlanDetail)
def post_sample(body: SamplePlanIn, session: SessionDep, settings: SettingsDep, key: Reviewer) -> SamplePlanDetail:
    """Draw a sample of processed calls for reviewers: `random` (from every call, in a date range if given)
    or `rule_based` (by agent, dates, category, or `clean_only`: calls with no findings). The draw is seeded
    (`seed`, random if left out): the same seed over the same calls draws the same sample."""
    plan = create_plan(session, settings, body, key.name, key.key_id)
    session.commit()
    return plan_detail(sampling.get_plan(session, plan.id), mask=not key.sees_pii)


@router.get("/v1/samples", response_model=list[SamplePlanOut])
def list_samples(session: SessionDep, key: Reader) -> list[SamplePlanOut]:
    """The newest 100 sampling plans with their progress and the estimated miss rate on clean calls."""
    return [plan_out(p) for p in sampling.list_plans(session)]


@router.get("/v1/samples/{plan_id}", response_model=SamplePlanDetail, responses=error_responses(404))
def get_sample(plan_id: PlanId, session: SessionDep, key: Reader) -> SamplePlanDetail:
    """A plan with its calls and every verdict on them (the latest counts)."""
    return plan_detail(sampling.get_plan(session, plan_id), mask=not key.sees_pii)


@router.post("/v1/samples/{plan_id}/calls/{call_id}/verdicts", status_code=status.HTTP_201_CREATED,
             response_model=SampleVerdictOut, responses=error_responses(404))
def post_verdict(plan_id: PlanId, call_id: CallId, body: SampleVerdictIn, session: SessionDep,
                 key: Reviewer) -> SampleVerdictOut:
    """A reviewer's verdict on a sampled call: `no_miss`, or `missed_violation` with its `category` and a
    note. Verdicts are append-only; the latest one on a call counts."""
    plan = sampling.get_plan(session, plan_id)
    try:
        verdict = sampling.add_verdict(session, plan, call_id, body.outcome, reviewer=key.name,
                                       api_key_id=key.key_id, category=body.category, note=body.note)
    except sampling.SampleError as exc:
        raise FieldError(422, exc.field, exc.message) from None
    repo.audit(session, "sample.review", "sampling_plan", plan.id, actor=key.name, api_key_id=key.key_id,
               call_id=call_id, outcome=body.outcome, verdict_id=verdict.id)
    session.commit()
    return SampleVerdictOut(id=verdict.id, reviewer=verdict.reviewer, outcome=verdict.outcome,
                            category=verdict.category, note=mask_text(verdict.note) if not key.sees_pii
                            else verdict.note, created_at=verdict.created_at)

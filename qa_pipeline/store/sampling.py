"""Sampling plans: draw calls (seeded, so the same seed over the same calls draws the same sample),
record reviewers' verdicts on them (append-only; the latest verdict on a call counts), and measure the
miss rate on the clean calls drawn."""

from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qa_pipeline.domain.findings import CATEGORIES
from qa_pipeline.domain.sampling import MissRate, SampleCriteria, SampleKind, SampleOutcome
from qa_pipeline.store.models import CallStatus, SampledCall, SampleReview, SamplingPlan, StoredFinding
from qa_pipeline.store.repository import CallFilter, NotFound, call_ids


class SampleError(ValueError):
    """A plan or a verdict that cannot be stored; `field` names what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def _call_filter(criteria: SampleCriteria) -> CallFilter:
    return CallFilter(status=(CallStatus.done,), agent_id=(criteria.agent_id,) if criteria.agent_id else (),
                      category=(criteria.category,) if criteria.category else (), clean=criteria.clean_only,
                      date_from=criteria.date_from, date_to=criteria.date_to)


def draw(session: Session, criteria: SampleCriteria, size: int, seed: int) -> list[int]:
    """`size` call ids (or all, if fewer match) drawn from the matching calls in id order with `seed`."""
    candidates = call_ids(session, _call_filter(criteria))
    return random.Random(seed).sample(candidates, min(size, len(candidates)))


def create_plan(session: Session, *, name: str, kind: SampleKind, criteria: SampleCriteria, size: int,
                seed: int, created_by: str) -> SamplingPlan:
    if kind == SampleKind.random and criteria.narrowed:
        raise SampleError("kind", "a random plan draws from every processed call (a date range at most); "
                                  "use rule_based to choose by agent, category or clean calls")
    if kind == SampleKind.rule_based and not (criteria.narrowed or criteria.date_from or criteria.date_to):
        raise SampleError("criteria", "a rule-based plan needs an agent, a date range, a category or clean_only")
    ids = draw(session, criteria, size, seed)
    with_findings = set(session.scalars(select(StoredFinding.call_id).where(StoredFinding.call_id.in_(ids))))
    plan = SamplingPlan(name=name, kind=kind, criteria=criteria.model_dump(mode="json"), size=size, seed=seed,
                        created_by=created_by)
    plan.calls = [SampledCall(call_id=call_id, position=i, clean=call_id not in with_findings)
                  for i, call_id in enumerate(ids)]
    session.add(plan)
    session.flush()
    return plan


def list_plans(session: Session, limit: int = 100) -> list[SamplingPlan]:
    return list(session.scalars(select(SamplingPlan).order_by(SamplingPlan.id.desc()).limit(limit)
                                .options(selectinload(SamplingPlan.calls).selectinload(SampledCall.reviews))))


def get_plan(session: Session, plan_id: int) -> SamplingPlan:
    plan = session.get(SamplingPlan, plan_id, options=[
        selectinload(SamplingPlan.calls).selectinload(SampledCall.reviews),
        selectinload(SamplingPlan.calls).selectinload(SampledCall.call)])
    if plan is None:
        raise NotFound("sampling plan", plan_id)
    return plan


def add_verdict(session: Session, plan: SamplingPlan, call_id: int, outcome: SampleOutcome, *, reviewer: str,
                api_key_id: int | None = None, category: str | None = None, note: str = "") -> SampleReview:
    """A reviewer's verdict on a sampled call; a missed violation names its category."""
    sampled = next((s for s in plan.calls if s.call_id == call_id), None)
    if sampled is None:
        raise NotFound("sampled call", call_id)
    if outcome == SampleOutcome.missed_violation and category not in CATEGORIES:
        raise SampleError("category", "a missed violation needs its category, one of " + ", ".join(CATEGORIES))
    if outcome == SampleOutcome.no_miss and category:
        raise SampleError("category", "a call with no miss has no category")
    review = SampleReview(sampled=sampled, reviewer=reviewer, api_key_id=api_key_id, outcome=outcome,
                          category=category or None, note=note)
    session.add(review)
    session.flush()
    return review


def latest_verdict(sampled: SampledCall) -> SampleReview | None:
    return sampled.reviews[-1] if sampled.reviews else None


@dataclass(frozen=True, slots=True)
class PlanProgress:
    sampled: int
    reviewed: int
    clean_sampled: int
    misses: int          # missed violations found, on any sampled call
    clean_miss_rate: MissRate


def progress(plan: SamplingPlan) -> PlanProgress:
    verdicts = [(s, latest_verdict(s)) for s in plan.calls]
    clean = [(s, v) for s, v in verdicts if s.clean]
    clean_reviewed = [v for _, v in clean if v is not None]
    return PlanProgress(
        sampled=len(verdicts), reviewed=sum(v is not None for _, v in verdicts), clean_sampled=len(clean),
        misses=sum(v is not None and v.outcome == SampleOutcome.missed_violation for _, v in verdicts),
        clean_miss_rate=MissRate(misses=sum(v.outcome == SampleOutcome.missed_violation for v in clean_reviewed),
                                 reviewed=len(clean_reviewed)))

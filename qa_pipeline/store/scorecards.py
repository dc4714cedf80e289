"""Scorecard scores from stored findings: per call, and per agent per period (the pack's `scorecard.yaml`)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_pipeline.rulepack.scorecard import CallScore, Scorecard, ScoredFinding
from qa_pipeline.store.models import Call, CallStatus, StoredFinding


class Period(enum.StrEnum):
    day = "day"
    week = "week"    # Monday to Sunday
    month = "month"


def period_start(day: date, period: Period) -> date:
    if period == Period.week:
        return day - timedelta(days=day.weekday())
    if period == Period.month:
        return day.replace(day=1)
    return day


def call_score(card: Scorecard, call: Call) -> CallScore:
    return card.score(call.findings)


@dataclass(slots=True)
class AgentPeriodScore:
    agent_id: str | None
    period_start: date
    calls: int = 0              # processed calls scored
    score_total: float = 0.0
    provisional_total: float = 0.0
    fatal_calls: int = 0

    @property
    def mean(self) -> float:
        return self.score_total / self.calls if self.calls else 0.0

    @property
    def mean_provisional(self) -> float:
        return self.provisional_total / self.calls if self.calls else 0.0


def agent_scores(session: Session, card: Scorecard, date_from: date, date_to: date, period: Period,
                 agent_id: str | None = None) -> list[AgentPeriodScore]:
    """Each agent's mean score per period over the processed calls of [date_from, date_to] (the callee's
    local dates); a call without findings scores 100. Ordered by period, then lowest mean first."""
    in_range = [Call.status == CallStatus.done, Call.call_date >= date_from, Call.call_date <= date_to]
    if agent_id is not None:
        in_range.append(Call.agent_id == agent_id)
    calls = session.execute(select(Call.id, Call.agent_id, Call.call_date).where(*in_range)).all()
    findings: dict[int, list[ScoredFinding]] = {}
    rows = session.execute(select(StoredFinding.call_id, StoredFinding.rule_id, StoredFinding.category,
                                  StoredFinding.review_state).join(Call, Call.id == StoredFinding.call_id)
                           .where(*in_range))
    for row in rows:
        findings.setdefault(row.call_id, []).append(row)
    out: dict[tuple[str | None, date], AgentPeriodScore] = {}
    for call_id, agent, day in calls:
        start = period_start(day, period)
        entry = out.setdefault((agent, start), AgentPeriodScore(agent_id=agent, period_start=start))
        scored = card.score(findings.get(call_id, []))
        entry.calls += 1
        entry.score_total += scored.score
        entry.provisional_total += scored.provisional
        entry.fatal_calls += scored.fatal
    return sorted(out.values(), key=lambda s: (s.period_start, s.mean, s.agent_id or ""))

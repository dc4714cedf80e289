"""Findings per 100 processed calls, by agent, team, rule or day (the callee's local date)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from qa_pipeline.domain.review import ReviewState
from qa_pipeline.store.models import Call, CallStatus, StoredFinding


class RateDimension(enum.StrEnum):
    agent = "agent"
    team = "team"
    rule = "rule"
    day = "day"


@dataclass(frozen=True, slots=True)
class RateRow:
    key: str | None  # None: calls without an agent (or team)
    calls: int       # processed calls in the slice (for rules: all processed calls of the range)
    findings: int
    confirmed: int

    @property
    def per_100(self) -> float:
        return round(100 * self.findings / self.calls, 2) if self.calls else 0.0

    @property
    def confirmed_per_100(self) -> float:
        return round(100 * self.confirmed / self.calls, 2) if self.calls else 0.0


_CALL_KEY: dict[RateDimension, Any] = {RateDimension.agent: Call.agent_id, RateDimension.team: Call.team,
                                       RateDimension.day: Call.call_date}
_FINDING_KEY: dict[RateDimension, Any] = {RateDimension.agent: Call.agent_id, RateDimension.team: Call.team,
                                          RateDimension.day: Call.call_date, RateDimension.rule: StoredFinding.rule_id}


def _key(value: object) -> str | None:
    return value.isoformat() if isinstance(value, date) else (None if value is None else str(value))


def rates(session: Session, by: RateDimension, date_from: date, date_to: date) -> list[RateRow]:
    """One row per agent, team, rule or day: processed calls, findings and confirmed findings, with rates
    per 100 calls; the highest rate first (days in date order)."""
    in_range = [Call.status == CallStatus.done, Call.call_date >= date_from, Call.call_date <= date_to]
    if by == RateDimension.rule:
        total = session.scalar(select(func.count()).select_from(Call).where(*in_range)) or 0
        calls: dict[str | None, int] = {}
    else:
        column = _CALL_KEY[by]
        calls = {_key(k): n for k, n in session.execute(select(column, func.count()).where(*in_range)
                                                         .group_by(column))}
    column = _FINDING_KEY[by]
    confirmed = func.sum(case((StoredFinding.review_state == ReviewState.confirmed, 1), else_=0))
    found = {_key(k): (n, int(c or 0)) for k, n, c in session.execute(
        select(column, func.count(), confirmed).select_from(StoredFinding)
        .join(Call, Call.id == StoredFinding.call_id).where(*in_range).group_by(column))}
    keys = set(found) if by == RateDimension.rule else set(calls) | set(found)
    rows = [RateRow(key=k, calls=total if by == RateDimension.rule else calls.get(k, 0),
                    findings=found.get(k, (0, 0))[0], confirmed=found.get(k, (0, 0))[1]) for k in keys]
    if by == RateDimension.day:
        return sorted(rows, key=lambda r: r.key or "")
    return sorted(rows, key=lambda r: (-r.per_100, -r.confirmed_per_100, r.key is None, r.key or ""))

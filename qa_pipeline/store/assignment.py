"""Calls assigned to reviewers: by hand (a compliance officer picks a reviewer for calls from the
queue) or round-robin over the calls with open findings. Reviewers are named as reviews name them:
by their API key's name. Every change is written to the audit log (`call.assign`).

Functions take a Session and leave committing to the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Exists

from qa_pipeline.domain.review import ReviewState
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import ApiKey, Call, StoredFinding, utcnow


class UnknownReviewer(ValueError):
    """A reviewer name that is not an active API key."""

    field = "reviewer"


def reviewer_names(session: Session) -> list[str]:
    """Everyone who may be assigned calls: the names of the active keys (every role reviews)."""
    return list(session.scalars(select(ApiKey.name).where(ApiKey.revoked_at.is_(None)).order_by(ApiKey.name)))


def check_reviewers(session: Session, names: Sequence[str]) -> list[str]:
    """`names` without duplicates, in order; UnknownReviewer names the first that is no active key."""
    wanted = list(dict.fromkeys(n.strip() for n in names))
    if not wanted or not all(wanted):
        raise UnknownReviewer("reviewer: give at least one reviewer name (an API key's name)")
    known = set(session.scalars(select(ApiKey.name).where(ApiKey.name.in_(wanted), ApiKey.revoked_at.is_(None))))
    for name in wanted:
        if name not in known:
            raise UnknownReviewer(f"reviewer: {name!r} is not the name of an active API key")
    return wanted


@dataclass(frozen=True, slots=True)
class Assigned:
    call_id: int
    reviewer: str | None
    previous: str | None


def assign_calls(session: Session, call_ids: Sequence[int], reviewer: str | None, *, actor: str,
                 api_key_id: int | None = None, via: str = "api") -> list[Assigned]:
    """Assign the calls to `reviewer` (None: unassign them). Unknown call ids raise NotFound.

    Calls already assigned to that reviewer are left as they are (and not audited again).
    """
    if reviewer is not None:
        reviewer = check_reviewers(session, [reviewer])[0]
    ids = list(dict.fromkeys(call_ids))
    calls = {c.id: c for c in session.scalars(select(Call).where(Call.id.in_(ids)))}
    missing = [i for i in ids if i not in calls]
    if missing:
        raise repo.NotFound("call", missing[0])
    now = utcnow()
    changed: list[Assigned] = []
    for call_id in ids:
        call = calls[call_id]
        if call.assigned_to == reviewer:
            continue
        changed.append(Assigned(call_id=call.id, reviewer=reviewer, previous=call.assigned_to))
        repo.audit(session, "call.assign", "call", call.id, actor=actor, api_key_id=api_key_id,
                   reviewer=reviewer, previous=call.assigned_to, via=via)
        call.assigned_to = reviewer
        call.assigned_at = now if reviewer is not None else None
    return changed


def _has_open_findings() -> Exists:
    return exists().where(StoredFinding.call_id == Call.id, StoredFinding.review_state == ReviewState.open)


def round_robin(session: Session, reviewers: Sequence[str], *, actor: str, api_key_id: int | None = None,
                limit: int, reassign: bool = False, via: str = "api") -> dict[str, list[int]]:
    """Deal the calls with open findings out to `reviewers` in turn, worst open finding first.

    Only unassigned calls, unless `reassign`; at most `limit` calls in one run. Returns the
    call ids each reviewer got.
    """
    names = check_reviewers(session, reviewers)
    worst = (select(func.max(repo.SEVERITY_RANK)).where(StoredFinding.call_id == Call.id,
                                                         StoredFinding.review_state == ReviewState.open)
             .correlate(Call).scalar_subquery())
    stmt = select(Call.id).where(_has_open_findings())
    if not reassign:
        stmt = stmt.where(Call.assigned_to.is_(None))
    ids = list(session.scalars(stmt.order_by(worst.desc(), Call.started_at.desc(), Call.id.desc()).limit(limit)))
    dealt: dict[str, list[int]] = {name: [] for name in names}
    for turn, call_id in enumerate(ids):
        dealt[names[turn % len(names)]].append(call_id)
    for name, call_ids in dealt.items():
        assign_calls(session, call_ids, name, actor=actor, api_key_id=api_key_id, via=via)
    return dealt

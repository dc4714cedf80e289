"""Assigning calls to reviewers: chosen calls to one reviewer, or round-robin over the open ones."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import Reporter, SessionDep, SettingsDep
from api.errors import FieldError
from api.schemas import AssignIn, AssignmentOut, AssignOut, RoundRobinIn, RoundRobinOut, error_responses
from qa_pipeline.store import assignment

router = APIRouter(prefix="/v1/assignments", tags=["assignments"], responses=error_responses(401, 403, 404, 422))


@router.post("", response_model=AssignOut)
def assign(body: AssignIn, session: SessionDep, key: Reporter, settings: SettingsDep) -> AssignOut:
    """Assign calls to a reviewer (an API key's name), or unassign them with `reviewer: null`.

    Every change is written to the audit log (`call.assign`, with the previous reviewer).
    """
    if len(body.call_ids) > settings.assign_max_calls:
        raise FieldError(422, "call_ids", f"at most {settings.assign_max_calls} calls at once (QA_ASSIGN_MAX_CALLS)")
    changed = assignment.assign_calls(session, body.call_ids, body.reviewer, actor=key.name, api_key_id=key.key_id)
    session.commit()
    return AssignOut(changed=[AssignmentOut(call_id=c.call_id, reviewer=c.reviewer, previous=c.previous)
                              for c in changed])


@router.post("/round-robin", response_model=RoundRobinOut)
def round_robin(body: RoundRobinIn, session: SessionDep, key: Reporter, settings: SettingsDep) -> RoundRobinOut:
    """Deal the calls with open findings (unassigned ones, unless `reassign`) to the reviewers in
    turn, worst open finding first."""
    limit = min(body.limit or settings.assign_max_calls, settings.assign_max_calls)
    dealt = assignment.round_robin(session, body.reviewers, actor=key.name, api_key_id=key.key_id, limit=limit,
                                   reassign=body.reassign)
    session.commit()
    return RoundRobinOut(assigned=dealt)

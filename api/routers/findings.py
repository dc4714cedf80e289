from __future__ import annotations

from datetime import date
from typing import Annotated, get_args

from fastapi import APIRouter, Depends, Path, Query

from api.deps import Reader, SessionDep
from api.errors import FieldError
from api.schemas import (
    FindingDetail,
    FindingPage,
    error_responses,
    finding_detail,
    finding_out,
)
from qa_pipeline.domain.findings import Category, Severity
from qa_pipeline.domain.review import ReviewState
from qa_pipeline.store import repository as repo

router = APIRouter(prefix="/v1/findings", tags=["findings"], responses=error_responses(401, 403, 422))

MAX_ID = 2**63 - 1
FindingId = Annotated[int, Path(ge=1, le=MAX_ID, description="The finding's id.")]
Text = Annotated[str, Query(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]*$")]
CategoryName = Annotated[str, Query(pattern="^(" + "|".join(get_args(Category)) + ")$")]


def finding_filter(
    category: Annotated[list[CategoryName] | None, Query(description="One or more categories.")] = None,
    severity: Annotated[list[Severity] | None, Query(description="One or more severities.")] = None,
    review_state: Annotated[list[ReviewState] | None, Query(description="open, confirmed, dismissed.")] = None,
    agent_id: Annotated[list[Text] | None, Query(description="One or more agents.")] = None,
    rule_id: Annotated[list[Text] | None, Query(description="One or more rule ids.")] = None,
    call_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    needs_listening: Annotated[bool | None, Query(
        description="true: only findings that need listening before they count; false: only the others.")] = None,
    date_from: Annotated[date | None, Query(description="First local call date, inclusive.")] = None,
    date_to: Annotated[date | None, Query(description="Last local call date, inclusive.")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]*$",
                                   description="Findings whose flagged text contains this text.")] = None,
    assigned_to: Annotated[Text | None, Query(description="Findings of calls assigned to this reviewer.")] = None,
) -> repo.FindingFilter:
    if date_from and date_to and date_from > date_to:
        raise FieldError(422, "date_to", f"date_to {date_to} is before date_from {date_from}")
    return repo.FindingFilter(category=category or (), severity=severity or (), review_state=review_state or (),
                              agent_id=agent_id or (), rule_id=rule_id or (), call_id=call_id,
                              needs_listening=needs_listening, date_from=date_from, date_to=date_to,
                              text=q.strip() or None if q else None, assigned_to=assigned_to)


FindingFilterDep = Annotated[repo.FindingFilter, Depends(finding_filter)]


@router.get("", response_model=FindingPage)
def list_findings(
    session: SessionDep,
    key: Reader,
    flt: FindingFilterDep,
    cursor: Annotated[str | None, Query(max_length=100, description="`next_cursor` of the previous page.")] = None,
    limit: Annotated[int, Query(ge=1, le=repo.MAX_PAGE)] = 50,
) -> FindingPage:
    """Findings, newest first, filtered; repeat a filter to match any of several values."""
    page = repo.list_findings(session, flt, cursor, limit)
    mask = not key.sees_pii
    return FindingPage(items=[finding_out(f, mask=mask) for f in page.items], next_cursor=page.next_cursor)


@router.get("/{finding_id}", response_model=FindingDetail, responses=error_responses(404))
def get_finding(finding_id: FindingId, session: SessionDep, key: Reader) -> FindingDetail:
    """A finding with its review history."""
    return finding_detail(repo.get_finding(session, finding_id), mask=not key.sees_pii)

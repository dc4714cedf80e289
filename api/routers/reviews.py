from __future__ import annotations

from fastapi import APIRouter, status

from api.deps import Reader, Reviewer, SessionDep
from api.routers.findings import FindingId
from api.schemas import (
    ReviewCreated,
    ReviewIn,
    ReviewOut,
    error_responses,
    finding_detail,
    review_out,
)
from qa_pipeline.store import repository as repo

router = APIRouter(prefix="/v1/findings/{finding_id}/reviews", tags=["reviews"],
                   responses=error_responses(401, 403, 404, 422))


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ReviewCreated,
             responses=error_responses(409))
def add_review(finding_id: FindingId, body: ReviewIn, session: SessionDep, key: Reviewer) -> ReviewCreated:
    """Confirm, dismiss or reopen a finding. Reviews are append-only: each is kept as history."""
    finding = repo.get_finding(session, finding_id, for_update=True)  # two reviewers at once: one waits
    previous = finding.review_state
    review = repo.add_review(session, finding, body.decision, reviewer=key.name, api_key_id=key.key_id,
                             comment=body.comment)
    session.flush()
    repo.audit(session, "finding.review", "finding", finding.id, actor=key.name, api_key_id=key.key_id,
               decision=body.decision, previous_state=previous, new_state=finding.review_state,
               review_id=review.id)
    session.commit()
    session.refresh(finding, ["reviews"])
    mask = not key.sees_pii
    return ReviewCreated(review=review_out(review, mask=mask), finding=finding_detail(finding, mask=mask))


@router.get("", response_model=list[ReviewOut])
def list_reviews(finding_id: FindingId, session: SessionDep, key: Reader) -> list[ReviewOut]:
    """A finding's reviews, oldest first."""
    return [review_out(r, mask=not key.sees_pii) for r in repo.get_finding(session, finding_id).reviews]

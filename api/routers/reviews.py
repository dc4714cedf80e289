from __future__ import annotations

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse, Response

from api.deps import Reader, Reviewer, SessionDep
from api.routers.findings import FindingId
from api.schemas import (
    AttemptedDecision,
    ReviewCreated,
    ReviewIn,
    ReviewOut,
    ReviewRefused,
    StoredDecision,
    error_responses,
    finding_detail,
    review_out,
)
from qa_pipeline.store import repository as repo

router = APIRouter(prefix="/v1/findings/{finding_id}/reviews", tags=["reviews"],
                   responses=error_responses(401, 403, 404, 422))


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ReviewCreated,
             responses={**error_responses(409), 409: {"model": ReviewRefused, "description": (
                 "The decision does not apply to the current state, or (with `version`) the finding changed "
                 "since that version: both decisions are returned.")}})
def add_review(finding_id: FindingId, body: ReviewIn, session: SessionDep, key: Reviewer) -> Response:
    """Confirm, dismiss or reopen a finding. Reviews are append-only: each is kept as history.

    Send the finding's `version` as it was shown to the reviewer: a decision on an older version is
    refused (409) with the stored decision, instead of silently overwriting it. A dismissal needs a
    reason (`comment`).
    """
    finding = repo.get_finding(session, finding_id, for_update=True)  # two reviewers at once: one waits
    previous = finding.review_state
    mask = not key.sees_pii
    try:
        review = repo.add_review(session, finding, body.decision, reviewer=key.name, api_key_id=key.key_id,
                                 comment=body.comment, made_on=body.version)
    except repo.StaleReview as exc:
        session.rollback()
        refused = ReviewRefused(
            detail=str(exc), field="version",
            attempted=AttemptedDecision(decision=body.decision, comment=body.comment, version=exc.made_on),
            current=StoredDecision(version=exc.current_version, review_state=exc.current_state,
                                   review=review_out(exc.latest, mask=mask) if exc.latest else None))
        return JSONResponse(refused.model_dump(mode="json"), status_code=status.HTTP_409_CONFLICT)
    session.flush()
    repo.audit(session, "finding.review", "finding", finding.id, actor=key.name, api_key_id=key.key_id,
               decision=body.decision, previous_state=previous, new_state=finding.review_state,
               review_id=review.id)
    session.commit()
    session.refresh(finding, ["reviews"])
    created = ReviewCreated(review=review_out(review, mask=mask), finding=finding_detail(finding, mask=mask))
    return JSONResponse(created.model_dump(mode="json"), status_code=status.HTTP_201_CREATED)


@router.get("", response_model=list[ReviewOut])
def list_reviews(finding_id: FindingId, session: SessionDep, key: Reader) -> list[ReviewOut]:
    """A finding's reviews, oldest first."""
    return [review_out(r, mask=not key.sees_pii) for r in repo.get_finding(session, finding_id).reviews]

"""Appeals (申诉) against confirmed findings, and the compliance officer's final ruling."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from api.deps import Reader, Reporter, Reviewer, SessionDep, SettingsDep
from api.routers.findings import MAX_ID, FindingId
from api.schemas import AppealIn, AppealOut, AppealPage, RulingIn, appeal_out, error_responses
from qa_pipeline.domain.review import AppealState
from qa_pipeline.store import appeals
from qa_pipeline.store import repository as repo

router = APIRouter(tags=["appeals"], responses=error_responses(401, 403, 404, 422))

AppealId = Annotated[int, Path(ge=1, le=MAX_ID, description="The appeal's id.")]


@router.post("/v1/findings/{finding_id}/appeals", status_code=status.HTTP_201_CREATED, response_model=AppealOut,
             responses=error_responses(409))
def file_appeal(finding_id: FindingId, body: AppealIn, session: SessionDep, key: Reviewer,
                settings: SettingsDep) -> AppealOut:
    """Contest a confirmed finding (for an agent, by the agent's supervisor or QA lead), with a reason.

    Taken within `QA_APPEAL_WINDOW_DAYS` of the confirmation, once per confirmation; otherwise 409.
    """
    finding = repo.get_finding(session, finding_id, for_update=True)
    appeal = appeals.file_appeal(session, finding, filed_by=key.name, api_key_id=key.key_id, reason=body.reason,
                                 window=timedelta(days=settings.appeal_window_days))
    session.commit()
    return appeal_out(appeal, mask=not key.sees_pii)


@router.get("/v1/findings/{finding_id}/appeals", response_model=list[AppealOut])
def finding_appeals(finding_id: FindingId, session: SessionDep, key: Reader) -> list[AppealOut]:
    """A finding's appeals, oldest first, with their rulings."""
    return [appeal_out(a, mask=not key.sees_pii) for a in repo.get_finding(session, finding_id).appeals]


@router.get("/v1/appeals", response_model=AppealPage)
def list_appeals(session: SessionDep, key: Reporter,
                 state: Annotated[AppealState | None, Query(description="pending, upheld or overturned")] = None,
                 cursor: Annotated[str | None, Query(max_length=100)] = None,
                 limit: Annotated[int, Query(ge=1, le=repo.MAX_PAGE)] = 50) -> AppealPage:
    """Appeals, newest first (compliance officers rule on the pending ones)."""
    page = appeals.list_appeals(session, state, cursor, limit)
    return AppealPage(items=[appeal_out(a, mask=not key.sees_pii) for a in page.items], next_cursor=page.next_cursor)


@router.get("/v1/appeals/{appeal_id}", response_model=AppealOut)
def get_appeal(appeal_id: AppealId, session: SessionDep, key: Reader) -> AppealOut:
    return appeal_out(appeals.get_appeal(session, appeal_id), mask=not key.sees_pii)


@router.post("/v1/appeals/{appeal_id}/ruling", status_code=status.HTTP_201_CREATED, response_model=AppealOut,
             responses=error_responses(409))
def rule_on_appeal(appeal_id: AppealId, body: RulingIn, session: SessionDep, key: Reporter) -> AppealOut:
    """The final ruling (compliance): upheld keeps the finding confirmed; overturned dismisses it, with a
    review that cites the appeal. One ruling per appeal; the one who filed it may not rule (403)."""
    appeal = appeals.get_appeal(session, appeal_id)
    appeals.rule_on_appeal(session, appeal, body.outcome, ruled_by=key.name, api_key_id=key.key_id,
                           comment=body.comment)
    session.commit()
    return appeal_out(appeal, mask=not key.sees_pii)

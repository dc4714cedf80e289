from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Admin, SessionDep
from api.schemas import AuditPage, audit_out, error_responses
from qa_pipeline.store import repository as repo

router = APIRouter(prefix="/v1/audit", tags=["audit"], responses=error_responses(401, 403, 422))

Text = Annotated[str, Query(max_length=100, pattern=r"^[^\x00-\x1f]*$")]


@router.get("", response_model=AuditPage)
def list_audit(session: SessionDep, key: Admin,
               object_type: Annotated[Text | None, Query(description="call, finding, api_key")] = None,
               object_id: Text | None = None,
               cursor: Annotated[str | None, Query(max_length=100)] = None,
               limit: Annotated[int, Query(ge=1, le=repo.MAX_PAGE)] = 50) -> AuditPage:
    """The audit log, newest first."""
    page = repo.list_audit(session, object_type=object_type, object_id=object_id, cursor=cursor, limit=limit)
    return AuditPage(items=[audit_out(e) for e in page.items], next_cursor=page.next_cursor)

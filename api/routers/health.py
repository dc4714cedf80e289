from __future__ import annotations

import shutil
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import func, select, text

from api.deps import SessionDep
from api.schemas import Backlog, Health
from qa_pipeline.store.models import Call, CallStatus, utcnow

router = APIRouter(tags=["health"])

BACKLOG = (CallStatus.queued, CallStatus.processing, CallStatus.dead_letter)


@router.get("/healthz", response_model=Health, responses={503: {"model": Health}})
def healthz(request: Request, session: SessionDep) -> Health | JSONResponse:
    """Database, disk space and backlog. Needs no API key.

    503 when the database does not answer; "degraded" (200) when the data folder
    is short of space (QA_HEALTH_MIN_FREE_BYTES), the oldest queued call has
    waited too long (QA_HEALTH_MAX_QUEUE_AGE_SECONDS) or calls wait in dead_letter
    for an admin to re-queue them.
    """
    settings = request.app.state.settings
    worker = settings.worker
    problems: list[str] = []
    try:
        disk_free: int | None = shutil.disk_usage(_existing(settings.data_dir)).free
    except OSError:
        disk_free = None
    if disk_free is None:
        problems.append("data folder: cannot read its free space")
    elif disk_free < settings.health_min_free_bytes:
        problems.append(f"data folder: {disk_free} bytes free, below QA_HEALTH_MIN_FREE_BYTES "
                        f"({settings.health_min_free_bytes})")
    try:
        session.execute(text("SELECT 1"))
        rows = session.execute(select(Call.status, func.count()).where(
            Call.status.in_(BACKLOG)).group_by(Call.status))
        counts: dict[CallStatus, int] = {row[0]: row[1] for row in rows}
        oldest = session.scalar(select(func.min(Call.created_at)).where(Call.status == CallStatus.queued))
    except Exception as exc:
        body = Health(status="degraded", database=f"error: {type(exc).__name__}", worker=worker,
                      disk_free_bytes=disk_free, problems=[*problems, "database: not answering"])
        return JSONResponse(body.model_dump(), status_code=503)
    age = (utcnow() - oldest).total_seconds() if oldest is not None else None
    if age is not None and age > settings.health_max_queue_age_seconds:
        problems.append(f"backlog: the oldest queued call has waited {age:.0f} s, over "
                        f"QA_HEALTH_MAX_QUEUE_AGE_SECONDS ({settings.health_max_queue_age_seconds})")
    dead = counts.get(CallStatus.dead_letter, 0)
    if dead:
        problems.append(f"backlog: {dead} calls in dead_letter (failed QA_MAX_PROCESSING_ATTEMPTS times); "
                        "an admin re-queues them (qa-pipeline db requeue)")
    backlog = Backlog(queued=counts.get(CallStatus.queued, 0), processing=counts.get(CallStatus.processing, 0),
                      dead_letter=dead, oldest_queued_seconds=round(age, 1) if age is not None else None)
    return Health(status="degraded" if problems else "ok", database="ok", worker=worker,
                  disk_free_bytes=disk_free, backlog=backlog, problems=problems)


def _existing(path: Path) -> Path:
    """The folder itself, or its nearest existing parent (before the first upload makes it)."""
    while not path.exists() and path.parent != path:
        path = path.parent
    return path

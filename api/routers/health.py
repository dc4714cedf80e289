from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from api.deps import SessionDep
from api.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, responses={503: {"model": Health}})
def healthz(request: Request, session: SessionDep) -> Health | JSONResponse:
    """Liveness and database check. Needs no API key."""
    worker = request.app.state.settings.worker
    try:
        session.execute(text("SELECT 1"))
    except Exception as exc:
        body = Health(status="degraded", database=f"error: {type(exc).__name__}", worker=worker)
        return JSONResponse(body.model_dump(), status_code=503)
    return Health(status="ok", database="ok", worker=worker)

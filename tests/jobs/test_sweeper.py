"""Issue 14.13: the in-process worker's sweeper picks up calls left queued or stale; /healthz reports them."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import update

from api.main import create_app
from qa_pipeline.config import Settings
from qa_pipeline.jobs import InProcessWorker
from qa_pipeline.store.models import Call, CallSource, CallStatus, utcnow


def _queued_call(session_factory, n: int, **values) -> int:
    with session_factory() as s:
        call = Call(content_hash=f"{n:064d}", source=CallSource.transcript, external_id=f"c-{n}", agent_id="a-1",
                    started_at=datetime(2026, 3, 1, 2, tzinfo=UTC), call_date=date(2026, 3, 1),
                    call_metadata={}, status=CallStatus.queued, attempts=0, created_at=utcnow(), **values)
        s.add(call)
        s.commit()
        return call.id


class RecordingWorker(InProcessWorker):
    """Runs nothing: records which calls it was given."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.ran: list[int] = []
        self.release = threading.Event()

    def _run(self, call_id: int) -> CallStatus:
        self.ran.append(call_id)
        self.release.wait(10)
        return CallStatus.queued


def test_sweep_resubmits_waiting_calls_once_each(settings: Settings, session_factory) -> None:
    worker = RecordingWorker(session_factory, settings.model_copy(update={"sweep_interval_seconds": 3600}))
    worker.start()
    try:
        queued = _queued_call(session_factory, 1)
        stale = _queued_call(session_factory, 2)
        with session_factory() as s:
            long_ago = utcnow() - timedelta(seconds=settings.stale_processing_seconds + 5)
            s.execute(update(Call).where(Call.id == stale).values(status=CallStatus.processing, claimed_at=long_ago))
            s.commit()
        fresh = _queued_call(session_factory, 3)
        with session_factory() as s:
            s.execute(update(Call).where(Call.id == fresh).values(status=CallStatus.processing, claimed_at=utcnow()))
            s.commit()
        assert sorted(worker.sweep()) == sorted([queued, stale])  # a live claim is left alone
        assert worker.sweep() == []  # in hand already: not submitted twice
    finally:
        worker.release.set()
        worker.stop(wait=True)


def test_healthz_reports_database_disk_and_backlog(tmp_path: Path, settings: Settings, session_factory) -> None:
    app = create_app(settings.model_copy(update={"health_max_queue_age_seconds": 60}), session_factory=session_factory)
    with TestClient(app) as client:
        body = client.get("/healthz").json()
        assert body["status"] == "ok" and body["database"] == "ok" and body["disk_free_bytes"] > 0
        assert body["backlog"] == {"queued": 0, "processing": 0, "dead_letter": 0,
                                   "oldest_queued_seconds": None}
        _queued_call(session_factory, 7)
        with session_factory() as s:
            s.execute(update(Call).values(created_at=utcnow() - timedelta(seconds=120)))
            s.commit()
        body = client.get("/healthz").json()
        assert body["status"] == "degraded" and body["backlog"]["queued"] == 1
        assert "QA_HEALTH_MAX_QUEUE_AGE_SECONDS" in body["problems"][0]
    starved = create_app(settings.model_copy(update={"health_min_free_bytes": 1 << 62}),
                         session_factory=session_factory)
    with TestClient(starved) as client:
        body = client.get("/healthz").json()
        assert body["status"] == "degraded" and any("QA_HEALTH_MIN_FREE_BYTES" in p for p in body["problems"])

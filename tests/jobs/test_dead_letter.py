"""Issue 14 (also build): a call that fails QA_MAX_PROCESSING_ATTEMPTS times goes to dead_letter; the
sweeper leaves it alone, /healthz and the calls list show it, and an admin re-queues it (audited)."""

from __future__ import annotations

import os
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from api.main import create_app
from qa_pipeline.audit.job import AuditJob, Outcome
from qa_pipeline.audit.steps import prefilter
from qa_pipeline.config import Settings
from qa_pipeline.domain.transcript import CallMetadata
from qa_pipeline.jobs import accept_recording, process_call
from qa_pipeline.store.models import AuditEntry, Call, CallSource, CallStatus, utcnow
from tests.api.conftest import make_keys
from tests.api.helpers import SAMPLE_AUDIO
from tests.jobs.test_sweeper import RecordingWorker, _queued_call


def _broken_recording(session_factory, n: int = 1) -> int:
    """A recording whose file is missing from storage: every attempt to process it fails."""
    call_id = _queued_call(session_factory, n)
    with session_factory() as s:
        s.execute(update(Call).where(Call.id == call_id).values(source=CallSource.audio,
                                                                  audio_path="recordings/xx/missing.wav"))
        s.commit()
    return call_id


def _status(session_factory, call_id: int) -> tuple[CallStatus, int]:
    with session_factory() as s:
        call = s.get(Call, call_id)
        return call.status, call.attempts


def _actions(session_factory, call_id: int) -> list[str]:
    with session_factory() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.object_id == str(call_id))
                              .order_by(AuditEntry.id)))


def test_the_third_failure_puts_the_call_in_dead_letter(settings: Settings, session_factory, scanner) -> None:
    call_id = _broken_recording(session_factory)
    statuses = [process_call(session_factory, call_id, settings=settings, scanner=scanner).status
                for _ in range(4)]
    assert statuses == [CallStatus.failed, CallStatus.failed, CallStatus.dead_letter, CallStatus.dead_letter]
    assert _status(session_factory, call_id) == (CallStatus.dead_letter, 3)  # the 4th run claimed nothing
    assert _actions(session_factory, call_id) == ["call.failed", "call.failed", "call.dead_letter"]


def test_the_attempts_are_a_setting(settings: Settings, session_factory, scanner) -> None:
    call_id = _broken_recording(session_factory)
    once = settings.model_copy(update={"max_processing_attempts": 1})
    assert process_call(session_factory, call_id, settings=once, scanner=scanner).status == CallStatus.dead_letter


def test_the_sweeper_skips_dead_letters_and_buries_calls_whose_workers_kept_dying(
        settings: Settings, session_factory) -> None:
    worker = RecordingWorker(session_factory, settings.model_copy(update={"sweep_interval_seconds": 3600}))
    worker.start()
    try:
        long_ago = utcnow() - timedelta(seconds=settings.stale_processing_seconds + 5)
        dead = _queued_call(session_factory, 1)
        killer = _queued_call(session_factory, 2)   # claimed 3 times; its worker died every time
        unlucky = _queued_call(session_factory, 3)  # claimed once; its worker died
        with session_factory() as s:
            s.execute(update(Call).where(Call.id == dead).values(status=CallStatus.dead_letter, attempts=3))
            s.execute(update(Call).where(Call.id == killer).values(status=CallStatus.processing, attempts=3,
                                                                     claimed_at=long_ago))
            s.execute(update(Call).where(Call.id == unlucky).values(status=CallStatus.processing, attempts=1,
                                                                      claimed_at=long_ago))
            s.commit()
        assert worker.sweep() == [unlucky]
        assert _status(session_factory, dead) == (CallStatus.dead_letter, 3)
        assert _status(session_factory, killer)[0] == CallStatus.dead_letter
        assert _actions(session_factory, killer) == ["call.dead_letter"]
        assert worker.sweep() == []
    finally:
        worker.release.set()
        worker.stop(wait=True)
    assert dead not in worker.ran and killer not in worker.ran


def test_dead_letters_show_on_healthz_and_in_the_calls_list_and_an_admin_requeues_them(
        settings: Settings, session_factory) -> None:
    call_id = _broken_recording(session_factory)
    other = _queued_call(session_factory, 2)
    with session_factory() as s:
        s.execute(update(Call).where(Call.id == call_id).values(status=CallStatus.dead_letter, attempts=3,
                                                                  error="AudioError: missing"))
        s.commit()
    app = create_app(settings, session_factory=session_factory)
    keys = make_keys(app)
    with TestClient(app) as client:
        health = client.get("/healthz").json()
        assert health["status"] == "degraded" and health["backlog"]["dead_letter"] == 1
        assert any("dead_letter" in p for p in health["problems"])
        listed = client.get("/v1/calls", params={"status": "dead_letter"}, headers=keys["compliance"]).json()
        assert [c["id"] for c in listed["items"]] == [call_id] and listed["items"][0]["status"] == "dead_letter"

        assert client.post(f"/v1/calls/{call_id}/requeue", headers=keys["qa"]).status_code == 403
        r = client.post(f"/v1/calls/{call_id}/requeue", headers=keys["admin"])
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "queued"
        assert _status(session_factory, call_id) == (CallStatus.queued, 0)
        again = client.post(f"/v1/calls/{call_id}/requeue", headers=keys["admin"])
        assert again.status_code == 409 and again.json()["status"] == "queued"
        assert client.post(f"/v1/calls/{other}/requeue", headers=keys["admin"]).status_code == 409
        assert client.post("/v1/calls/999999/requeue", headers=keys["admin"]).status_code == 404
        assert client.get("/healthz").json()["backlog"]["dead_letter"] == 0
    with session_factory() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "call.requeue")).one()
        assert entry.object_id == str(call_id) and entry.actor == "admin-user"
        assert entry.detail["previous_error"] == "AudioError: missing"


def test_cli_requeue(cli, settings: Settings, session_factory) -> None:
    call_id = _broken_recording(session_factory)
    env = {**os.environ, "QA_DATABASE_URL": settings.effective_database_url, "QA_DATA_DIR": str(settings.data_dir)}
    refused = cli("db", "requeue", str(call_id), env=env)
    assert refused.returncode == 1 and f"call {call_id} is queued" in refused.stderr
    with session_factory() as s:
        s.execute(update(Call).where(Call.id == call_id).values(status=CallStatus.dead_letter, attempts=3))
        s.commit()
    run = cli("db", "requeue", str(call_id), env=env)
    assert run.returncode == 0, run.stderr
    assert _status(session_factory, call_id) == (CallStatus.queued, 0)
    assert _actions(session_factory, call_id) == ["call.requeue"]


def test_a_batch_audit_skips_dead_letters_even_with_retry_failed(settings: Settings, session_factory) -> None:
    recording = SAMPLE_AUDIO / "s-01.flac"
    metadata = {"call_id": "s-01", "started_at": "2026-03-02T10:05:00+08:00"}
    with recording.open("rb") as fh:
        call_id = accept_recording(session_factory, settings, fh, "s-01.flac", CallMetadata.model_validate(metadata),
                                   default_timezone="Asia/Shanghai").call_id
    with session_factory() as s:
        s.execute(update(Call).where(Call.id == call_id).values(status=CallStatus.dead_letter, attempts=3))
        s.commit()
    job = AuditJob(index=0, source=str(recording), metadata=metadata, retry_failed=True)
    todo, settled = prefilter(session_factory, settings, [job], pack_version="any")
    assert todo == []
    assert [(r.outcome, r.status, r.call_id, r.failed) for r in settled] == [
        (Outcome.SKIPPED_FAILED, "dead_letter", call_id, True)]

"""Deleting what the product no longer may keep: a call erased on request (PIPL art. 47), and the
retention policy (`Settings.retention_recording_days`, `retention_call_days`).

Database rows go in one transaction, committed before the recording file is unlinked: a failed
transaction loses nothing, and a file that cannot be unlinked is reported, never forgotten.
Each deletion leaves an audit entry that names the call by its internal id only, so the log
keeps no personal data of the call it records erasing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from qa_pipeline.config import Settings
from qa_pipeline.errors import QAInputError
from qa_pipeline.jobs.lifecycle import CallStateConflict
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import Call, CallStatus, utcnow

log = logging.getLogger(__name__)

MAX_REASON_CHARS = 500


class RecordingNotDeleted(OSError):
    """The database no longer holds the call, but its recording file could not be deleted."""


@dataclass(frozen=True, slots=True)
class Erased:
    call_id: int
    utterances: int
    findings: int
    reviews: int
    recording_deleted: bool


def _recording_file(settings: Settings, audio_path: str) -> Path:
    return settings.data_dir / audio_path


def _unlink(path: Path) -> bool:
    """Delete the file; whether there was one. Raises RecordingNotDeleted when it stays."""
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise RecordingNotDeleted(f"{path}: the recording could not be deleted ({exc.strerror}); "
                                  "delete it by hand") from None
    return True


def check_reason(reason: str | None, source: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise QAInputError(source, "reason", "an erasure needs a reason (the request it answers)")
    if len(reason) > MAX_REASON_CHARS:
        raise QAInputError(source, "reason", f"{len(reason)} characters, over the limit of {MAX_REASON_CHARS}")
    return reason


def erase_call(session_factory: SessionFactory, settings: Settings, call_id: int, *, reason: str, actor: str,
               api_key_id: int | None = None, source: str = "erasure") -> Erased:
    """Delete a call and everything stored about it: recording file, transcript, findings, reviews.

    Raises NotFound; QAInputError without a reason; CallStateConflict while a worker holds the
    call (try again when it is done); RecordingNotDeleted when the rows are gone but the file stays.
    """
    reason = check_reason(reason, source)
    with session_factory() as session:
        call = repo.get_call(session, call_id)
        stale = utcnow() - timedelta(seconds=settings.stale_processing_seconds)
        if call.status == CallStatus.processing and call.claimed_at is not None and call.claimed_at >= stale:
            raise CallStateConflict(call_id, call.status, "a worker is processing it; erase it when it is done")
        audio_path = call.audio_path
        rows = repo.erase_call_rows(session, call)
        repo.audit(session, "call.erased", "call", call_id, actor=actor, api_key_id=api_key_id, reason=reason,
                   utterances=rows.utterances, findings=rows.findings, reviews=rows.reviews,
                   recording=audio_path is not None)
        session.commit()
    deleted = _unlink(_recording_file(settings, audio_path)) if audio_path else False
    return Erased(call_id=call_id, utterances=rows.utterances, findings=rows.findings, reviews=rows.reviews,
                  recording_deleted=deleted)


@dataclass(slots=True)
class RetentionRun:
    """What the retention policy deletes (or, in a dry run, would delete)."""

    recordings_before: datetime   # recording files of calls started before this
    calls_before: datetime        # whole calls started before this
    dry_run: bool
    recordings: list[int] = field(default_factory=list)  # call ids whose recording file goes
    calls: list[int] = field(default_factory=list)       # call ids erased whole
    recording_bytes: int = 0
    problems: list[str] = field(default_factory=list)    # files that could not be deleted


def apply_retention(session_factory: SessionFactory, settings: Settings, *, dry_run: bool = False,
                    actor: str = "retention", now: datetime | None = None) -> RetentionRun:
    """Delete recording files and calls older than the retention policy; one audit entry for the run.

    Calls are counted from their start. A call past `retention_call_days` is erased whole;
    a call past `retention_recording_days` only loses its recording file (its transcript,
    findings and reviews stay, and `recording_deleted_at` says when).
    """
    now = now or utcnow()
    run = RetentionRun(recordings_before=now - timedelta(days=settings.retention_recording_days),
                       calls_before=now - timedelta(days=settings.retention_call_days), dry_run=dry_run)
    with session_factory() as session:
        whole = repo.calls_started_before(session, run.calls_before)
        erased = {c.call_id for c in whole}
        files = [c for c in repo.calls_started_before(session, run.recordings_before, with_recording=True)
                 if c.call_id not in erased]
    run.calls = [c.call_id for c in whole]
    run.recordings = [c.call_id for c in files]
    run.recording_bytes = sum(_size(_recording_file(settings, c.audio_path)) for c in [*whole, *files]
                              if c.audio_path)
    if dry_run:
        return run
    reason = f"retention: started before {run.calls_before:%Y-%m-%d} (QA_RETENTION_CALL_DAYS)"
    for aged in whole:
        try:
            erase_call(session_factory, settings, aged.call_id, reason=reason, actor=actor)
        except (repo.NotFound, CallStateConflict) as exc:  # erased meanwhile, or being processed: next run
            run.calls.remove(aged.call_id)
            log.info("retention: call %s left for the next run: %s", aged.call_id, exc)
        except RecordingNotDeleted as exc:
            run.problems.append(str(exc))
    for aged in files:
        assert aged.audio_path is not None
        try:
            _delete_recording(session_factory, settings, aged.call_id, aged.audio_path, actor=actor)
        except RecordingNotDeleted as exc:
            run.problems.append(str(exc))
    with session_factory() as session:
        repo.audit(session, "retention.applied", "retention", None, actor=actor,
                   recordings_before=run.recordings_before, calls_before=run.calls_before,
                   recordings_deleted=len(run.recordings), calls_erased=len(run.calls),
                   recording_bytes=run.recording_bytes, problems=len(run.problems))
        session.commit()
    return run


def _delete_recording(session_factory: SessionFactory, settings: Settings, call_id: int, audio_path: str, *,
                      actor: str) -> None:
    """Forget a call's recording (the row first, then the file); the call and its transcript stay."""
    with session_factory() as session:
        changed = session.execute(update(Call).where(Call.id == call_id, Call.audio_path == audio_path)
                                  .values(audio_path=None, recording_deleted_at=utcnow())
                                  .execution_options(synchronize_session=False))
        if not repo.rows_changed(changed):
            return  # erased or changed meanwhile
        repo.audit(session, "call.recording_deleted", "call", call_id, actor=actor,
                   reason=f"retention: QA_RETENTION_RECORDING_DAYS ({settings.retention_recording_days})")
        session.commit()
    _unlink(_recording_file(settings, audio_path))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0

"""The per-recording audit job, the same on a local worker process and on a Celery worker.

A job hashes the recording and looks the hash up: a call already done with
the current rule pack is skipped, one that failed is skipped unless the run
retries failures, one left queued or processing by an interrupted run is
finished. A new recording is stored with `accept_recording` (the API's
upload path) and processed with `run_call`. A recording that is not audio,
or does not decode, is recorded as a failed call with the error (its file is
not copied into the store), so that it shows in the review pages with the
others and is not tried again unless asked.

Every step is idempotent (content hash unique in the store, claims on
calls, liveness locks, see `locks`): running a job twice, or two copies of it
at once, leaves the store as running it once.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import socket
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from qa_pipeline.audit.locks import CallLocks, call_locks
from qa_pipeline.config import Settings
from qa_pipeline.domain.transcript import CallMetadata, Transcript, parse_metadata
from qa_pipeline.engine import get_scanner
from qa_pipeline.errors import ModelNotInstalledError, QAInputError
from qa_pipeline.jobs.intake import (
    UploadTooLarge,
    accept_recording,
    check_filename,
    new_call,
)
from qa_pipeline.jobs.pipeline import run_call
from qa_pipeline.jobs.roots import confine
from qa_pipeline.speech.audio import audio_seconds, sniff_audio
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import SessionFactory, first_line, get_engine, is_unavailable, make_session_factory
from qa_pipeline.store.models import Call, CallSource, CallStatus

log = logging.getLogger(__name__)

ACTOR = "audit"
CHUNK = 1 << 20


class Outcome(enum.StrEnum):
    """What a job did with its recording."""

    NEW = "new"                      # stored now and processed
    RESUMED = "resumed"              # left queued/processing by an interrupted run; processed now
    RETRIED = "retried"              # failed before; processed again (--retry-failed)
    RESCANNED = "rescanned"          # done with an older rule-pack version; scanned again (no ASR)
    SKIPPED = "skipped"              # done already
    SKIPPED_FAILED = "skipped_failed"  # failed before; not retried
    REFUSED = "refused"              # not stored: no usable metadata, missing or oversized file
    DB_UNAVAILABLE = "db_unavailable"  # the database did not answer within QA_DB_RETRY_SECONDS: run again
    NOT_DONE = "not_done"            # no result: the run was interrupted or lost its broker; run again


# Statuses of a result that has no call behind it (the others are a call's `CallStatus`).
NOT_STORED_STATUSES = frozenset({"refused", Outcome.DB_UNAVAILABLE.value, Outcome.NOT_DONE.value})
# Worked on in a first attempt that a database outage cut short: a retry that finds the
# call done reports what the first attempt did, not "skipped".
_WORKED = frozenset({Outcome.NEW, Outcome.RESUMED, Outcome.RETRIED, Outcome.RESCANNED})


@dataclass(slots=True)
class AuditJob:
    index: int
    source: str
    metadata: dict[str, Any]
    retry_failed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditJob:
        return cls(int(data["index"]), str(data["source"]), dict(data["metadata"]), bool(data.get("retry_failed")))


@dataclass(slots=True)
class JobResult:
    index: int
    source: str
    outcome: Outcome
    status: str                        # the call's status afterwards, or one of NOT_STORED_STATUSES
    call_id: int | None = None
    error: str | None = None
    audio_seconds: float = 0.0         # the recording's length
    processed_seconds: float = 0.0     # audio transcribed by this job (0 when skipped or re-scanned)
    wall_seconds: float = 0.0
    worker: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")

    @property
    def failed(self) -> bool:
        """Not audited: refused, failed, or stopped by the database (but not merely left undone)."""
        return self.status in (CallStatus.failed.value, CallStatus.dead_letter.value, "refused",
                               Outcome.DB_UNAVAILABLE.value)

    @classmethod
    def not_done(cls, job: AuditJob, why: str) -> JobResult:
        return cls(job.index, job.source, Outcome.NOT_DONE, Outcome.NOT_DONE.value, error=why)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JobResult:
        fields = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        fields["outcome"] = Outcome(fields["outcome"])
        return cls(**fields)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def source_error(error: str | None, data_dir: Path, audio_path: str | None, source: str | None) -> str | None:
    """An error about the store's copy of a recording, naming the file the user gave instead."""
    if error and source and audio_path:
        return error.replace(str(data_dir / audio_path), source)
    return error


def _safe_filename(path: Path) -> str:
    try:
        return check_filename(path.name)
    except QAInputError:
        return "recording" + path.suffix.lower()


class _LazyTranscriber:
    """Loads the Whisper model on the first recording that needs it, once per process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._transcriber: Any = None

    @property
    def loaded(self) -> bool:
        return self._transcriber is not None

    def get(self) -> Any:
        with self._lock:
            if self._transcriber is None:
                # Imported here: faster-whisper loads only in a process that transcribes.
                from qa_pipeline.speech.transcriber import Transcriber

                self._transcriber = Transcriber(self.settings)
            return self._transcriber

    def transcribe(self, path: Path, metadata: CallMetadata | None = None) -> Transcript:
        return self.get().transcribe(path, metadata)


class AuditWorker:
    """What one worker process keeps between jobs: database, rule pack, Whisper model."""

    def __init__(self, settings: Settings, session_factory: SessionFactory | None = None) -> None:
        self.settings = settings
        self.session_factory = session_factory or make_session_factory(get_engine(settings))
        self.scanner = get_scanner(settings)
        self.transcriber = _LazyTranscriber(settings)
        self.locks = call_locks(self.session_factory.kw["bind"], settings.data_dir)
        # For a call marked processing whose liveness lock was free: its worker is gone.
        self._takeover = settings.model_copy(update={"stale_processing_seconds": 0})

    @property
    def default_timezone(self) -> str:
        return self.scanner.pack.settings.default_timezone

    def run(self, job: AuditJob) -> JobResult:
        """Run the job; while the database does not answer, run it again with backoff (every
        step is idempotent) for at most `QA_DB_RETRY_SECONDS`."""
        started = time.perf_counter()
        deadline = time.monotonic() + self.settings.db_retry_seconds
        delay = 0.5
        first: Outcome | None = None  # what the first attempt cut short was doing
        while True:
            result, reached = self._attempt(job)
            if result.outcome != Outcome.DB_UNAVAILABLE or time.monotonic() >= deadline:
                break
            log.warning("%s: %s; trying again in %.1f s", job.source, result.error, delay)
            first = first or reached
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 8.0)
        if first in _WORKED and result.outcome in (Outcome.SKIPPED, Outcome.RESUMED):
            # The retry finished (or found finished) what the first attempt began: say what that was.
            result.outcome = first
            if first != Outcome.RESCANNED and result.status == CallStatus.done.value:
                result.processed_seconds = result.audio_seconds
        result.wall_seconds = time.perf_counter() - started
        return result

    def _attempt(self, job: AuditJob) -> tuple[JobResult, Outcome | None]:
        """The job's result, and when the database went away, the outcome it had reached by then."""
        result = JobResult(job.index, job.source, Outcome.REFUSED, "refused")
        try:
            self._run(job, result)
        except ModelNotInstalledError:
            raise  # nothing can be transcribed: the run stops, the calls stay queued for the next one
        except Exception as exc:
            if is_unavailable(exc):
                reached = result.outcome if result.call_id is not None else None
                result.outcome, result.status = Outcome.DB_UNAVAILABLE, Outcome.DB_UNAVAILABLE.value
                result.error = f"database unavailable: {first_line(exc)}"
                return result, reached
            if not isinstance(exc, QAInputError):
                log.exception("%s: audit job failed", job.source)
            result.error = str(exc) if isinstance(exc, QAInputError) else f"{type(exc).__name__}: {exc}"
            if result.call_id is None:
                result.outcome, result.status = Outcome.REFUSED, "refused"
            else:
                result.status = self._status(result.call_id) or "refused"
        return result, None

    # -- steps ---------------------------------------------------------------

    def _run(self, job: AuditJob, result: JobResult) -> None:
        metadata = parse_metadata(job.metadata, job.source)
        # The job's path is not trusted: only files below the recording roots are read.
        path = confine(job.source, self.settings.effective_recording_roots)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise QAInputError(job.source, None, "file not found") from None
        if not path.is_file():
            raise QAInputError(job.source, None, "not a regular file")
        if size > self.settings.max_upload_bytes:
            raise QAInputError(job.source, None, f"file is {size / 1e6:.0f} MB, over the limit of "
                                                 f"{self.settings.max_upload_bytes / 1e6:.0f} MB (QA_MAX_UPLOAD_BYTES)")
        result.audio_seconds = audio_seconds(path)
        content_hash = file_sha256(path)
        pack = self.scanner.pack
        with self.session_factory() as session:
            existing = repo.call_by_hash(session, content_hash)
            known = (existing.id, existing.status, existing.pack_version) if existing is not None else None
        if known is None:
            call_id, status, created = self._store(path, metadata, content_hash)
            if created:
                result.call_id, result.outcome = call_id, Outcome.NEW
                if status == CallStatus.failed:  # stored as refused: its error is on the call
                    result.status, result.error = status.value, self._error(call_id, job.source)
                    return
            else:  # stored by another job at the same moment
                row = self._row(call_id)
                known = (call_id, *row) if row is not None else (call_id, status, None)
        if known is not None:
            result.call_id, status, version = known
            if status == CallStatus.done and version == pack.version:
                result.outcome, result.status = Outcome.SKIPPED, status.value
                return
            if status == CallStatus.dead_letter or (status == CallStatus.failed and not job.retry_failed):
                # Dead letters are re-queued by an admin only (`qa-pipeline db requeue`), not by --retry-failed.
                result.outcome, result.status = Outcome.SKIPPED_FAILED, status.value
                result.error = self._error(result.call_id, job.source)
                return
            result.outcome = {CallStatus.done: Outcome.RESCANNED, CallStatus.failed: Outcome.RETRIED}.get(
                status, Outcome.RESUMED)
        stored_id = result.call_id
        assert stored_id is not None  # stored above, or known already
        final, worked = self._process(stored_id, job.retry_failed or result.outcome == Outcome.NEW)
        result.status = final.value
        if not worked:  # another job finished it while this one waited for it
            result.outcome = Outcome.SKIPPED if final == CallStatus.done else Outcome.SKIPPED_FAILED
        if final in (CallStatus.failed, CallStatus.dead_letter):
            result.error = self._error(stored_id, job.source)
        elif final == CallStatus.done and worked and result.outcome != Outcome.RESCANNED:
            result.processed_seconds = result.audio_seconds

    def _store(self, path: Path, metadata: CallMetadata, content_hash: str) -> tuple[int, CallStatus, bool]:
        """Store a new recording: (call id, status, whether this job created the call)."""
        try:
            with path.open("rb") as fh:
                accepted = accept_recording(self.session_factory, self.settings, fh, _safe_filename(path), metadata,
                                            default_timezone=self.default_timezone, actor=ACTOR)
            return accepted.call_id, accepted.status, accepted.created
        except UploadTooLarge:
            raise
        except QAInputError as exc:
            return self._store_refused(path, metadata, content_hash, str(exc))

    def _store_refused(self, path: Path, metadata: CallMetadata, content_hash: str,
                       error: str) -> tuple[int, CallStatus, bool]:
        """Record a recording `accept_recording` refused (not audio, corrupt) as a
        failed call, so that it shows in the review pages with the others and
        is not tried again unless asked. The file itself is not copied into
        the store: nothing that is not a recording can be served as one."""
        with path.open("rb") as fh:
            content_type = sniff_audio(fh.read(16))
        call = new_call(metadata, content_hash=content_hash, source=CallSource.audio,
                        default_timezone=self.default_timezone)
        call.audio_filename = _safe_filename(path)
        call.audio_content_type = content_type
        call.audio_bytes = path.stat().st_size
        call.status = CallStatus.failed
        call.error = error[:4000]
        with self.session_factory() as session:
            session.add(call)
            try:
                session.flush()
                repo.audit(session, "call.refused", "call", call.id, actor=ACTOR, filename=call.audio_filename,
                           bytes=call.audio_bytes, content_hash=content_hash, external_id=call.external_id,
                           error=call.error)
                session.commit()
                return call.id, CallStatus.failed, True
            except IntegrityError:  # stored meanwhile by another job
                session.rollback()
                existing = repo.call_by_hash(session, content_hash)
                if existing is None:
                    raise
                return existing.id, existing.status, False

    def _process(self, call_id: int, retry_failed: bool) -> tuple[CallStatus, bool]:
        """Process the call under its liveness lock: (status afterwards, whether this job did the work)."""
        with self.locks.hold(call_id):
            row = self._row(call_id)
            if row is None:
                raise QAInputError(f"call {call_id}", None, "vanished from the store")
            status, version = row
            settings = self.settings
            if status == CallStatus.processing:
                # We hold the call's liveness lock, so whoever claimed it is gone.
                settings = self._takeover
            elif status == CallStatus.done and version == self.scanner.pack.version:
                return status, False  # finished by another job while this one waited
            elif status == CallStatus.dead_letter or (status == CallStatus.failed and not retry_failed):
                return status, False
            if status != CallStatus.done:
                self.transcriber.get()  # load the model here: its absence must not fail the call
            return run_call(self.session_factory, call_id, settings=settings, scanner=self.scanner,
                            transcriber=self.transcriber), True

    def _row(self, call_id: int) -> tuple[CallStatus, str | None] | None:
        with self.session_factory() as session:
            row = session.execute(select(Call.status, Call.pack_version).where(Call.id == call_id)).first()
            return (row[0], row[1]) if row is not None else None

    def _status(self, call_id: int) -> str | None:
        row = self._row(call_id)
        return row[0].value if row is not None else None

    def _error(self, call_id: int, source: str | None = None) -> str | None:
        """The call's error; the store's copy of the recording named by `source`, the file the user knows."""
        with self.session_factory() as session:
            error, audio_path = session.execute(select(Call.error, Call.audio_path).where(Call.id == call_id)).one()
        return source_error(error, self.settings.data_dir, audio_path, source)


def mark_crashed(session_factory: SessionFactory, source: str, message: str) -> int | None:
    """A recording whose worker process died on it again and again: fail its call, if stored.

    The caller has made sure no live worker holds the call.
    """
    try:
        content_hash = file_sha256(Path(source))
    except OSError:
        return None
    with session_factory() as session:
        call = repo.call_by_hash(session, content_hash)
        if call is None:
            return None
        result = session.execute(update(Call).where(Call.id == call.id, Call.status.in_(
            [CallStatus.queued, CallStatus.processing])).values(status=CallStatus.failed, error=message[:4000],
                                                                claimed_at=None))
        if repo.rows_changed(result):
            repo.audit(session, "call.failed", "call", call.id, actor=ACTOR, error=message[:4000])
        session.commit()
        return call.id


def release_claim(session_factory: SessionFactory, locks: CallLocks, source: str) -> int | None:
    """A recording whose worker was stopped mid-job (SIGTERM, Ctrl-C): put its call back in
    the queue, claim cleared, unless a live worker holds its liveness lock. Its call id, if released."""
    try:
        content_hash = file_sha256(Path(source))
    except OSError:
        return None
    with session_factory() as session:
        call = repo.call_by_hash(session, content_hash)
        if call is None or call.status != CallStatus.processing:
            return None
        call_id = call.id
    with locks.try_hold(call_id) as free:
        if not free:
            return None
        with session_factory() as session:
            result = session.execute(update(Call).where(Call.id == call_id, Call.status == CallStatus.processing)
                                     .values(status=CallStatus.queued, claimed_at=None))
            if repo.rows_changed(result):
                repo.audit(session, "call.released", "call", call_id, actor=ACTOR)
            session.commit()
    return call_id


class RunStopped(RuntimeError):
    """The engine cannot go on (its broker went away): the jobs without a result are not done."""

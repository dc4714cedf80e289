"""The per-call job: accept a recording or transcript, transcribe, scan, store.

Plain functions over a session factory, so the API's in-process worker, the
nightly batch audit and Celery workers all run the same job. Each is
idempotent: running it twice leaves the store as running it once.

Status of a call: queued -> processing -> done | failed (with the error).
A job claims a call with one conditional UPDATE, so two workers never
process the same call at once; a claim older than
`Settings.stale_processing_seconds` (its worker died) may be taken over.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import IO, TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select, true, tuple_, update
from sqlalchemy.exc import IntegrityError

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.errors import AudioError, QAInputError
from qa_pipeline.domain.findings import CallFindings
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import Call, CallSource, CallStatus, Finding, ReviewState, Utterance, utcnow
from qa_pipeline.domain.transcript import CallMetadata, Transcript, parse_metadata

if TYPE_CHECKING:
    from qa_pipeline.engine.scanner import CallContext, Scanner

log = logging.getLogger(__name__)

CHUNK = 1 << 20


class TranscriberLike(Protocol):
    def transcribe(self, path: Path, metadata: CallMetadata | None = None) -> Transcript: ...


class UploadTooLarge(QAInputError):
    """A recording over `Settings.max_upload_bytes`."""


class UnsupportedMedia(QAInputError):
    """A file that is not a recording in a supported format."""


# --- recognising audio -----------------------------------------------------

AUDIO_EXTENSIONS = {".wav": "audio/wav", ".flac": "audio/flac", ".mp3": "audio/mpeg",
                    ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg", ".m4a": "audio/mp4"}
_EXTENSION_OF = {"audio/wav": ".wav", "audio/flac": ".flac", "audio/mpeg": ".mp3",
                 "audio/ogg": ".ogg", "audio/mp4": ".m4a"}


def sniff_audio(head: bytes) -> str | None:
    """The content type of a supported recording from its first bytes, or None."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[:4] == b"fLaC":
        return "audio/flac"
    if head[:4] == b"OggS":
        return "audio/ogg"
    if head[4:8] == b"ftyp":
        return "audio/mp4"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    return None


def check_filename(name: str | None) -> str:
    """A client's file name, refused if it tries to be a path."""
    if not name or not name.strip():
        raise QAInputError("upload", "audio", "the file has no name")
    if len(name) > 255:
        raise QAInputError("upload", "audio", "file name longer than 255 characters")
    if any(ord(c) < 32 for c in name) or "\\" in name or "/" in name or name in (".", "..") or ".." in name \
            or PurePosixPath(name).is_absolute() or PureWindowsPath(name).drive:
        raise QAInputError("upload", "audio", f"file name {name!r} must be a plain name, not a path")
    ext = os.path.splitext(name)[1].lower()
    if ext not in AUDIO_EXTENSIONS:
        raise UnsupportedMedia("upload", "audio",
                               f"file name {name!r}: supported recordings are {', '.join(sorted(AUDIO_EXTENSIONS))}")
    return name


def check_storable(data: Any, source: str, path: str = "") -> None:
    """Refuse what the databases cannot store or JSON cannot carry: NUL characters,
    lone surrogates, infinite or NaN numbers."""
    if isinstance(data, float) and not math.isfinite(data):
        raise QAInputError(source, path or None, "must be a finite number")
    if isinstance(data, str):
        if "\x00" in data:
            raise QAInputError(source, path or None, "contains a NUL character")
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            raise QAInputError(source, path or None, "is not valid Unicode text") from None
    elif isinstance(data, dict):
        for k, v in data.items():
            check_storable(str(k), source, path)
            check_storable(v, source, f"{path}.{k}" if path else str(k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            check_storable(v, source, f"{path}[{i}]")


EARLIEST_CALL = datetime(1990, 1, 1, tzinfo=timezone.utc)
LATEST_CALL = datetime(2200, 1, 1, tzinfo=timezone.utc)


def check_started_at(metadata: CallMetadata, source: str) -> None:
    """A start time a recorded call can have (and every time zone can represent)."""
    if not EARLIEST_CALL <= metadata.started_at <= LATEST_CALL:
        raise QAInputError(source, "started_at", f"{metadata.started_at.isoformat()} is not a plausible call time "
                                                 f"(between {EARLIEST_CALL.year} and {LATEST_CALL.year})")


def parse_upload_metadata(text: str, filename: str) -> CallMetadata:
    """The metadata JSON sent with a recording; `call_id` defaults to the file name.

    Errors name the field as `metadata.<field>`.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QAInputError("upload", "metadata", f"not valid JSON ({exc.msg} at position {exc.pos})") from None
    if isinstance(data, dict) and "call_id" not in data:
        data["call_id"] = Path(filename).stem
    try:
        metadata = parse_metadata(data, "metadata")
        check_storable(metadata.model_dump(mode="json"), "metadata")
        check_started_at(metadata, "metadata")
    except QAInputError as exc:
        field = f"metadata.{exc.field}" if exc.field and exc.field != "(root)" else "metadata"
        raise QAInputError("upload", field, exc.message) from None
    return metadata


def _probe(path: Path, settings: Settings) -> None:
    """Decode the whole recording once, so a corrupt or cut-off file is refused at upload."""
    from qa_pipeline.speech.audio import decode_audio

    decode_audio(path, max_bytes=settings.max_upload_bytes)


# --- accepting input -------------------------------------------------------

def content_hash_of_transcript(transcript: Transcript) -> str:
    canonical = json.dumps(transcript.model_dump(mode="json"), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(("transcript:" + canonical).encode("utf-8")).hexdigest()


def local_call_date(started_at: datetime, metadata: CallMetadata, default_timezone: str) -> date:
    return started_at.astimezone(ZoneInfo(metadata.callee.timezone or default_timezone)).date()


def _new_call(metadata: CallMetadata, *, content_hash: str, source: CallSource,
              default_timezone: str) -> Call:
    return Call(content_hash=content_hash, source=source, external_id=metadata.call_id,
                agent_id=metadata.agent_id, debtor_id=metadata.debtor_id, started_at=metadata.started_at,
                call_date=local_call_date(metadata.started_at, metadata, default_timezone),
                call_metadata=metadata.model_dump(mode="json", exclude={"utterances", "roles_inferred"}),
                status=CallStatus.queued, attempts=0, created_at=utcnow())


@dataclass(slots=True)
class Accepted:
    call_id: int
    status: CallStatus
    created: bool    # a new call
    queued: bool     # the caller should run process_call for it


def spool_upload(stream: IO[bytes], settings: Settings) -> tuple[Path, str, int]:
    """Copy an upload to a temporary file in the data directory, hashing it.

    Raises UploadTooLarge past `max_upload_bytes`; the partial file is removed.
    """
    tmp_dir = settings.data_dir / "tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, name = tempfile.mkstemp(dir=tmp_dir, suffix=".upload")
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > settings.max_upload_bytes:
                    raise UploadTooLarge("upload", "audio",
                                         f"recording is larger than the limit of {settings.max_upload_bytes} bytes")
                digest.update(chunk)
                out.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path, digest.hexdigest(), size


def accept_recording(session_factory: SessionFactory, settings: Settings, stream: IO[bytes], filename: str,
                     metadata: CallMetadata, *, default_timezone: str, actor: str = "system",
                     api_key_id: int | None = None) -> Accepted:
    """Store an uploaded recording by content hash and queue it.

    The same file twice is one call: the second upload changes nothing, except
    that a call whose processing failed is queued again. Bad input raises a
    QAInputError naming the field and leaves the store untouched.
    """
    filename = check_filename(filename)
    check_started_at(metadata, "metadata")
    tmp, content_hash, size = spool_upload(stream, settings)
    try:
        if size == 0:
            raise AudioError("upload", "audio", "the file is empty")
        with tmp.open("rb") as fh:
            content_type = sniff_audio(fh.read(16))
        if content_type is None:
            raise UnsupportedMedia("upload", "audio",
                                   f"{filename!r} is not a recording in a supported format (wav, flac, mp3, ogg, m4a)")
        with session_factory() as session:
            existing = repo.call_by_hash(session, content_hash)
            if existing is not None:
                return _requeue_if_failed(session, existing, actor=actor, api_key_id=api_key_id)
        try:
            _probe(tmp, settings)
        except AudioError as exc:
            raise AudioError("upload", "audio", f"{filename!r}: {exc.message}") from None
        rel = Path("recordings") / content_hash[:2] / f"{content_hash}{_EXTENSION_OF[content_type]}"
        dest = settings.data_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if not dest.exists():
            os.replace(tmp, dest)
        call = _new_call(metadata, content_hash=content_hash, source=CallSource.audio,
                         default_timezone=default_timezone)
        call.audio_path = rel.as_posix()
        call.audio_filename = filename
        call.audio_content_type = content_type
        call.audio_bytes = size
        with session_factory() as session:
            session.add(call)
            try:
                session.flush()
                repo.audit(session, "call.upload", "call", call.id, actor=actor, api_key_id=api_key_id,
                           filename=filename, bytes=size, content_hash=content_hash, external_id=call.external_id)
                session.commit()
            except IntegrityError:
                # The same file arrived twice at once: the other upload stored it.
                session.rollback()
                existing = repo.call_by_hash(session, content_hash)
                if existing is None:
                    raise
                return Accepted(existing.id, existing.status, created=False, queued=False)
            return Accepted(call.id, call.status, created=True, queued=True)
    finally:
        tmp.unlink(missing_ok=True)


def _requeue_if_failed(session: Any, call: Call, *, actor: str, api_key_id: int | None) -> Accepted:
    if call.status != CallStatus.failed:
        return Accepted(call.id, call.status, created=False, queued=False)
    result = session.execute(update(Call).where(Call.id == call.id, Call.status == CallStatus.failed)
                             .values(status=CallStatus.queued, claimed_at=None))
    if result.rowcount:
        repo.audit(session, "call.requeue", "call", call.id, actor=actor, api_key_id=api_key_id,
                   previous_error=call.error)
    session.commit()
    return Accepted(call.id, CallStatus.queued, created=False, queued=bool(result.rowcount))


def accept_transcript(session_factory: SessionFactory, transcript: Transcript, *, scanner: Scanner | None = None,
                      settings: Settings | None = None, actor: str = "system",
                      api_key_id: int | None = None) -> Accepted:
    """Store a submitted transcript and scan it at once. The same transcript twice is one call."""
    check_started_at(transcript, "transcript")
    settings = settings or get_settings()
    scanner = scanner or _default_scanner(settings)
    content_hash = content_hash_of_transcript(transcript)
    created = False
    with session_factory() as session:
        call = repo.call_by_hash(session, content_hash)
        if call is None:
            call = _new_call(transcript, content_hash=content_hash, source=CallSource.transcript,
                             default_timezone=scanner.pack.settings.default_timezone)
            call.roles_inferred = transcript.roles_inferred
            call.utterances = _utterance_rows(transcript)
            session.add(call)
            try:
                session.flush()
                repo.audit(session, "call.submit_transcript", "call", call.id, actor=actor,
                           api_key_id=api_key_id, external_id=call.external_id,
                           utterances=len(transcript.utterances))
                session.commit()
                created = True
            except IntegrityError:
                session.rollback()
                call = repo.call_by_hash(session, content_hash)
                if call is None:
                    raise
        call_id = call.id
    status = process_call(session_factory, call_id, settings=settings, scanner=scanner)
    return Accepted(call_id, status, created=created, queued=False)


def _utterance_rows(transcript: Transcript) -> list[Utterance]:
    return [Utterance(index=i, speaker=u.speaker, start=u.start, end=u.end, text=u.text,
                      low_confidence=u.low_confidence) for i, u in enumerate(transcript.utterances)]


# --- the job ---------------------------------------------------------------

def _default_scanner(settings: Settings) -> Scanner:
    from qa_pipeline.engine.scanner import get_scanner

    return get_scanner(settings)


def _default_transcriber(settings: Settings) -> TranscriberLike:
    from qa_pipeline.speech.transcriber import Transcriber

    return Transcriber(settings)


def _claim(session_factory: SessionFactory, call_id: int, pack_version: str, settings: Settings,
           force: bool) -> datetime | None:
    """Mark the call processing if it needs work; the claim time, or None."""
    now = utcnow()
    stale = now - timedelta(seconds=settings.stale_processing_seconds)
    needs_work = or_(
        Call.status.in_([CallStatus.queued, CallStatus.failed]),
        and_(Call.status == CallStatus.processing, or_(Call.claimed_at.is_(None), Call.claimed_at < stale)),
        and_(Call.status == CallStatus.done,
             true() if force else or_(Call.pack_version.is_(None), Call.pack_version != pack_version)),
    )
    with session_factory() as session:
        result = session.execute(
            update(Call).where(Call.id == call_id, needs_work)
            .values(status=CallStatus.processing, claimed_at=now, attempts=Call.attempts + 1, error=None)
            .execution_options(synchronize_session=False))
        session.commit()
        if result.rowcount:
            return now
        if session.get(Call, call_id) is None:
            raise repo.NotFound("call", call_id)
    return None


def _still_ours(call: Call, claimed_at: datetime) -> bool:
    return call.status == CallStatus.processing and call.claimed_at == claimed_at


def process_call(session_factory: SessionFactory, call_id: int, *, settings: Settings | None = None,
                 scanner: Scanner | None = None, transcriber: TranscriberLike | None = None,
                 force: bool = False) -> CallStatus:
    """Transcribe (recordings without a transcript yet), scan and store one call.

    Does nothing to a call that is done with the current rule-pack version
    (unless `force`) or that another worker is processing. Re-scanning with a
    new pack version replaces the unreviewed findings and keeps reviewed ones
    (with their reviews). Errors leave the call `failed` with the message;
    the returned value is the call's status afterwards.
    """
    settings = settings or get_settings()
    scanner = scanner or _default_scanner(settings)
    pack = scanner.pack
    claimed_at = _claim(session_factory, call_id, pack.version, settings, force)
    if claimed_at is None:
        with session_factory() as session:
            return repo.get_call(session, call_id).status
    try:
        with session_factory() as session:
            call = repo.get_call(session, call_id, full=True)
            metadata = dict(call.call_metadata)
            stored = [{"speaker": u.speaker, "start": u.start, "end": u.end, "text": u.text,
                       "low_confidence": u.low_confidence} for u in call.utterances]
            roles_inferred = call.roles_inferred
            audio = settings.data_dir / call.audio_path if call.audio_path else None
            source = call.source
            context = _call_context(session, call)
        new_utterances = None
        if stored or source == CallSource.transcript:
            transcript = Transcript.model_validate({**metadata, "utterances": stored,
                                                    "roles_inferred": roles_inferred})
        else:
            if audio is None or not audio.is_file():
                raise AudioError(str(audio), "audio", "the stored recording is missing")
            transcriber = transcriber or _default_transcriber(settings)
            heard = transcriber.transcribe(audio, CallMetadata.model_validate(metadata))
            transcript = Transcript.model_validate({**metadata, "utterances": heard.utterances,
                                                    "roles_inferred": heard.roles_inferred})
            new_utterances = _utterance_rows(transcript)
        result = scanner.scan(transcript, context)
        with session_factory() as session:
            call = repo.get_call(session, call_id, full=True)
            if not _still_ours(call, claimed_at):
                log.warning("call %s: claim taken over by another worker; result dropped", call_id)
                return call.status
            first_time = call.processed_at is None
            if new_utterances is not None and not call.utterances:
                call.utterances = new_utterances
                call.roles_inferred = transcript.roles_inferred
            counts = _store_findings(session, call, result, pack.name, pack.version)
            call.status = CallStatus.done
            call.error = None
            call.claimed_at = None
            call.processed_at = utcnow()
            call.pack_name, call.pack_version = pack.name, pack.version
            repo.audit(session, "call.processed", "call", call.id, pack=pack.name, pack_version=pack.version,
                       call_of_day=context.call_of_day, **counts)
            session.commit()
            group = (call.debtor_id, call.call_date) if first_time and call.debtor_id else None
    except Exception as exc:  # noqa: BLE001 - any failure is recorded on the call
        if isinstance(exc, QAInputError):
            message = str(exc)
        else:
            message = f"{type(exc).__name__}: {exc}"
            log.exception("call %s failed", call_id)
        _mark_failed(session_factory, call_id, claimed_at, message)
        return CallStatus.failed
    if group is not None:
        # Calls to this debtor later that day that were scanned before this one
        # was stored counted one call too few: re-scan those (no ASR needed).
        from qa_pipeline.jobs.frequency import refresh_call_frequency

        refresh_call_frequency(session_factory, groups=[group], scanner=scanner, settings=settings)
    return CallStatus.done


def _call_context(session: Any, call: Call) -> CallContext:
    """What the engine needs from the store: the call's number among the debtor's calls that day."""
    from qa_pipeline.engine.scanner import CallContext

    if not call.debtor_id:
        return CallContext()
    earlier = session.scalar(select(func.count()).select_from(Call).where(
        Call.debtor_id == call.debtor_id, Call.call_date == call.call_date,
        tuple_(Call.started_at, Call.id) < tuple_(call.started_at, call.id)))
    return CallContext(call_of_day=earlier + 1)


def _store_findings(session: Any, call: Call, result: CallFindings, pack_name: str,
                    pack_version: str) -> dict[str, int]:
    """Make the call's findings those of `result`, keeping reviewed ones.

    A flag is identified by rule and utterance. Reviewed findings (any review,
    or a decided state) stay as they were, with their history. Unreviewed ones
    the new scan raises again are updated in place (same id); the rest are
    deleted; new flags are added.
    """
    reviewed: set[tuple[str, int | None]] = set()
    unreviewed: dict[tuple[str, int | None], Finding] = {}
    for old in call.findings:
        key = (old.rule_id, old.utterance_index)
        if old.review_state != ReviewState.open or old.reviews:
            reviewed.add(key)
        else:
            unreviewed[key] = old
    added = updated = 0
    for f in result.findings:
        key = (f.rule_id, f.utterance_index)
        if key in reviewed:
            continue
        values = dict(
            rule_id=f.rule_id, title=f.title or "", category=f.category, severity=f.severity,
            pack_name=f.pack or pack_name, pack_version=f.pack_version or pack_version,
            utterance_index=f.utterance_index, speaker=f.speaker, start=f.start, end=f.end, text=f.text,
            evidence=f.evidence.to_json())
        row = unreviewed.pop(key, None)
        if row is not None:
            for name, value in values.items():
                setattr(row, name, value)
            updated += 1
        else:
            session.add(Finding(call_id=call.id, review_state=ReviewState.open, agent_id=call.agent_id,
                                call_date=call.call_date, created_at=utcnow(), **values))
            added += 1
    for row in unreviewed.values():
        session.delete(row)
    return {"findings_added": added, "findings_updated": updated, "findings_removed": len(unreviewed),
            "findings_kept_reviewed": len(reviewed)}


def _mark_failed(session_factory: SessionFactory, call_id: int, claimed_at: datetime, message: str) -> None:
    with session_factory() as session:
        session.execute(update(Call).where(Call.id == call_id, Call.status == CallStatus.processing,
                                           Call.claimed_at == claimed_at)
                        .values(status=CallStatus.failed, error=message[:4000], claimed_at=None)
                        .execution_options(synchronize_session=False))
        repo.audit(session, "call.failed", "call", call_id, error=message[:4000])
        session.commit()


def pending_call_ids(session_factory: SessionFactory, settings: Settings | None = None) -> list[int]:
    """Calls waiting for a worker: queued, or processing under a stale claim."""
    settings = settings or get_settings()
    stale = utcnow() - timedelta(seconds=settings.stale_processing_seconds)
    with session_factory() as session:
        return list(session.scalars(select(Call.id).where(or_(
            Call.status == CallStatus.queued,
            and_(Call.status == CallStatus.processing, Call.claimed_at < stale))).order_by(Call.id)))


def rescan_calls(session_factory: SessionFactory, *, settings: Settings | None = None,
                 scanner: Scanner | None = None, call_ids: Iterable[int] | None = None,
                 force: bool = False) -> dict[str, int]:
    """Re-scan done calls scanned with another pack version (or all of `call_ids`)."""
    settings = settings or get_settings()
    scanner = scanner or _default_scanner(settings)
    if call_ids is None:
        with session_factory() as session:
            stmt = select(Call.id).where(Call.status == CallStatus.done).order_by(Call.id)
            if not force:
                stmt = stmt.where(or_(Call.pack_version.is_(None), Call.pack_version != scanner.pack.version))
            call_ids = list(session.scalars(stmt))
    counts: dict[str, int] = {}
    for call_id in call_ids:
        status = process_call(session_factory, call_id, settings=settings, scanner=scanner, force=force)
        counts[status.value] = counts.get(status.value, 0) + 1
    return counts


# --- the in-process worker -------------------------------------------------

class InProcessWorker:
    """A thread pool inside the API process that runs process_call on uploads."""

    def __init__(self, session_factory: SessionFactory, settings: Settings, *,
                 scanner_factory: Callable[[], Scanner] | None = None,
                 transcriber_factory: Callable[[], TranscriberLike] | None = None) -> None:
        self.session_factory = session_factory
        self.settings = settings
        self._scanner_factory = scanner_factory or (lambda: _default_scanner(settings))
        self._transcriber_factory = transcriber_factory or (lambda: _default_transcriber(settings))
        self._transcriber: TranscriberLike | None = None
        self._lock = threading.Lock()
        self._futures: set[Future[CallStatus]] = set()
        self._pool: ThreadPoolExecutor | None = None

    def start(self) -> None:
        self._pool = ThreadPoolExecutor(self.settings.worker_threads, thread_name_prefix="qa-worker")
        for call_id in pending_call_ids(self.session_factory, self.settings):
            self.submit(call_id)

    def stop(self, wait: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None

    def submit(self, call_id: int) -> Future[CallStatus]:
        if self._pool is None:
            raise RuntimeError("worker not started")
        future = self._pool.submit(self._run, call_id)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)
        return future

    def wait_idle(self, timeout: float | None = None) -> None:
        """Block until every submitted call is finished (tests, shutdown)."""
        with self._lock:
            pending = list(self._futures)
        for future in pending:
            future.result(timeout=timeout)

    def _forget(self, future: Future[CallStatus]) -> None:
        with self._lock:
            self._futures.discard(future)

    def _transcriber_once(self) -> TranscriberLike:
        with self._lock:
            if self._transcriber is None:
                self._transcriber = self._transcriber_factory()
            return self._transcriber

    def _run(self, call_id: int) -> CallStatus:
        try:
            return process_call(self.session_factory, call_id, settings=self.settings,
                                scanner=self._scanner_factory(), transcriber=_Lazy(self._transcriber_once))
        except Exception:
            log.exception("call %s: worker error", call_id)
            raise


class _Lazy:
    """Builds the transcriber (loads the model) only when a call needs ASR."""

    def __init__(self, get: Callable[[], TranscriberLike]) -> None:
        self._get = get

    def transcribe(self, path: Path, metadata: CallMetadata | None = None) -> Transcript:
        return self._get().transcribe(path, metadata)


__all__ = [
    "Accepted", "InProcessWorker", "UnsupportedMedia", "UploadTooLarge", "accept_recording", "accept_transcript",
    "check_filename", "check_started_at", "check_storable", "parse_upload_metadata", "pending_call_ids",
    "process_call", "rescan_calls", "sniff_audio", "spool_upload",
]

"""Accepting input: an uploaded recording or a submitted transcript becomes a
stored call.

A recording is identified by its content hash: the same file twice is one
call. Bad input raises a QAInputError naming the field and leaves the store
untouched.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import IO, Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.domain.timezones import zone
from qa_pipeline.domain.transcript import CallMetadata, Transcript, parse_metadata
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.errors import AudioError, QAInputError
from qa_pipeline.jobs.pipeline import run_call
from qa_pipeline.jobs.process import utterance_rows
from qa_pipeline.speech.audio import (
    AUDIO_EXTENSIONS,
    EXTENSION_OF_TYPE,
    check_audio,
    sniff_audio,
)
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import (
    Call,
    CallSource,
    CallStatus,
    utcnow,
)

CHUNK = 1 << 20


class UploadTooLarge(QAInputError):
    """A recording over `Settings.max_upload_bytes`."""


class UnsupportedMedia(QAInputError):
    """A file that is not a recording in a supported format."""


class MetadataConflict(QAInputError):
    """A recording stored before, uploaded again with other metadata: the stored call keeps its own."""

    def __init__(self, call_id: int, fields: list[str]) -> None:
        self.call_id = call_id
        self.fields = fields
        super().__init__("upload", "metadata", f"this recording is stored already as call {call_id}, with other "
                                               f"metadata (different: {', '.join(fields)}); nothing was changed")


def metadata_differences(stored: dict[str, Any], metadata: CallMetadata) -> list[str]:
    """The fields (dotted paths) in which `metadata` differs from a stored call's metadata.

    Both are read through CallMetadata, so defaults and spellings of one value (an instant
    in two offsets, say) do not count as differences.
    """
    before = CallMetadata.model_validate(stored).model_dump()
    return list(_differences(before, metadata.model_dump(), ""))


_ABSENT = object()


def _differences(before: Any, after: Any, path: str) -> Iterator[str]:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after), key=str):
            yield from _differences(before.get(key, _ABSENT), after.get(key, _ABSENT),
                                    f"{path}.{key}" if path else str(key))
    elif before != after:
        yield path


def _same_metadata(call: Call, metadata: CallMetadata) -> None:
    """Refuse (MetadataConflict) an upload of a stored recording whose metadata is not the stored call's."""
    fields = metadata_differences(call.call_metadata, metadata)
    if fields:
        raise MetadataConflict(call.id, fields)


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


# Metadata nested deeper than this is refused (real call metadata is 2-3 levels deep).
MAX_JSON_DEPTH = 32


def check_storable(data: Any, source: str, path: str = "", depth: int = 0) -> None:
    """Refuse what the databases cannot store or JSON cannot carry: NUL characters,
    lone surrogates, infinite or NaN numbers, nesting deeper than MAX_JSON_DEPTH.

    Give it the model's Python dump (`model_dump()`), not the JSON one, in which
    NaN has already become null."""
    if depth > MAX_JSON_DEPTH:
        raise QAInputError(source, path or None, f"nested deeper than {MAX_JSON_DEPTH} levels")
    if isinstance(data, float) and not math.isfinite(data):
        raise QAInputError(source, path or None, "must be a finite number (not NaN or Infinity)")
    if isinstance(data, str):
        if "\x00" in data:
            raise QAInputError(source, path or None, "contains a NUL character")
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            raise QAInputError(source, path or None, "is not valid Unicode text") from None
    elif isinstance(data, dict):
        for k, v in data.items():
            check_storable(str(k), source, path, depth + 1)
            check_storable(v, source, f"{path}.{k}" if path else str(k), depth + 1)
    elif isinstance(data, list):
        for i, v in enumerate(data):
            check_storable(v, source, f"{path}[{i}]", depth + 1)


def check_transcript_bounds(transcript: Transcript, settings: Settings, source: str) -> None:
    """Refuse a transcript with more utterances, or longer ones, than the settings allow.

    Bounds the work one call costs the engine and the size of its pages.
    """
    count = len(transcript.utterances)
    if count > settings.max_transcript_utterances:
        raise QAInputError(source, "utterances", f"{count} utterances, over the limit of "
                                                 f"{settings.max_transcript_utterances} "
                                                 "(QA_MAX_TRANSCRIPT_UTTERANCES)")
    for i, utterance in enumerate(transcript.utterances):
        if len(utterance.text) > settings.max_utterance_chars:
            raise QAInputError(source, f"utterances[{i}].text",
                               f"{len(utterance.text)} characters, over the limit of "
                               f"{settings.max_utterance_chars} (QA_MAX_UTTERANCE_CHARS)")


# Metadata fields stored in their own columns, and the column each goes to.
_COLUMN_OF_FIELD = {"call_id": "external_id", "agent_id": "agent_id", "debtor_id": "debtor_id", "team": "team"}


def check_column_lengths(metadata: CallMetadata, source: str) -> None:
    """Refuse metadata strings longer than their database columns, before anything is stored."""
    for field_name, column in _COLUMN_OF_FIELD.items():
        value = getattr(metadata, field_name, None)
        limit = getattr(Call.__table__.c[column].type, "length", None)  # String(200)
        if isinstance(value, str) and limit is not None and len(value) > limit:
            raise QAInputError(source, field_name, f"{len(value)} characters, longer than the {limit} allowed")


EARLIEST_CALL = datetime(1990, 1, 1, tzinfo=UTC)
LATEST_CALL = datetime(2200, 1, 1, tzinfo=UTC)


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
    except RecursionError:
        raise QAInputError("upload", "metadata", f"nested deeper than {MAX_JSON_DEPTH} levels") from None
    if isinstance(data, dict) and "call_id" not in data:
        data["call_id"] = Path(filename).stem
    try:
        metadata = parse_metadata(data, "metadata")
        check_storable(metadata.model_dump(), "metadata")
        check_started_at(metadata, "metadata")
    except QAInputError as exc:
        field = f"metadata.{exc.field}" if exc.field and exc.field != "(root)" else "metadata"
        raise QAInputError("upload", field, exc.message) from None
    return metadata


def _probe(path: Path, settings: Settings) -> None:
    """Decode the whole recording once, without keeping the samples, so a corrupt,
    cut-off or too long file is refused at upload (the length from its header first)."""
    check_audio(path, max_bytes=settings.max_upload_bytes, max_seconds=settings.audio_max_seconds,
                max_samples=settings.audio_max_decoded_samples)


def recording_path(content_hash: str, suffix: str) -> PurePosixPath:
    """Where the store keeps a recording, relative to the data directory."""
    return PurePosixPath("recordings") / content_hash[:2] / f"{content_hash}{suffix}"


def content_hash_of_transcript(transcript: Transcript) -> str:
    canonical = json.dumps(transcript.model_dump(mode="json"), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(("transcript:" + canonical).encode("utf-8")).hexdigest()


def local_call_date(started_at: datetime, metadata: CallMetadata, default_timezone: str) -> date:
    return started_at.astimezone(zone(metadata.callee.timezone or default_timezone)).date()


def new_call(metadata: CallMetadata, *, content_hash: str, source: CallSource,
              default_timezone: str) -> Call:
    return Call(content_hash=content_hash, source=source, external_id=metadata.call_id,
                agent_id=metadata.agent_id, debtor_id=metadata.debtor_id, team=metadata.team,
                started_at=metadata.started_at,
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
    that a call whose processing failed is queued again. The same file with
    other metadata is refused (MetadataConflict, naming the fields). Bad input
    raises a QAInputError naming the field and leaves the store untouched.
    """
    filename = check_filename(filename)
    check_started_at(metadata, "metadata")
    try:
        check_column_lengths(metadata, "metadata")
    except QAInputError as exc:
        raise QAInputError("upload", f"metadata.{exc.field}", exc.message) from None
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
                _same_metadata(existing, metadata)
                return _requeue_if_failed(session, existing, actor=actor, api_key_id=api_key_id)
        try:
            _probe(tmp, settings)
        except AudioError as exc:
            raise AudioError("upload", "audio", f"{filename!r}: {exc.message}") from None
        rel = recording_path(content_hash, EXTENSION_OF_TYPE[content_type])
        dest = settings.data_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if not dest.exists():
            os.replace(tmp, dest)
        call = new_call(metadata, content_hash=content_hash, source=CallSource.audio,
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
                _same_metadata(existing, metadata)
                return Accepted(existing.id, existing.status, created=False, queued=False)
            return Accepted(call.id, call.status, created=True, queued=True)
    finally:
        tmp.unlink(missing_ok=True)


def _requeue_if_failed(session: Session, call: Call, *, actor: str, api_key_id: int | None) -> Accepted:
    if call.status != CallStatus.failed:
        return Accepted(call.id, call.status, created=False, queued=False)
    result = session.execute(update(Call).where(Call.id == call.id, Call.status == CallStatus.failed)
                             .values(status=CallStatus.queued, claimed_at=None))
    requeued = repo.rows_changed(result) > 0
    if requeued:
        repo.audit(session, "call.requeue", "call", call.id, actor=actor, api_key_id=api_key_id,
                   previous_error=call.error)
    session.commit()
    return Accepted(call.id, CallStatus.queued, created=False, queued=requeued)


def accept_transcript(session_factory: SessionFactory, transcript: Transcript, *, scanner: Scanner | None = None,
                      settings: Settings | None = None, actor: str = "system",
                      api_key_id: int | None = None) -> Accepted:
    """Store a submitted transcript and scan it at once. The same transcript twice is one call."""
    check_started_at(transcript, "transcript")
    settings = settings or get_settings()
    check_transcript_bounds(transcript, settings, "transcript")
    check_column_lengths(transcript, "transcript")
    scanner = scanner or get_scanner(settings)
    content_hash = content_hash_of_transcript(transcript)
    created = False
    with session_factory() as session:
        call = repo.call_by_hash(session, content_hash)
        if call is None:
            call = new_call(transcript, content_hash=content_hash, source=CallSource.transcript,
                             default_timezone=scanner.pack.settings.default_timezone)
            call.roles_inferred = transcript.roles_inferred
            call.utterances = utterance_rows(transcript)
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
    status = run_call(session_factory, call_id, settings=settings, scanner=scanner)
    return Accepted(call_id, status, created=created, queued=False)

"""The per-call job: transcribe (recordings without a transcript yet),
measure how it sounds (recordings: once, kept on the call), scan, store the
findings.

A plain function over a session factory, so the API's in-process worker,
the nightly batch audit and Celery workers all run the same job. It is
idempotent: running it twice leaves the store as running it once.

Status of a call: queued -> processing -> done | failed (with the error).
A job claims a call with one conditional UPDATE, so two workers never
process the same call at once; a claim older than
`Settings.stale_processing_seconds` (its worker died) may be taken over.
A call that failed, or whose worker died, on its
`Settings.max_processing_attempts`-th claim goes to dead_letter instead: no
worker claims it again until an admin re-queues it (`lifecycle.requeue_call`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from sqlalchemy import ColumnElement, and_, case, or_, select, true, update
from sqlalchemy.orm import Session

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.domain.acoustics import CallSound
from qa_pipeline.domain.findings import CallFindings
from qa_pipeline.domain.rescan import DiffFinding, FindingKey, RescanDiff
from qa_pipeline.domain.review import ReviewState
from qa_pipeline.domain.transcript import CallMetadata, Transcript
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.errors import AudioError, QAInputError
from qa_pipeline.jobs.alerts import send_alerts
from qa_pipeline.jobs.ledger import call_context
from qa_pipeline.jobs.second_listen import second_listen_recording
from qa_pipeline.speech.sound import measure_recording
from qa_pipeline.store import db, tallies
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import (
    Call,
    CallSource,
    CallStatus,
    StoredFinding,
    StoredUtterance,
    utcnow,
)

log = logging.getLogger(__name__)

# A debtor's calls on one callee-local day: the unit the call-frequency rules re-check.
DebtorDay = tuple[str, date]


class TranscriberLike(Protocol):
    def transcribe(self, path: Path, metadata: CallMetadata | None = None) -> Transcript: ...


@dataclass(frozen=True, slots=True)
class Processed:
    status: CallStatus
    # Set when this run stored the call's findings for the first time: the
    # debtor's day whose other calls may now be numbered wrong (see
    # `qa_pipeline.jobs.frequency`).
    debtor_day: DebtorDay | None = None
    # Set when this run re-scanned a call that was done before: what it changed (stored too).
    rescan: RescanDiff | None = None


def default_transcriber(settings: Settings) -> TranscriberLike:
    # Imported here: it loads faster-whisper, which only calls with audio need.
    from qa_pipeline.speech.transcriber import Transcriber

    return Transcriber(settings)


def _abandoned(settings: Settings, now: datetime) -> ColumnElement[bool]:
    """Processing calls whose worker went away (the claim is stale) or never set a claim time."""
    stale = now - timedelta(seconds=settings.stale_processing_seconds)
    return and_(Call.status == CallStatus.processing, or_(Call.claimed_at.is_(None), Call.claimed_at < stale))


def _exhausted(settings: Settings) -> ColumnElement[bool]:
    return Call.attempts >= settings.max_processing_attempts


def dead_letter_abandoned(session_factory: SessionFactory, settings: Settings,
                          call_ids: Sequence[int] | None = None) -> list[int]:
    """Move abandoned calls that used up their attempts (of `call_ids`, or all) to dead_letter; their ids.

    Each one's worker died on it (killed, crashed, out of memory) `max_processing_attempts` times:
    claiming it again would likely kill another worker.
    """
    where = and_(_abandoned(settings, utcnow()), _exhausted(settings))
    if call_ids is not None:
        where = and_(where, Call.id.in_(list(call_ids)))
    moved: list[int] = []
    with session_factory() as session:
        for call_id, attempts in session.execute(select(Call.id, Call.attempts).where(where).order_by(Call.id)).all():
            message = (f"its worker stopped {attempts} times before finishing (killed, crashed or out of memory); "
                       "not tried again until an admin re-queues it")
            changed = session.execute(update(Call).where(Call.id == call_id, where)
                                      .values(status=CallStatus.dead_letter, error=message, claimed_at=None)
                                      .execution_options(synchronize_session=False))
            if repo.rows_changed(changed):
                repo.audit(session, "call.dead_letter", "call", call_id, attempts=attempts, error=message)
                session.commit()
                moved.append(call_id)
    return moved


def _claim(session_factory: SessionFactory, call_id: int, pack_version: str, settings: Settings,
           force: bool) -> datetime | None:
    """Mark the call processing if it needs work; the claim time, or None."""
    now = utcnow()
    dead_letter_abandoned(session_factory, settings, [call_id])
    needs_work = or_(
        Call.status.in_([CallStatus.queued, CallStatus.failed]),
        and_(_abandoned(settings, now), ~_exhausted(settings)),
        and_(Call.status == CallStatus.done,
             true() if force else or_(Call.pack_version.is_(None), Call.pack_version != pack_version)),
    )
    with session_factory() as session:
        result = session.execute(
            update(Call).where(Call.id == call_id, needs_work)
            # Attempts count the claims since the call was last done: a re-scan starts at one.
            .values(status=CallStatus.processing, claimed_at=now, error=None,
                    attempts=case((Call.status == CallStatus.done, 1), else_=Call.attempts + 1))
            .execution_options(synchronize_session=False))
        session.commit()
        if repo.rows_changed(result):
            return now
        if session.get(Call, call_id) is None:
            raise repo.NotFound("call", call_id)
    return None


def _still_ours(call: Call, claimed_at: datetime) -> bool:
    return call.status == CallStatus.processing and call.claimed_at == claimed_at


def process_call(session_factory: SessionFactory, call_id: int, *, settings: Settings | None = None,
                 scanner: Scanner | None = None, transcriber: TranscriberLike | None = None,
                 force: bool = False) -> Processed:
    """Transcribe (recordings without a transcript yet), scan and store one call.

    Does nothing to a call that is done with the current rule-pack version
    (unless `force`) or that another worker is processing. Re-scanning with a
    new pack version replaces the unreviewed findings and keeps reviewed ones
    (with their reviews). Errors leave the call `failed` with the message;
    the returned value is the call's status afterwards.
    """
    settings = settings or get_settings()
    scanner = scanner or get_scanner(settings)
    pack = scanner.pack
    claimed_at = _claim(session_factory, call_id, pack.version, settings, force)
    if claimed_at is None:
        with session_factory() as session:
            return Processed(repo.get_call(session, call_id).status)
    try:
        with session_factory() as session:
            call = repo.get_call(session, call_id, full=True)
            metadata = dict(call.call_metadata)
            stored = [{"speaker": u.speaker, "start": u.start, "end": u.end, "text": u.text,
                       "low_confidence": u.low_confidence, "words": u.words or []} for u in call.utterances]
            roles_inferred = call.roles_inferred
            audio = settings.data_dir / call.audio_path if call.audio_path else None
            source = call.source
            context = call_context(session, call, pack.settings, settings.contact_link_seconds)
            stored_sound = CallSound.model_validate(call.acoustics) if call.acoustics else None
        new_utterances = None
        if stored or source == CallSource.transcript:
            transcript = Transcript.model_validate({**metadata, "utterances": stored,
                                                    "roles_inferred": roles_inferred})
        else:
            if audio is None or not audio.is_file():
                raise AudioError(str(audio), "audio", "the stored recording is missing")
            transcriber = transcriber or default_transcriber(settings)
            heard = transcriber.transcribe(audio, CallMetadata.model_validate(metadata))
            transcript = Transcript.model_validate({**metadata, "utterances": heard.utterances,
                                                    "roles_inferred": heard.roles_inferred})
            new_utterances = utterance_rows(transcript)
        sound = stored_sound
        if sound is None and source == CallSource.audio and audio is not None and audio.is_file():
            sound = _measure(audio, transcript, call_id)
        context = dataclasses.replace(context, acoustics=sound)
        result = scanner.scan(transcript, context)
        if new_utterances is not None and audio is not None:
            # Heard just now: hear again what the findings rest on before storing them.
            result = second_listen_recording(audio, transcript, result, scanner, transcriber, settings,
                                             context).findings
        with session_factory() as session:
            call = repo.get_call(session, call_id, full=True)
            if not _still_ours(call, claimed_at):
                log.warning("call %s: claim taken over by another worker; result dropped", call_id)
                return Processed(call.status)
            first_time = call.processed_at is None
            old_pack = (call.pack_name, call.pack_version)
            if new_utterances is not None and not call.utterances:
                call.utterances = new_utterances
                call.roles_inferred = transcript.roles_inferred
            if sound is not None and call.acoustics is None:
                call.acoustics = sound.model_dump(mode="json")
            changes = _store_findings(session, call, result, pack.name, pack.version)
            call.status = CallStatus.done
            call.error = None
            call.claimed_at = None
            now = utcnow()
            call.processed_at = now
            call.pack_name, call.pack_version = pack.name, pack.version
            rescan = None
            if not first_time:
                rescan = RescanDiff(call_id=call.id, at=now, old_pack_name=old_pack[0], old_pack_version=old_pack[1],
                                    new_pack_name=pack.name, new_pack_version=pack.version,
                                    added=changes.added_rows, removed=changes.removed_rows, kept=changes.kept_rows)
                repo.add_rescan(session, rescan)
            repo.audit(session, "call.processed", "call", call.id, pack=pack.name, pack_version=pack.version,
                       call_of_day=context.call_of_day, findings_added=changes.added,
                       findings_updated=changes.updated, findings_removed=changes.removed,
                       findings_kept_reviewed=changes.kept_reviewed)
            session.commit()
            debtor_day = (call.debtor_id, call.call_date) if first_time and call.debtor_id else None
            send_alerts(call, changes.new, settings)
            tallies.compact_if_due(session)  # the queue's counts stay a row per combination
    except Exception as exc:
        if db.is_unavailable(exc):
            # The database went away, not the recording: failing the call would need the
            # database too. It stays claimed; the runner tries again (a stale claim is taken over).
            raise
        if isinstance(exc, QAInputError):
            message = str(exc)
        else:
            message = f"{type(exc).__name__}: {exc}"
            log.exception("call %s failed", call_id)
        return Processed(_mark_failed(session_factory, settings, call_id, claimed_at, message))
    return Processed(CallStatus.done, debtor_day, rescan)


def _measure(audio: Path, transcript: Transcript, call_id: int) -> CallSound | None:
    """The recording's acoustic measures; None (logged) if they cannot be made: the scan goes on without."""
    try:
        return measure_recording(audio, transcript.utterances, transcript.channels)
    except (QAInputError, ValueError) as exc:
        log.warning("call %s: no acoustic measures: %s", call_id, exc)
        return None


@dataclass(frozen=True, slots=True)
class FindingChanges:
    """What storing a scan's findings did to a call's stored findings."""

    added_rows: list[DiffFinding]
    removed_rows: list[DiffFinding]
    kept_rows: list[DiffFinding]  # unreviewed ones raised again (updated in place), and every reviewed one
    new: tuple[StoredFinding, ...] = ()  # the added rows (alerts are sent for them once committed)

    @property
    def added(self) -> int:
        return len(self.added_rows)

    @property
    def removed(self) -> int:
        return len(self.removed_rows)

    @property
    def updated(self) -> int:
        return sum(1 for f in self.kept_rows if not f.reviewed)

    @property
    def kept_reviewed(self) -> int:
        return sum(1 for f in self.kept_rows if f.reviewed)


def _diff_entry(row: StoredFinding, *, reviewed: bool = False, raised: bool = True) -> DiffFinding:
    return DiffFinding(finding_id=row.id, rule_id=row.rule_id, category=row.category, severity=row.severity,
                       utterance_index=row.utterance_index, start=row.start, end=row.end, reviewed=reviewed,
                       raised=raised)


def _store_findings(session: Session, call: Call, result: CallFindings, pack_name: str,
                    pack_version: str) -> FindingChanges:
    """Make the call's findings those of `result`, keeping reviewed ones.

    A flag is identified by rule and utterance. Reviewed findings (any review,
    or a decided state) stay as they were, with their history. Unreviewed ones
    the new scan raises again are updated in place (same id); the rest are
    deleted; new flags are added.
    """
    reviewed: dict[FindingKey, StoredFinding] = {}
    unreviewed: dict[FindingKey, StoredFinding] = {}
    for old in call.findings:
        key = (old.rule_id, old.utterance_index)
        if old.reviewed:
            reviewed[key] = old
        else:
            unreviewed[key] = old
    raised_again: set[FindingKey] = set()
    updated: list[StoredFinding] = []
    new: list[StoredFinding] = []
    for f in result.findings:
        key = (f.rule_id, f.utterance_index)
        raised_again.add(key)
        if key in reviewed:
            continue
        values = {
            "rule_id": f.rule_id, "title": f.title or "", "category": f.category, "severity": f.severity,
            "pack_name": f.pack or pack_name, "pack_version": f.pack_version or pack_version,
            "utterance_index": f.utterance_index, "speaker": f.speaker, "start": f.start, "end": f.end, "text": f.text,
            "evidence": f.evidence.to_json(), "confidence": f.confidence, "needs_listening": f.needs_listening}
        row = unreviewed.pop(key, None)
        if row is not None:
            for name, value in values.items():
                setattr(row, name, value)
            updated.append(row)
        else:
            row = StoredFinding(call_id=call.id, review_state=ReviewState.open, agent_id=call.agent_id,
                                call_date=call.call_date, created_at=utcnow(), **values)
            session.add(row)
            new.append(row)
    removed = [_diff_entry(row) for row in unreviewed.values()]
    for row in unreviewed.values():
        session.delete(row)
    session.flush()  # the added rows' ids, for the diff
    kept = [_diff_entry(row) for row in updated]
    kept += [_diff_entry(row, reviewed=True, raised=key in raised_again) for key, row in reviewed.items()]
    return FindingChanges(added_rows=[_diff_entry(row) for row in new], removed_rows=removed, kept_rows=kept,
                          new=tuple(new))


def _mark_failed(session_factory: SessionFactory, settings: Settings, call_id: int, claimed_at: datetime,
                 message: str) -> CallStatus:
    """Fail the call, or put it in dead_letter when that was its last attempt; the status it got."""
    with session_factory() as session:
        attempts = session.scalar(select(Call.attempts).where(Call.id == call_id)) or 0
        status = CallStatus.dead_letter if attempts >= settings.max_processing_attempts else CallStatus.failed
        session.execute(update(Call).where(Call.id == call_id, Call.status == CallStatus.processing,
                                           Call.claimed_at == claimed_at)
                        .values(status=status, error=message[:4000], claimed_at=None)
                        .execution_options(synchronize_session=False))
        repo.audit(session, f"call.{status.value}", "call", call_id, attempts=attempts, error=message[:4000])
        session.commit()
    return status


def pending_call_ids(session_factory: SessionFactory, settings: Settings | None = None) -> list[int]:
    """Calls waiting for a worker: queued, or processing under a stale claim with attempts left."""
    settings = settings or get_settings()
    stale = utcnow() - timedelta(seconds=settings.stale_processing_seconds)
    with session_factory() as session:
        return list(session.scalars(select(Call.id).where(or_(
            Call.status == CallStatus.queued,
            and_(Call.status == CallStatus.processing, Call.claimed_at < stale,
                 ~_exhausted(settings)))).order_by(Call.id)))


@dataclass(slots=True)
class RescanRun:
    """What `rescan_calls` did: the calls' statuses afterwards (counted), and each re-scanned call's diff."""

    statuses: dict[str, int] = field(default_factory=dict)
    diffs: list[RescanDiff] = field(default_factory=list)


def rescan_calls(session_factory: SessionFactory, *, settings: Settings | None = None,
                 scanner: Scanner | None = None, call_ids: Iterable[int] | None = None,
                 force: bool = False) -> RescanRun:
    """Re-scan done calls scanned with another pack version (or all of `call_ids`); each diff is stored."""
    settings = settings or get_settings()
    scanner = scanner or get_scanner(settings)
    if call_ids is None:
        with session_factory() as session:
            stmt = select(Call.id).where(Call.status == CallStatus.done).order_by(Call.id)
            if not force:
                stmt = stmt.where(or_(Call.pack_version.is_(None), Call.pack_version != scanner.pack.version))
            call_ids = list(session.scalars(stmt))
    run = RescanRun()
    for call_id in call_ids:
        processed = process_call(session_factory, call_id, settings=settings, scanner=scanner, force=force)
        run.statuses[processed.status.value] = run.statuses.get(processed.status.value, 0) + 1
        if processed.rescan is not None:
            run.diffs.append(processed.rescan)
    return run


def utterance_rows(transcript: Transcript) -> list[StoredUtterance]:
    return [StoredUtterance(index=i, speaker=u.speaker, start=u.start, end=u.end, text=u.text,
                            low_confidence=u.low_confidence, words=[w.model_dump() for w in u.words] or None)
            for i, u in enumerate(transcript.utterances)]

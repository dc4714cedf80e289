"""The per-call job: accept, process, re-scan; idempotence and bad input."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from qa_pipeline import jobs
from qa_pipeline.config import REPO_ROOT
from qa_pipeline.domain.review import ReviewDecision, ReviewState
from qa_pipeline.domain.transcript import (
    CallMetadata,
    Transcript,
    parse_metadata,
    parse_transcript,
)
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.errors import AudioError, QAInputError
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import AuditEntry, Call, CallStatus, StoredFinding, utcnow
from tests.packs import copy_pack

SAMPLE = REPO_ROOT / "sample_audio" / "s-01.flac"

TRANSCRIPT = {
    "call_id": "c-001", "started_at": "2026-03-02T10:05:00+08:00", "agent_id": "a-17",
    "callee": {"relation": "debtor", "timezone": "Asia/Shanghai"},
    "utterances": [
        {"speaker": "agent", "start": 0.0, "end": 2.1, "text": "您好，请问是王建国先生本人吗？"},
        {"speaker": "customer", "start": 2.5, "end": 3.4, "text": "对，是我。"},
        {"speaker": "agent", "start": 4.0, "end": 8.0, "text": "你这个老赖，再不还钱我就打断你的腿。"},
        {"speaker": "agent", "start": 9.0, "end": 12.0, "text": "明天我们就去你单位，让你同事都知道你欠钱不还。"},
    ],
}


def changed_pack(tmp_path: Path, version: str, *, drop: str | None = None,
                 severity: tuple[str, str] | None = None) -> Scanner:
    """The real rule pack under another version, without rule `drop`, with one severity changed."""
    return Scanner.load(copy_pack(tmp_path, version, drop=drop, severity=severity), REPO_ROOT / "lexicons")


def metadata(call_id: str = "s-01") -> CallMetadata:
    return parse_metadata({"call_id": call_id, "started_at": "2026-03-02T10:05:00+08:00", "agent_id": "a-17"})


class FakeTranscriber:
    """Stands in for Whisper where the test is about the job, not about ASR."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.calls = 0

    def transcribe(self, path: Path, metadata: CallMetadata | None = None) -> Transcript:
        self.calls += 1
        assert path.is_file()
        if self.error:
            raise self.error
        return parse_transcript({**metadata.model_dump(mode="json"), "utterances": TRANSCRIPT["utterances"]})


def _finding_rows(session_factory) -> list[tuple]:
    with session_factory() as s:
        return [(f.id, f.rule_id, f.utterance_index, f.pack_version, f.review_state)
                for f in s.scalars(select(StoredFinding).order_by(StoredFinding.id))]


def _accept(session_factory, settings, data: bytes | Path = SAMPLE, name: str = "s-01.flac"):
    stream = io.BytesIO(data) if isinstance(data, bytes) else data.open("rb")
    with stream:
        return jobs.accept_recording(session_factory, settings, stream, name, metadata(),
                                           default_timezone="Asia/Shanghai", actor="tester")


def test_submitted_transcript_is_scanned_at_once(session_factory, settings):
    scanner = get_scanner()
    accepted = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), scanner=scanner,
                                            settings=settings, actor="tester")
    assert accepted.created and accepted.status is CallStatus.done
    with session_factory() as s:
        call = repo.get_call(s, accepted.call_id, full=True)
        assert call.status is CallStatus.done and call.pack_version == scanner.pack.version
        assert len(call.utterances) == 4
        categories = {f.category for f in call.findings}
        assert {"threat", "abuse"} <= categories
        assert all(f.agent_id == "a-17" and str(f.call_date) == "2026-03-02" for f in call.findings)
        actions = set(s.scalars(select(AuditEntry.action)))
        assert {"call.submit_transcript", "call.processed"} <= actions


def test_the_same_transcript_twice_is_one_call_and_processing_is_idempotent(session_factory, settings):
    first = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), settings=settings)
    before = _finding_rows(session_factory)
    second = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), settings=settings)
    assert second.call_id == first.call_id and not second.created
    assert jobs.run_call(session_factory, first.call_id, settings=settings) is CallStatus.done
    assert _finding_rows(session_factory) == before
    with session_factory() as s:
        assert repo.count(s, Call) == 1


def test_rescan_with_a_new_pack_version_keeps_reviewed_findings(session_factory, settings, tmp_path):
    accepted = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), settings=settings)
    with session_factory() as s:
        findings = repo.get_call(s, accepted.call_id, full=True).findings
        assert len({f.rule_id for f in findings}) == len(findings) >= 4
        confirmed, dismissed, dropped, updated = findings[:4]
        first_ids = {f.id for f in findings}
        repo.add_review(s, confirmed, ReviewDecision.confirm, reviewer="qa", comment="real")
        repo.add_review(s, dismissed, ReviewDecision.dismiss, reviewer="qa", comment="misheard")
        s.commit()
        old_version = confirmed.pack_version
    # v2 drops the rules of one reviewed and one unreviewed flag and changes another's severity.
    new_severity = "low" if updated.severity != "low" else "info"
    v2 = changed_pack(tmp_path, "9999.1", drop=dropped.rule_id, severity=(updated.rule_id, new_severity))
    assert jobs.run_call(session_factory, accepted.call_id, settings=settings,
                                   scanner=v2) is CallStatus.done
    rows = {r[0]: r for r in _finding_rows(session_factory)}
    assert set(rows) == first_ids - {dropped.id}
    # Reviewed: kept as they were, with their history and the version that raised them.
    assert rows[confirmed.id][3:] == (old_version, ReviewState.confirmed)
    assert rows[dismissed.id][3:] == (old_version, ReviewState.dismissed)
    # Unreviewed: what v2 says now.
    with session_factory() as s:
        assert [r.comment for r in repo.get_finding(s, confirmed.id).reviews] == ["real"]
        again = repo.get_finding(s, updated.id)
        assert (again.pack_version, again.severity) == ("9999.1", new_severity)
        assert s.get(Call, accepted.call_id).pack_version == "9999.1"
    # A pack that drops a reviewed flag's rule still keeps the reviewed flag.
    v3 = changed_pack(tmp_path, "9999.2", drop=confirmed.rule_id)
    jobs.run_call(session_factory, accepted.call_id, settings=settings, scanner=v3)
    assert confirmed.id in {r[0] for r in _finding_rows(session_factory)}
    # Running the same version again changes nothing.
    before = _finding_rows(session_factory)
    assert jobs.run_call(session_factory, accepted.call_id, settings=settings,
                                   scanner=v3) is CallStatus.done
    assert _finding_rows(session_factory) == before
    assert jobs.rescan_calls(session_factory, settings=settings, scanner=v3) == jobs.RescanRun()


def test_rescan_all_calls_of_an_older_version(session_factory, settings, tmp_path):
    first = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), settings=settings)
    other = parse_transcript({**TRANSCRIPT, "call_id": "c-002"})
    second = jobs.accept_transcript(session_factory, other, settings=settings)
    v2 = changed_pack(tmp_path, "9999.1")
    run = jobs.rescan_calls(session_factory, settings=settings, scanner=v2)
    assert run.statuses == {"done": 2}
    assert [d.call_id for d in run.diffs] == [first.call_id, second.call_id]
    assert all(d.new_pack_version == "9999.1" and not d.changed for d in run.diffs)
    with session_factory() as s:
        assert {s.get(Call, i).pack_version for i in (first.call_id, second.call_id)} == {"9999.1"}
        assert set(s.scalars(select(StoredFinding.pack_version))) == {"9999.1"}


def test_every_rescan_stores_what_it_added_removed_and_kept(session_factory, settings, tmp_path):
    accepted = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), settings=settings)
    with session_factory() as s:
        assert repo.call_rescans(s, accepted.call_id) == []  # the first scan is no re-scan
        findings = repo.get_call(s, accepted.call_id, full=True).findings
        confirmed, dropped, *others = findings
        repo.add_review(s, confirmed, ReviewDecision.confirm, reviewer="qa", comment="real")
        s.commit()
        first_version = confirmed.pack_version
    # v2 drops an unreviewed finding's rule and the reviewed one's: one removed, the reviewed one kept.
    v2 = changed_pack(tmp_path, "9999.1", drop=dropped.rule_id)
    run = jobs.rescan_calls(session_factory, settings=settings, scanner=v2)
    [diff] = run.diffs
    assert (diff.call_id, diff.old_pack_version, diff.new_pack_version) == (accepted.call_id, first_version, "9999.1")
    assert [(f.finding_id, f.rule_id) for f in diff.removed] == [(dropped.id, dropped.rule_id)]
    assert diff.added == []
    kept = {f.finding_id: f for f in diff.kept}
    assert set(kept) == {confirmed.id} | {f.id for f in others}
    assert kept[confirmed.id].reviewed and kept[confirmed.id].raised
    assert not any(kept[f.id].reviewed for f in others)
    assert diff.counts() == f"+0 \u22121, {len(others) + 1} kept (1 reviewed)"
    # v3 brings the dropped rule back (added, a new id) and drops the reviewed finding's rule (kept, not raised).
    v3 = changed_pack(tmp_path, "9999.2", drop=confirmed.rule_id)
    [again] = jobs.rescan_calls(session_factory, settings=settings, scanner=v3).diffs
    assert [f.rule_id for f in again.added] == [dropped.rule_id]
    assert again.added[0].finding_id not in {f.id for f in findings}
    assert again.removed == []
    assert [(f.finding_id, f.reviewed, f.raised) for f in again.kept if f.reviewed] == [(confirmed.id, True, False)]
    # Both are stored, newest first, as they were returned.
    with session_factory() as s:
        assert repo.call_rescans(s, accepted.call_id) == [again, diff]


def test_calls_to_one_debtor_are_numbered_per_day_even_when_stored_out_of_order(session_factory, settings):
    """The call-frequency rule flags the 4th call to a debtor in a day; the store numbers the calls."""
    def call(n: int, hour: int, day: int = 2) -> Transcript:
        return parse_transcript({**TRANSCRIPT, "call_id": f"d-{n}", "debtor_id": "d-1",
                                 "started_at": f"2026-03-0{day}T{hour:02d}:00:00+08:00",
                                 "utterances": [{"speaker": "agent", "start": 0, "end": 1, "text": "您好"}]})

    ids = {n: jobs.accept_transcript(session_factory, call(n, hour), settings=settings).call_id
           for n, hour in [(2, 10), (3, 11), (4, 12)]}
    ids[9] = jobs.accept_transcript(session_factory, call(9, 13, day=3), settings=settings).call_id

    def frequency_flags() -> set[int]:
        with session_factory() as s:
            return set(s.scalars(select(StoredFinding.call_id).where(StoredFinding.category == "call_frequency")))

    assert frequency_flags() == set()
    # The day's first call arrives late: 12:00 was the 3rd call and is now the 4th, over the limit of 3.
    ids[1] = jobs.accept_transcript(session_factory, call(1, 9), settings=settings).call_id
    assert frequency_flags() == {ids[4]}
    with session_factory() as s:
        flag = s.scalar(select(StoredFinding).where(StoredFinding.category == "call_frequency"))
        assert "4" in " ".join(flag.evidence["matched"])


def test_recording_is_stored_by_content_hash_once(session_factory, settings):
    first = _accept(session_factory, settings)
    assert first.created and first.queued and first.status is CallStatus.queued
    second = _accept(session_factory, settings, name="copy.flac")
    assert (second.call_id, second.created, second.queued) == (first.call_id, False, False)
    with session_factory() as s:
        call = s.get(Call, first.call_id)
        assert repo.count(s, Call) == 1
        assert call.audio_filename == "s-01.flac" and call.audio_content_type == "audio/flac"
        stored = settings.data_dir / call.audio_path
        assert stored.read_bytes() == SAMPLE.read_bytes()
        assert call.content_hash in stored.name
    assert list((settings.data_dir / "tmp").iterdir()) == []


def test_worker_job_transcribes_scans_and_then_does_nothing(session_factory, settings):
    accepted = _accept(session_factory, settings)
    asr = FakeTranscriber()
    assert jobs.run_call(session_factory, accepted.call_id, settings=settings,
                                   transcriber=asr) is CallStatus.done
    assert jobs.run_call(session_factory, accepted.call_id, settings=settings,
                                   transcriber=asr) is CallStatus.done
    assert asr.calls == 1
    with session_factory() as s:
        call = repo.get_call(s, accepted.call_id, full=True)
        assert len(call.utterances) == 4 and call.findings and call.attempts == 1


def test_failed_processing_records_the_error_and_a_new_upload_requeues(session_factory, settings):
    accepted = _accept(session_factory, settings)
    asr = FakeTranscriber(AudioError("s-01.flac", None, "decoder exploded"))
    assert jobs.run_call(session_factory, accepted.call_id, settings=settings,
                                   transcriber=asr) is CallStatus.failed
    with session_factory() as s:
        call = s.get(Call, accepted.call_id)
        assert call.status is CallStatus.failed and "decoder exploded" in call.error
    again = _accept(session_factory, settings)
    assert (again.call_id, again.queued, again.status) == (accepted.call_id, True, CallStatus.queued)
    assert jobs.pending_call_ids(session_factory, settings) == [accepted.call_id]
    assert jobs.run_call(session_factory, accepted.call_id, settings=settings,
                                   transcriber=FakeTranscriber()) is CallStatus.done


def test_a_call_claimed_by_another_worker_is_left_alone_until_the_claim_is_stale(session_factory, settings):
    accepted = _accept(session_factory, settings)
    with session_factory() as s:
        s.execute(update(Call).values(status=CallStatus.processing, claimed_at=utcnow()))
        s.commit()
    asr = FakeTranscriber()
    assert jobs.run_call(session_factory, accepted.call_id, settings=settings,
                                   transcriber=asr) is CallStatus.processing
    assert asr.calls == 0
    assert jobs.pending_call_ids(session_factory, settings) == []
    with session_factory() as s:
        old = utcnow() - timedelta(seconds=settings.stale_processing_seconds + 5)
        s.execute(update(Call).values(claimed_at=old))
        s.commit()
    assert jobs.pending_call_ids(session_factory, settings) == [accepted.call_id]
    assert jobs.run_call(session_factory, accepted.call_id, settings=settings,
                                   transcriber=asr) is CallStatus.done
    assert asr.calls == 1


def _truncated_flac() -> bytes:
    data = SAMPLE.read_bytes()
    return data[: len(data) // 3]


@pytest.mark.parametrize("name, data, error, field", [
    ("empty.wav", b"", AudioError, "audio"),
    ("notes.wav", "这不是录音，是一段文字。".encode() * 20, jobs.UnsupportedMedia, "audio"),
    ("cut.flac", _truncated_flac(), AudioError, "audio"),
    ("fake.flac", b"fLaC" + bytes(range(256)) * 40, AudioError, "audio"),
    ("../../etc/passwd.wav", SAMPLE.read_bytes(), QAInputError, "audio"),
    ("..\\boot.ini.wav", SAMPLE.read_bytes(), QAInputError, "audio"),
    ("report.pdf", b"%PDF-1.4 ...", jobs.UnsupportedMedia, "audio"),
])
def test_bad_recordings_are_refused_and_nothing_is_stored(session_factory, settings, name, data, error, field):
    _accept(session_factory, settings)  # something already stored, which must not change
    with session_factory() as s:
        before = [(c.id, c.status, c.content_hash) for c in s.scalars(select(Call))]
    recordings_before = sorted(p.name for p in settings.recordings_dir.rglob("*") if p.is_file())
    with pytest.raises(error) as info:
        _accept(session_factory, settings, data, name)
    assert info.value.field == field
    assert info.value.message
    with session_factory() as s:
        assert [(c.id, c.status, c.content_hash) for c in s.scalars(select(Call))] == before
    assert sorted(p.name for p in settings.recordings_dir.rglob("*") if p.is_file()) == recordings_before
    assert list((settings.data_dir / "tmp").iterdir()) == []


def test_upload_over_the_size_limit_is_refused(session_factory, settings):
    small = settings.model_copy(update={"max_upload_bytes": 1000})
    with pytest.raises(jobs.UploadTooLarge, match="1000 bytes"):
        _accept(session_factory, small)
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Call)) == 0
    assert list((settings.data_dir / "tmp").iterdir()) == []


@pytest.mark.parametrize("value, path", [
    ({"a": "x\x00y"}, "a"),
    ({"utterances": [{"text": "ok"}, {"text": "\ud800"}]}, "utterances[1].text"),
    ({"utterances": [{"start": 1.0, "end": float("inf")}]}, "utterances[0].end"),
])
def test_text_the_database_cannot_store_is_refused(value, path):
    with pytest.raises(QAInputError) as info:
        jobs.check_storable(value, "body")
    assert info.value.field == path

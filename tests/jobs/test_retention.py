"""Issue 14 (also build): erasing a call on request (PIPL art. 47) and the retention policy, on SQLite
and PostgreSQL: the recording file, transcript, findings and reviews go; the audit log keeps an entry
without the call's personal data, and its chain stays intact."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from sqlalchemy import func, select, update

from api.main import create_app
from qa_pipeline.config import Settings
from qa_pipeline.domain.rescan import RescanDiff
from qa_pipeline.domain.review import ReviewDecision, ReviewState
from qa_pipeline.domain.transcript import CallMetadata
from qa_pipeline.errors import QAInputError
from qa_pipeline.jobs import CallStateConflict, accept_recording, apply_retention, erase_call
from qa_pipeline.store import repository as repo
from qa_pipeline.store.audit_chain import verify_chain
from qa_pipeline.store.models import (
    AuditEntry,
    Call,
    CallRescan,
    CallStatus,
    Review,
    StoredFinding,
    StoredUtterance,
    utcnow,
)
from tests.api.conftest import make_keys
from tests.api.helpers import SAMPLE_AUDIO

PHONE = "13812345678"


def stored_call(session_factory, settings: Settings, sample: str, *, days_ago: int = 10) -> int:
    """A recording stored as a call with a transcript, a finding and a review on it, and a re-scan's diff,
    started `days_ago`."""
    started = utcnow() - timedelta(days=days_ago)
    metadata = CallMetadata(call_id=f"{PHONE}-{sample}", started_at=started, debtor_id="d-王建国",
                            callee={"relation": "debtor", "phone": PHONE})
    with (SAMPLE_AUDIO / f"{sample}.flac").open("rb") as fh:
        accepted = accept_recording(session_factory, settings, fh, f"{PHONE}.flac", metadata,
                                    default_timezone="Asia/Shanghai", actor="qa-1")
    with session_factory() as s:
        call = s.get(Call, accepted.call_id)
        call.status = CallStatus.done
        call.utterances = [
            StoredUtterance(index=0, speaker="agent", start=0.0, end=2.0, text=f"王先生，{PHONE}是您的号码吗"),
            StoredUtterance(index=1, speaker="customer", start=2.0, end=3.0, text="是我")]
        finding = StoredFinding(call=call, rule_id="cn.r", category="threat", severity="high", title="t",
                                pack_name="p", pack_version="1", evidence={"matched": [PHONE]}, agent_id=None,
                                call_date=date.today(), review_state=ReviewState.open, text=PHONE)
        s.add(finding)
        s.flush()
        repo.add_review(s, finding, ReviewDecision.confirm, reviewer="qa-1", comment=f"他报了 {PHONE}")
        repo.audit(s, "call.view", "call", call.id, actor="qa-1")
        repo.add_rescan(s, RescanDiff(call_id=call.id, at=utcnow(), old_pack_name="p", old_pack_version="0",
                                      new_pack_name="p", new_pack_version="1", added=[], removed=[], kept=[]))
        s.commit()
        return call.id


def _count(session_factory, model, *where) -> int:
    with session_factory() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _recording(settings: Settings, session_factory, call_id: int):
    with session_factory() as s:
        return settings.data_dir / s.get(Call, call_id).audio_path


def test_erasure_deletes_recording_transcript_findings_and_reviews(settings, session_factory):
    erased_id = stored_call(session_factory, settings, "s-01")
    kept_id = stored_call(session_factory, settings, "s-02")
    erased_file, kept_file = (_recording(settings, session_factory, i) for i in (erased_id, kept_id))
    assert erased_file.is_file()

    erased = erase_call(session_factory, settings, erased_id, reason="PIPL request #77", actor="officer")
    assert (erased.utterances, erased.findings, erased.reviews, erased.recording_deleted) == (2, 1, 1, True)
    assert not erased_file.exists() and kept_file.is_file()
    with session_factory() as s:
        assert s.get(Call, erased_id) is None
    assert _count(session_factory, StoredUtterance, StoredUtterance.call_id == erased_id) == 0
    assert _count(session_factory, StoredFinding, StoredFinding.call_id == erased_id) == 0
    assert _count(session_factory, Review) == 1  # the other call's review stays
    assert _count(session_factory, StoredUtterance, StoredUtterance.call_id == kept_id) == 2
    assert _count(session_factory, CallRescan, CallRescan.call_id == erased_id) == 0
    assert _count(session_factory, CallRescan, CallRescan.call_id == kept_id) == 1

    with session_factory() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "call.erased")).one()
        assert entry.object_id == str(erased_id) and entry.actor == "officer"
        assert entry.detail == {"reason": "PIPL request #77", "utterances": 2, "findings": 1, "reviews": 1,
                                "recording": True}
        written = json.dumps([entry.object_id, entry.actor, entry.detail], ensure_ascii=False)
        assert PHONE not in written and "王" not in written
        assert verify_chain(s).intact
    with pytest.raises(repo.NotFound):
        erase_call(session_factory, settings, erased_id, reason="again", actor="officer")


def test_erasure_needs_a_reason_and_waits_for_a_worker_to_finish(settings, session_factory):
    call_id = stored_call(session_factory, settings, "s-01")
    with pytest.raises(QAInputError, match="reason"):
        erase_call(session_factory, settings, call_id, reason="  ", actor="officer")
    with session_factory() as s:
        s.execute(update(Call).where(Call.id == call_id).values(status=CallStatus.processing, claimed_at=utcnow()))
        s.commit()
    with pytest.raises(CallStateConflict, match="processing"):
        erase_call(session_factory, settings, call_id, reason="PIPL request", actor="officer")
    assert _count(session_factory, StoredUtterance, StoredUtterance.call_id == call_id) == 2
    assert _recording(settings, session_factory, call_id).is_file()


def test_delete_route_is_for_compliance_and_admin_with_a_reason(settings, session_factory):
    call_id = stored_call(session_factory, settings, "s-01")
    app = create_app(settings, session_factory=session_factory)
    keys = make_keys(app)
    with TestClient(app) as client:
        url = f"/v1/calls/{call_id}"
        assert client.delete(url, params={"reason": "PIPL"}, headers=keys["qa"]).status_code == 403
        missing = client.delete(url, headers=keys["compliance"])
        assert missing.status_code == 422 and missing.json()["field"] == "reason"
        assert client.delete(url, params={"reason": "   "}, headers=keys["compliance"]).status_code == 400
        assert client.get(url, headers=keys["admin"]).status_code == 200
        r = client.delete(url, params={"reason": "PIPL request #78"}, headers=keys["compliance"])
        assert r.status_code == 200, r.text
        assert r.json() == {"id": call_id, "utterances": 2, "findings": 1, "reviews": 1, "recording_deleted": True}
        assert client.get(url, headers=keys["admin"]).status_code == 404
        assert client.delete(url, params={"reason": "again"}, headers=keys["admin"]).status_code == 404


def test_retention_deletes_old_recordings_then_old_calls(settings, session_factory):
    recent = stored_call(session_factory, settings, "s-01", days_ago=10)
    two_years = stored_call(session_factory, settings, "s-02", days_ago=800)
    four_years = stored_call(session_factory, settings, "s-03", days_ago=1500)
    files = {i: _recording(settings, session_factory, i) for i in (recent, two_years, four_years)}
    entries_before = _count(session_factory, AuditEntry)

    plan = apply_retention(session_factory, settings, dry_run=True)
    assert (plan.recordings, plan.calls) == ([two_years], [four_years])
    assert plan.recording_bytes == files[two_years].stat().st_size + files[four_years].stat().st_size
    assert all(f.is_file() for f in files.values()) and _count(session_factory, Call) == 3
    assert _count(session_factory, AuditEntry) == entries_before  # a dry run writes nothing

    run = apply_retention(session_factory, settings)
    assert (run.recordings, run.calls, run.problems) == ([two_years], [four_years], [])
    assert files[recent].is_file() and not files[two_years].exists() and not files[four_years].exists()
    with session_factory() as s:
        assert s.get(Call, four_years) is None
        kept = s.get(Call, two_years)
        assert kept.audio_path is None and kept.recording_deleted_at is not None
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.id > 0).order_by(AuditEntry.id)))
        assert actions[-3:] == ["call.erased", "call.recording_deleted", "retention.applied"]
        summary = s.scalars(select(AuditEntry).where(AuditEntry.action == "retention.applied")).one()
        assert summary.detail["recordings_deleted"] == 1 and summary.detail["calls_erased"] == 1
        assert verify_chain(s).intact
    assert _count(session_factory, StoredUtterance, StoredUtterance.call_id == two_years) == 2  # transcript kept

    app = create_app(settings, session_factory=session_factory)
    keys = make_keys(app)
    with TestClient(app) as client:
        gone = client.get(f"/v1/calls/{two_years}/audio", headers=keys["admin"])
        assert gone.status_code == 404 and "retention" in gone.json()["detail"]
    again = apply_retention(session_factory, settings)
    assert (again.recordings, again.calls) == ([], [])


def test_recordings_must_be_kept_two_years(cli):
    with pytest.raises(ValidationError, match="at least 730 days"):
        Settings(retention_recording_days=729)
    with pytest.raises(ValidationError, match="QA_RETENTION_CALL_DAYS"):
        Settings(retention_recording_days=1000, retention_call_days=900)
    assert Settings().retention_recording_days >= 730
    run = cli("db", "retention", "--dry-run", env={**os.environ, "QA_RETENTION_RECORDING_DAYS": "365"})
    assert run.returncode == 2
    assert run.stderr.strip() == ("error: configuration: QA_RETENTION_RECORDING_DAYS: 365 days is too short: "
                                  "recordings must be kept at least 730 days (2 years)")


def test_cli_retention_and_delete_call(cli, settings, session_factory):
    old = stored_call(session_factory, settings, "s-01", days_ago=1500)
    asked = stored_call(session_factory, settings, "s-02")
    env = {**os.environ, "QA_DATABASE_URL": settings.effective_database_url, "QA_DATA_DIR": str(settings.data_dir)}
    dry = cli("db", "retention", "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    assert "would erase 1 calls started before" in dry.stdout and f"calls {old}" in dry.stdout
    assert _count(session_factory, Call) == 2
    run = cli("db", "retention", env=env)
    assert run.returncode == 0 and "erased 1 calls" in run.stdout
    assert _count(session_factory, Call) == 1

    no_reason = cli("db", "delete-call", str(asked), env=env)
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    erased = cli("db", "delete-call", str(asked), "--reason", "PIPL request #79", env=env)
    assert erased.returncode == 0, erased.stderr
    assert "2 utterances, 1 findings, 1 reviews, recording file deleted" in erased.stdout
    assert _count(session_factory, Call) == 0
    unknown = cli("db", "delete-call", str(asked), "--reason", "again", env=env)
    assert unknown.returncode == 1 and f"call {asked} not found" in unknown.stderr

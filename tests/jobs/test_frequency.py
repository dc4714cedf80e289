"""Call frequency: the call's number of the day from the store, and the re-check after a batch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_pipeline import jobs
from qa_pipeline.audit.job import AuditWorker, file_sha256
from qa_pipeline.config import Settings
from qa_pipeline.domain.review import ReviewDecision
from qa_pipeline.domain.transcript import parse_metadata, parse_transcript
from qa_pipeline.jobs.frequency import refresh_call_frequency, stale_call_ids
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import SessionFactory, make_engine, make_session_factory
from qa_pipeline.store.models import AuditEntry, Call, CallStatus, StoredFinding

DAY = "2026-03-02"


def transcript(call_id: str, hour_minute: str, debtor: str = "d-1", tz: str = "+08:00", **extra):
    return parse_transcript({
        "call_id": call_id, "started_at": f"{DAY}T{hour_minute}:00{tz}", "agent_id": "a-1", "debtor_id": debtor,
        "callee": {"relation": "debtor", "timezone": "Asia/Shanghai"}, **extra,
        "utterances": [{"speaker": "agent", "start": 0.0, "end": 2.0, "text": "您好，请问是王先生本人吗？"},
                       {"speaker": "customer", "start": 2.5, "end": 3.0, "text": "是我。"}]})


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, sqlite_settings: Settings) -> Iterator[tuple[Settings, SessionFactory]]:
    settings = sqlite_settings if request.param == "sqlite" else request.getfixturevalue("postgres_settings")
    if request.param == "sqlite":
        from qa_pipeline.store.db import upgrade

        upgrade(settings.effective_database_url)
    engine = make_engine(settings.effective_database_url)
    yield settings, make_session_factory(engine)
    engine.dispose()


def frequency_findings(session_factory: SessionFactory, external_id: str) -> list[StoredFinding]:
    with session_factory() as s:
        call = s.scalar(select(Call).where(Call.external_id == external_id))
        return list(s.scalars(select(StoredFinding).where(StoredFinding.call_id == call.id,
                                                          StoredFinding.category == "call_frequency")))


def store_failed_recording(settings: Settings, session_factory: SessionFactory, tmp_path: Path, call_id: str,
                           hour_minute: str) -> int:
    """An earlier call of the day arriving in a later batch as a recording that does not decode."""
    path = tmp_path / f"{call_id}.flac"
    path.write_bytes(b"fLaC" + call_id.encode() * 50)
    metadata = parse_metadata({"call_id": call_id, "started_at": f"{DAY}T{hour_minute}:00+08:00", "debtor_id": "d-1"})
    worker = AuditWorker(settings, session_factory)
    call_id_db, status, created = worker._store_refused(path, metadata, file_sha256(path), "not audio")
    assert created
    assert status == CallStatus.failed
    return call_id_db


def test_the_api_path_numbers_calls_per_debtor_and_local_day(store) -> None:
    settings, sf = store
    for n, hm in enumerate(["09:00", "10:00", "11:00"]):
        jobs.accept_transcript(sf, transcript(f"c-{n}", hm), settings=settings)
    # other debtor, and the same debtor on the next local day (23:30 UTC is 07:30 next day in Shanghai)
    jobs.accept_transcript(sf, transcript("c-other", "12:00", debtor="d-2"), settings=settings)
    jobs.accept_transcript(sf, transcript("c-nextday", "23:30", tz="+00:00"), settings=settings)
    assert frequency_findings(sf, "c-2") == []
    fourth = jobs.accept_transcript(sf, transcript("c-3", "12:00"), settings=settings)
    assert fourth.status == CallStatus.done
    (flag,) = frequency_findings(sf, "c-3")
    assert flag.rule_id == "cn.contact_time.call_frequency" and flag.utterance_index is None
    assert flag.evidence["matched"] == ["第4次"]
    assert frequency_findings(sf, "c-other") == [] and frequency_findings(sf, "c-nextday") == []


def test_after_a_batch_stale_call_numbers_are_fixed_once_and_reviews_kept(store, tmp_path: Path) -> None:
    settings, sf = store
    for n, hm in enumerate(["10:00", "11:00", "12:00"]):
        jobs.accept_transcript(sf, transcript(f"c-{n}", hm), settings=settings)
    assert frequency_findings(sf, "c-2") == []
    # A 09:00 call of the same day stored later, never scanned: the 12:00 call is the 4th now.
    early = store_failed_recording(settings, sf, tmp_path, "c-early", "09:00")
    from qa_pipeline.engine import get_scanner

    scanner = get_scanner(settings)
    with sf() as s:
        late_id = s.scalar(select(Call.id).where(Call.external_id == "c-2"))
    found = stale_call_ids(sf, scanner, [("d-1", date(2026, 3, 2))], settings)
    assert found.checked == 3 and found.stale == [late_id]

    done = refresh_call_frequency(sf, call_ids=[early], scanner=scanner, settings=settings)
    assert done.rescanned == [late_id]
    (flag,) = frequency_findings(sf, "c-2")
    assert flag.evidence["matched"] == ["第4次"]

    again = refresh_call_frequency(sf, call_ids=[early], scanner=scanner, settings=settings)
    assert again.rescanned == [] and again.checked == 3
    assert [f.id for f in frequency_findings(sf, "c-2")] == [flag.id]

    # QA confirms the flag; an even earlier call arrives: 12:00 is the 5th, 11:00 the 4th.
    with sf() as s:
        repo.add_review(s, s.get(StoredFinding, flag.id), ReviewDecision.confirm, reviewer="qa-1")
        s.commit()
    store_failed_recording(settings, sf, tmp_path, "c-earlier", "08:30")
    third = refresh_call_frequency(sf, groups=[("d-1", date(2026, 3, 2))], scanner=scanner,
                                   settings=settings)
    with sf() as s:
        middle_id = s.scalar(select(Call.id).where(Call.external_id == "c-1"))
    assert third.rescanned == [middle_id]  # the reviewed call is left as it is
    (kept,) = frequency_findings(sf, "c-2")
    assert kept.id == flag.id and kept.review_state.value == "confirmed"
    (new,) = frequency_findings(sf, "c-1")
    assert new.evidence["matched"] == ["第4次"]
    with sf() as s:
        rescans = s.scalars(select(AuditEntry).where(AuditEntry.action == "call.processed",
                                                     AuditEntry.object_id == str(late_id))).all()
    assert len(rescans) == 2  # scanned once on submission, once by the first refresh; never again

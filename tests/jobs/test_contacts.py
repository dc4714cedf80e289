"""The contact ledger in the store: import, links to recordings, and the ledger rules on calls and attempts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from qa_pipeline import jobs
from qa_pipeline.config import Settings
from qa_pipeline.domain.contacts import ContactError, parse_contacts
from qa_pipeline.domain.transcript import parse_transcript
from qa_pipeline.jobs.contacts import check_ledger, import_contacts
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import AuditEntry, ContactAttempt, StoredFinding

FREQUENCY = "cn.contact_time.call_frequency"
UNANSWERED = "cn.contact_time.unanswered_attempts"
THIRD_PARTY = "cn.contact_time.third_party_before_unreachable"


def row(attempt_id: str, at: str, result: str = "answered", *, number: str = "13800000000", debtor: str = "d-1",
        agency: str = "agency-a", **extra: str) -> dict[str, str]:
    return {"attempt_id": attempt_id, "at": at, "number": number, "debtor_id": debtor, "agency": agency,
            "result": result, **extra}


def ledger(*rows: dict[str, str]) -> bytes:
    return "\n".join(json.dumps(r) for r in rows).encode()


def load(session_factory: SessionFactory, settings: Settings, scanner, *rows: dict[str, str]):
    return import_contacts(session_factory, parse_contacts(ledger(*rows), "ledger.jsonl"), source="ledger.jsonl",
                           scanner=scanner, settings=settings)


def submit(session_factory: SessionFactory, settings: Settings, scanner, call_id: str, started_at: str,
           relation: str = "debtor", **extra: object) -> int:
    transcript = parse_transcript({
        "call_id": call_id, "started_at": started_at, "agent_id": "a-1", "debtor_id": "d-1",
        "callee": {"relation": relation, "timezone": "Asia/Shanghai"}, **extra,
        "utterances": [{"speaker": "agent", "start": 0.0, "end": 2.0, "text": "您好，请问是王先生本人吗？"},
                       {"speaker": "customer", "start": 2.5, "end": 3.0, "text": "是我。"}]})
    return jobs.accept_transcript(session_factory, transcript, scanner=scanner, settings=settings).call_id


def findings(session_factory: SessionFactory, call_id: int, rule_id: str) -> list[StoredFinding]:
    with session_factory() as s:
        return list(s.scalars(select(StoredFinding).where(StoredFinding.call_id == call_id,
                                                          StoredFinding.rule_id == rule_id)))


def test_import_is_idempotent_by_attempt_id_and_replaces_changed_records(session_factory, settings, scanner):
    first = load(session_factory, settings, scanner, row("a-1", "2026-03-02T09:00:00+08:00", "no_answer"),
                 row("a-2", "2026-03-02T10:00:00+08:00"))
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    again = load(session_factory, settings, scanner, row("a-1", "2026-03-02T09:00:00+08:00", "no_answer"),
                 row("a-2", "2026-03-02T10:00:00+08:00"))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    changed = load(session_factory, settings, scanner, row("a-1", "2026-03-02T09:00:00+08:00", "busy"))
    assert (changed.added, changed.updated, changed.unchanged) == (0, 1, 0)
    with session_factory() as s:
        stored = {r.attempt_id: r for r in s.scalars(select(ContactAttempt))}
        assert stored["a-1"].result == "busy" and stored["a-1"].local_date == date(2026, 3, 2)
        assert stored["a-1"].timezone == "Asia/Shanghai"  # the pack's default
        actions = list(s.scalars(select(AuditEntry.action)))
    assert actions.count("contacts.imported") == 3


def test_an_implausible_time_stores_nothing(session_factory, settings, scanner):
    records = parse_contacts(ledger(row("a-1", "2026-03-02T09:00:00+08:00"), row("a-2", "1900-01-01T00:00:00Z")),
                             "ledger.jsonl")
    with pytest.raises(ContactError) as err:
        import_contacts(session_factory, records, source="ledger.jsonl", scanner=scanner, settings=settings)
    assert err.value.field == "at" and "record 2 (a-2)" in err.value.source
    with session_factory() as s:
        assert s.scalars(select(ContactAttempt)).all() == []


def test_connected_calls_over_all_agencies_flag_the_recorded_fourth(session_factory, settings, scanner):
    load(session_factory, settings, scanner,
         row("x-0", "2026-03-01T15:30:00Z", agency="agency-c"),        # 23:30 the day before, Shanghai time
         row("a-1", "2026-03-02T09:00:00+08:00", agency="agency-a"),
         row("b-1", "2026-03-02T10:00:00+08:00", agency="agency-b"),
         row("b-2", "2026-03-02T10:30:00+08:00", "no_answer", agency="agency-b"),
         row("c-1", "2026-03-02T11:00:00+08:00", agency="agency-c"),
         row("a-2", "2026-03-02T15:00:00+08:00", agency="agency-a", call_id="rec-4"))
    third = submit(session_factory, settings, scanner, "rec-3", "2026-03-02T11:00:20+08:00",
                   attempt_id="c-1")
    fourth = submit(session_factory, settings, scanner, "rec-4", "2026-03-02T15:00:10+08:00")
    assert findings(session_factory, third, FREQUENCY) == []
    (flag,) = findings(session_factory, fourth, FREQUENCY)
    assert flag.evidence["matched"] == ["第4次"]
    assert flag.evidence["attempt"] == "a-2"
    assert [c["attempt_id"] for c in flag.evidence["contacts"]] == ["a-1", "b-1", "c-1", "a-2"]
    assert {c["agency"] for c in flag.evidence["contacts"]} == {"agency-a", "agency-b", "agency-c"}
    linked = {c["attempt_id"]: c["call_id"] for c in flag.evidence["contacts"]}
    assert linked["c-1"] == "rec-3" and linked["a-2"] == "rec-4"


def test_a_later_import_re_scans_the_calls_it_changes(session_factory, settings, scanner):
    ids = [submit(session_factory, settings, scanner, f"rec-{n}", f"2026-03-02T{h}:00:00+08:00", number="139",
                  agency="agency-a") for n, h in enumerate(["13", "14", "15"])]
    assert all(findings(session_factory, i, FREQUENCY) == [] for i in ids)
    # Another agency's connected call that morning, and the recorded 13:00 call's own attempt (linked by
    # number and time): the 15:00 call is the fourth connected call of the day.
    done = load(session_factory, settings, scanner,
                row("b-1", "2026-03-02T09:00:00+08:00", agency="agency-b"),
                row("a-13", "2026-03-02T12:59:30+08:00", number="139"))
    assert done.rescanned == [ids[2]]
    (flag,) = findings(session_factory, ids[2], FREQUENCY)
    assert [c["attempt_id"] for c in flag.evidence["contacts"]] == ["b-1", "a-13", "call:rec-1", "call:rec-2"]
    assert [c["recorded_only"] for c in flag.evidence["contacts"]] == [False, False, True, True]
    # Importing the same file again changes nothing.
    assert load(session_factory, settings, scanner, row("b-1", "2026-03-02T09:00:00+08:00", agency="agency-b"),
                row("a-13", "2026-03-02T12:59:30+08:00", number="139")).rescanned == []


def test_a_third_party_called_before_the_debtor_was_unreachable(session_factory, settings, scanner):
    load(session_factory, settings, scanner,
         row("d-1", "2026-03-02T09:00:00+08:00", "no_answer"),
         row("d-2", "2026-03-02T09:30:00+08:00", "busy", agency="agency-b"))
    early = submit(session_factory, settings, scanner, "spouse-1", "2026-03-02T10:00:00+08:00", relation="spouse")
    (flag,) = findings(session_factory, early, THIRD_PARTY)
    assert [c["attempt_id"] for c in flag.evidence["contacts"]] == ["d-1", "d-2", "call:spouse-1"]
    # A third failure in a row: the debtor is unreachable, and the spouse may be called.
    load(session_factory, settings, scanner, row("d-3", "2026-03-02T10:30:00+08:00", "rejected"))
    later = submit(session_factory, settings, scanner, "spouse-2", "2026-03-02T11:00:00+08:00", relation="spouse")
    assert findings(session_factory, later, THIRD_PARTY) == []


def test_no_third_party_finding_without_a_ledger(session_factory, settings, scanner):
    call = submit(session_factory, settings, scanner, "spouse-1", "2026-03-02T10:00:00+08:00", relation="spouse")
    assert findings(session_factory, call, THIRD_PARTY) == []


def test_unanswered_attempts_are_counted_per_local_day_of_the_callee(session_factory, settings, scanner):
    # New York: 7 unanswered attempts from 18:00 to 00:00 local time (23:00-05:00 UTC, EST is UTC-5):
    # six fall on 2 March, the seventh just after local midnight on 3 March.
    ny = [row(f"ny-{h}", f"2026-03-{3 if h < 10 else 2:02d}T{h:02d}:00:00Z", "no_answer", number="12125550100",
              debtor="d-ny", timezone="America/New_York") for h in (23, 0, 1, 2, 3, 4)]
    ny.append(row("ny-5", "2026-03-03T05:00:00Z", "no_answer", number="12125550100", debtor="d-ny",
                  timezone="America/New_York"))
    # Shanghai: the same seven UTC times are 07:00-13:00 on 3 March: one local day, seven attempts, two agencies.
    sh = [row(r["attempt_id"].replace("ny", "sh"), r["at"], "no_answer", number="13900000000", debtor="d-sh",
              agency="agency-b" if i % 2 else "agency-a") for i, r in enumerate(ny)]
    load(session_factory, settings, scanner, *ny, *sh)
    found = check_ledger(session_factory, date_from=date(2026, 3, 2), date_to=date(2026, 3, 3), scanner=scanner,
                         settings=settings)
    flagged = [(f.entry.attempt_id, f.finding.rule_id) for f in found]
    assert flagged == [("sh-5", UNANSWERED)]
    (only,) = found
    assert only.entry.local_date == date(2026, 3, 3)
    assert [c.attempt_id for c in only.finding.evidence.contacts] == [f"sh-{h}" for h in (23, 0, 1, 2, 3, 4, 5)]
    assert check_ledger(session_factory, date_from=date(2026, 3, 2), date_to=date(2026, 3, 2), scanner=scanner,
                        settings=settings) == []


def test_the_cli_imports_all_or_nothing(cli, tmp_path: Path):
    data = tmp_path / "data"
    env = {"QA_DATA_DIR": str(data), "QA_DATABASE_URL": f"sqlite:///{data / 'qa.sqlite3'}", "PATH": "/usr/bin:/bin"}
    assert cli("db", "upgrade", env=env).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("attempt_id,at,number,debtor_id,agency,result\n"
                   "a-1,2026-03-02T09:00:00+08:00,138,d-1,agency-a,answered\n"
                   "a-2,2026-03-02T10:00:00+08:00,138,d-1,agency-a,hung_up\n", encoding="utf-8")
    out = cli("contacts", "import", str(bad), env=env)
    assert out.returncode == 2
    assert f"{bad}: line 3: result:" in out.stderr
    good = tmp_path / "good.csv"
    good.write_text(bad.read_text(encoding="utf-8").replace("hung_up", "busy"), encoding="utf-8")
    out = cli("contacts", "import", str(good), env=env)
    assert out.returncode == 0, out.stderr
    assert "2 attempts: 2 added, 0 updated, 0 unchanged" in out.stdout
    out = cli("contacts", "import", str(good), env=env)
    assert "0 added, 0 updated, 2 unchanged" in out.stdout
    out = cli("contacts", "check", "--from", "2026-03-02", env=env)
    assert out.returncode == 0 and "0 ledger findings" in out.stdout

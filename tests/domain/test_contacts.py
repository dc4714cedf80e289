"""The contact-ledger contract: parsing CSV and JSON lines, and the counting rules."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from qa_pipeline.domain.contacts import (
    ContactError,
    ContactRecord,
    ContactResult,
    LedgerEntry,
    connected_of_day,
    debtor_reachability,
    entry_of,
    parse_contacts,
    unanswered_of_day,
)

MAY_HEAR = ["debtor", "co_borrower", "guarantor"]

CSV = """attempt_id,at,number,debtor_id,agency,result,relation,timezone,call_id
a-1,2026-03-02T09:00:00+08:00,13800000000,d-1,agency-a,no_answer,,,
a-2,2026-03-02T10:00:00+08:00,13800000000,d-1,agency-b,answered,debtor,Asia/Shanghai,c-2
"""


def test_csv_and_json_lines_give_the_same_records() -> None:
    from_csv = parse_contacts(CSV.encode(), "ledger.csv")
    lines = "\n".join(json.dumps(r.model_dump(mode="json")) for r in from_csv)
    from_json = parse_contacts(lines.encode(), "ledger.jsonl")
    assert from_csv == from_json
    first, second = from_csv
    assert first.relation == "debtor" and first.timezone is None and first.call_id is None
    assert first.result == ContactResult.no_answer
    assert second.call_id == "c-2" and second.at == datetime.fromisoformat("2026-03-02T10:00:00+08:00")


@pytest.mark.parametrize(("text", "where", "field"), [
    (CSV.replace("no_answer", "picked_up"), "ledger.csv: line 2", "result"),
    (CSV.replace("2026-03-02T10:00:00+08:00", "2026-03-02T10:00:00"), "ledger.csv: line 3", "at"),
    (CSV.replace(",d-1,agency-b", ",,agency-b"), "ledger.csv: line 3", "debtor_id"),
    (CSV.replace("Asia/Shanghai", "Mars/Olympus"), "ledger.csv: line 3", "timezone"),
    (CSV.replace("call_id\n", "call_id,colour\n"), "ledger.csv: line 1", "colour"),
    (CSV + "a-1,2026-03-02T09:00:00+08:00,13800000000,d-1,agency-a,busy,,,\n", "ledger.csv: line 4", "attempt_id"),
])
def test_a_bad_csv_row_names_the_file_line_and_field(text: str, where: str, field: str) -> None:
    with pytest.raises(ContactError) as err:
        parse_contacts(text.encode(), "ledger.csv")
    assert err.value.source == where and err.value.field == field


def test_a_bad_json_line_names_its_line() -> None:
    good = json.dumps({"attempt_id": "a-1", "at": "2026-03-02T09:00:00+08:00", "number": "138",
                       "debtor_id": "d-1", "agency": "x", "result": "busy"})
    with pytest.raises(ContactError) as err:
        parse_contacts(f"{good}\n\n{{not json\n".encode(), "ledger.jsonl")
    assert err.value.source == "ledger.jsonl: line 3"
    with pytest.raises(ContactError) as err:
        parse_contacts(f"{good}\n{good[:-1]}, \"colour\": 1}}\n".encode(), "ledger.jsonl")
    assert err.value.source == "ledger.jsonl: line 2" and err.value.field == "colour"
    with pytest.raises(ContactError, match="no contact attempts"):
        parse_contacts(b"attempt_id,at,number,debtor_id,agency,result\n", "empty.csv")
    with pytest.raises(ContactError, match="not UTF-8"):
        parse_contacts(b"\xff\xfe\x00", "binary.csv")


def entry(attempt_id: str, at: str, result: str = "answered", *, tz: str = "Asia/Shanghai", number: str = "138",
          agency: str = "agency-a", relation: str = "debtor") -> LedgerEntry:
    record = ContactRecord(attempt_id=attempt_id, at=datetime.fromisoformat(at), number=number, debtor_id="d-1",
                           agency=agency, result=ContactResult(result), relation=relation, timezone=tz)
    return entry_of(record, default_timezone="Asia/Shanghai", may_hear_debt=MAY_HEAR)


def test_connected_calls_are_counted_per_callee_local_day_over_all_agencies() -> None:
    entries = [
        entry("e-0", "2026-03-01T15:59:00+00:00"),             # 23:59 on 1 March in Shanghai
        entry("e-1", "2026-03-01T16:00:00+00:00", agency="agency-b"),  # 00:00 on 2 March
        entry("e-2", "2026-03-02T09:00:00+08:00", "no_answer"),
        entry("e-3", "2026-03-02T10:00:00+08:00", agency="agency-c"),
        entry("e-4", "2026-03-02T11:00:00+08:00"),
    ]
    assert [e.attempt_id for e in connected_of_day(entries, entries[4])] == ["e-1", "e-3", "e-4"]
    assert [e.attempt_id for e in connected_of_day(entries, entries[0])] == ["e-0"]


def test_the_callee_time_zone_decides_the_day() -> None:
    # 03:30 UTC is 22:30 the day before in New York, 11:30 the same day in Shanghai.
    new_york = entry("ny", "2026-03-03T03:30:00+00:00", tz="America/New_York")
    shanghai = entry("sh", "2026-03-03T03:30:00+00:00")
    assert str(new_york.local_date) == "2026-03-02" and str(shanghai.local_date) == "2026-03-03"


def test_unanswered_attempts_are_counted_per_number_and_day() -> None:
    entries = [entry(f"u-{i}", f"2026-03-02T{9 + i:02d}:00:00+08:00", "busy") for i in range(7)]
    entries.append(entry("other", "2026-03-02T08:30:00+08:00", "no_answer", number="139"))
    entries.append(entry("ok", "2026-03-02T08:40:00+08:00", "answered"))
    assert len(unanswered_of_day(entries, entries[6])) == 7
    assert len(unanswered_of_day(entries, entries[5])) == 6


def test_the_debtor_is_unreachable_after_three_failures_in_a_row_or_an_invalid_number() -> None:
    third = entry("t", "2026-03-02T12:00:00+08:00", number="139", relation="spouse")
    two = [entry("a", "2026-03-02T09:00:00+08:00", "no_answer"), entry("b", "2026-03-02T10:00:00+08:00", "busy")]
    assert not debtor_reachability([*two, third], third, 3).unreachable
    three = [*two, entry("c", "2026-03-02T11:00:00+08:00", "rejected", agency="agency-b")]
    assert debtor_reachability([*three, third], third, 3).unreachable
    answered_last = [*three, entry("d", "2026-03-02T11:30:00+08:00")]
    assert not debtor_reachability([*answered_last, third], third, 3).unreachable
    invalid = [entry("x", "2026-02-20T09:00:00+08:00", "invalid_number")]
    assert debtor_reachability([*invalid, third], third, 3).unreachable
    assert third.third_party and not two[0].third_party

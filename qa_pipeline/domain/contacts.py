"""The contact ledger: every dial attempt (answered or not), as call-detail records.

`ContactRecord` is the import contract (CSV or JSON lines, one attempt a
row); `parse_contacts` reads a whole file and fails on its first bad row
with the file, the line and the field. `LedgerEntry` is what the ledger rules
count: an imported attempt, or a recorded call that no attempt links to
(recorded calls still count where no ledger was imported). The counting
rules themselves are plain functions here, shared by the per-call scan and
the ledger check:

- `connected_of_day`: the connected calls to one debtor on one callee-local
  day, over all agencies, up to a given one;
- `unanswered_of_day`: the unanswered attempts to one number on one
  callee-local day, up to a given one;
- `debtor_reachability`: whether the debtor counted as unreachable before a
  call to someone else (an invalid-number result, or the last N attempts to
  the debtor all failed).
"""

from __future__ import annotations

import csv
import enum
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from qa_pipeline.domain.timezones import OffsetDateTime, TimezoneName, zone
from qa_pipeline.domain.transcript import CalleeRelation
from qa_pipeline.errors import QAInputError, first_validation_problem


class ContactError(QAInputError):
    """A contact-ledger file that cannot be imported (names the file, line and field)."""


class ContactResult(enum.StrEnum):
    """How a dial attempt ended."""

    answered = "answered"
    no_answer = "no_answer"
    busy = "busy"
    invalid_number = "invalid_number"  # empty, suspended or wrong number
    rejected = "rejected"              # the callee declined or hung up before speaking
    voicemail = "voicemail"
    failed = "failed"                  # network or dialler error


# Columns of a CSV file, in this order when a file is written; JSON lines use the same keys.
CONTACT_FIELDS: tuple[str, ...] = ("attempt_id", "at", "number", "debtor_id", "agency", "result", "relation",
                                   "timezone", "call_id")


class ContactRecord(BaseModel):
    """One dial attempt, as a call-detail record."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    attempt_id: str = Field(min_length=1, max_length=200)
    at: OffsetDateTime                              # when the attempt was dialled
    number: str = Field(min_length=1, max_length=50, pattern=r"^[0-9+*#()\- ]+$")
    debtor_id: str = Field(min_length=1, max_length=200)
    agency: str = Field(min_length=1, max_length=200)
    result: ContactResult
    relation: CalleeRelation = "debtor"             # whose number: the debtor's, or a contact's
    timezone: TimezoneName | None = None            # the callee's; default: the rule pack's
    call_id: str | None = Field(None, max_length=200)  # the recording's call_id, where one was made

    @field_validator("timezone", "call_id", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("relation", mode="before")
    @classmethod
    def _empty_is_debtor(cls, value: object) -> object:
        return "debtor" if value in ("", None) else value


# ----------------------------------------------------------------------------- parsing

def _record(row: dict[str, Any], source: str, line: int) -> ContactRecord:
    try:
        return ContactRecord.model_validate(row)
    except ValidationError as exc:
        field, msg = first_validation_problem(
            exc, whole="(row)", unknown_field=f"is not a ledger field (fields: {', '.join(CONTACT_FIELDS)})")
        raise ContactError(f"{source}: line {line}", field, msg) from None


def _json_lines(text: str, source: str) -> Iterable[tuple[int, dict[str, Any]]]:
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ContactError(f"{source}: line {line}", None, f"invalid JSON at column {exc.colno}: {exc.msg}") \
                from None
        if not isinstance(row, dict):
            raise ContactError(f"{source}: line {line}", None, "expected a JSON object")
        yield line, row


def _csv_rows(text: str, source: str) -> Iterable[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    unknown = [name for name in header if name not in CONTACT_FIELDS]
    if unknown:
        raise ContactError(f"{source}: line 1", unknown[0],
                           f"is not a ledger column (columns: {', '.join(CONTACT_FIELDS)})")
    for row in reader:
        line = reader.line_num
        if None in row:
            raise ContactError(f"{source}: line {line}", None, f"more values than the {len(header)} columns")
        if all(not (v or "").strip() for v in row.values()):
            continue
        yield line, {k: v for k, v in row.items() if v is not None}


def parse_contacts(data: bytes, source: str) -> list[ContactRecord]:
    """All rows of a CSV (header line first) or JSON-lines file; the first bad row raises `ContactError`.

    The format is told by the first character that is not white space: `{`
    is JSON lines, anything else CSV. An attempt id given twice in one file
    with different values is an error (the same row twice is not).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ContactError(source, None, "not UTF-8 text") from None
    rows = _json_lines(text, source) if text.lstrip().startswith("{") else _csv_rows(text, source)
    records: dict[str, ContactRecord] = {}
    for line, row in rows:
        record = _record(row, source, line)
        seen = records.get(record.attempt_id)
        if seen is not None and seen != record:
            raise ContactError(f"{source}: line {line}", "attempt_id",
                               f"{record.attempt_id!r} appears earlier in the file with other values")
        records[record.attempt_id] = record
    if not records:
        raise ContactError(source, None, "no contact attempts in the file")
    return list(records.values())


# ----------------------------------------------------------------------------- the ledger

@dataclass(frozen=True, slots=True, kw_only=True)
class LedgerEntry:
    """One contact the ledger rules count: an imported attempt, or a recorded
    call no attempt links to (`recorded_only`, its id `call:<call_id>`)."""

    attempt_id: str
    at: datetime
    local_date: date            # the callee's calendar day
    debtor_id: str
    result: ContactResult
    third_party: bool           # dialled someone who may not hear about the debt
    number: str | None = None
    agency: str | None = None
    call_id: str | None = None  # the recording's call_id, where there is one
    recorded_only: bool = False

    @property
    def answered(self) -> bool:
        return self.result == ContactResult.answered

    @property
    def order(self) -> tuple[datetime, str]:
        return self.at, self.attempt_id


def local_date(at: datetime, timezone: str) -> date:
    return at.astimezone(zone(timezone)).date()


def entry_of(record: ContactRecord, *, default_timezone: str, may_hear_debt: Sequence[str],
             local_day: date | None = None) -> LedgerEntry:
    return LedgerEntry(
        attempt_id=record.attempt_id, at=record.at,
        local_date=local_day or local_date(record.at, record.timezone or default_timezone),
        debtor_id=record.debtor_id, result=record.result, third_party=record.relation not in may_hear_debt,
        number=record.number, agency=record.agency, call_id=record.call_id)


def _up_to(entries: Iterable[LedgerEntry], target: LedgerEntry) -> list[LedgerEntry]:
    return sorted((e for e in entries if e.order <= target.order), key=lambda e: e.order)


def connected_of_day(entries: Iterable[LedgerEntry], target: LedgerEntry) -> list[LedgerEntry]:
    """The connected calls to the target's debtor on its local day, all agencies, up to and including it."""
    return _up_to((e for e in entries if e.answered and e.debtor_id == target.debtor_id
                   and e.local_date == target.local_date), target)


def unanswered_of_day(entries: Iterable[LedgerEntry], target: LedgerEntry) -> list[LedgerEntry]:
    """The unanswered attempts to the target's number on its local day, up to and including it."""
    if target.number is None:
        return []
    return _up_to((e for e in entries if not e.answered and e.number == target.number
                   and e.local_date == target.local_date), target)


@dataclass(frozen=True, slots=True)
class Reachability:
    """Whether the debtor counted as unreachable before a call, and the attempts that say so."""

    unreachable: bool
    attempts: list[LedgerEntry]   # the debtor's attempts the judgement rests on, oldest first
    reason: str


def debtor_reachability(entries: Iterable[LedgerEntry], target: LedgerEntry, failures_needed: int) -> Reachability:
    """Before `target`: an invalid-number result, or the last `failures_needed` attempts to the debtor all failed."""
    before = [e for e in entries if not e.third_party and e.debtor_id == target.debtor_id and e.order < target.order]
    before.sort(key=lambda e: e.order)
    invalid = [e for e in before if e.result == ContactResult.invalid_number]
    if invalid:
        return Reachability(True, invalid, f"号码无效（{invalid[-1].attempt_id}）")
    last = before[-failures_needed:]
    if len(last) == failures_needed and not any(e.answered for e in last):
        return Reachability(True, last, f"此前连续 {failures_needed} 次未接通")
    streak = 0
    for e in reversed(before):
        if e.answered:
            break
        streak += 1
    return Reachability(False, last, f"此前连续未接通 {streak} 次（少于 {failures_needed} 次）且无号码无效记录")


__all__ = ["CONTACT_FIELDS", "ContactError", "ContactRecord", "ContactResult", "LedgerEntry", "Reachability",
           "connected_of_day", "debtor_reachability", "entry_of", "local_date", "parse_contacts",
           "unanswered_of_day"]

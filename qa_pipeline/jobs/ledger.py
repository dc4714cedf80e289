"""The contact ledger as the engine sees it around one call.

`call_context` builds the `CallContext` of a stored call: the debtor's
ledger entries from `LOOKBACK_DAYS` before the call to the day after it,
and the call's own entry. A recorded call is linked to its dial attempt by,
in this order: the metadata's `attempt_id`; an attempt whose `call_id` is
the call's `call_id`; an attempt to the metadata's `number` dialled within
`Settings.contact_link_seconds` of the call's start. A recorded call no
attempt links to counts as a connected call of its own (so, where no ledger
was imported, the recorded calls are what is counted).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_pipeline.domain.contacts import ContactResult, LedgerEntry, connected_of_day
from qa_pipeline.domain.context import CallContext
from qa_pipeline.rulepack.schema import PackSettings
from qa_pipeline.store.models import Call, ContactAttempt

# How far back the ledger is read for one call: the unreachable check looks at the debtor's last attempts.
LOOKBACK_DAYS = 30


def attempt_entry(row: ContactAttempt, may_hear_debt: Sequence[str]) -> LedgerEntry:
    return LedgerEntry(attempt_id=row.attempt_id, at=row.at, local_date=row.local_date, debtor_id=row.debtor_id,
                       result=ContactResult(row.result), third_party=row.relation not in may_hear_debt,
                       number=row.number, agency=row.agency, call_id=row.call_external_id)


@dataclasses.dataclass(frozen=True, slots=True)
class RecordedCall:
    """What the ledger needs of a stored call."""

    id: int
    external_id: str
    debtor_id: str
    started_at: datetime
    call_date: date
    metadata: dict[str, Any]


def recorded_entry(call: RecordedCall, may_hear_debt: Sequence[str]) -> LedgerEntry:
    callee = call.metadata.get("callee") or {}
    relation = callee.get("relation") or "debtor"
    number = call.metadata.get("number")
    agency = call.metadata.get("agency")
    return LedgerEntry(attempt_id=f"call:{call.external_id}", at=call.started_at, local_date=call.call_date,
                       debtor_id=call.debtor_id, result=ContactResult.answered,
                       third_party=relation not in may_hear_debt, number=str(number) if number else None,
                       agency=str(agency) if agency else None, call_id=call.external_id, recorded_only=True)


def link(call: RecordedCall, attempts: Sequence[LedgerEntry], link_seconds: float) -> LedgerEntry | None:
    """The attempt this recorded call was made by, if the ledger has it."""
    wanted = call.metadata.get("attempt_id")
    if wanted:
        for entry in attempts:
            if entry.attempt_id == wanted:
                return entry
    for entry in attempts:
        if entry.call_id == call.external_id:
            return entry
    number = call.metadata.get("number")
    if number:
        near = [e for e in attempts if e.number == str(number)
                and abs((e.at - call.started_at).total_seconds()) <= link_seconds]
        if near:
            return min(near, key=lambda e: abs((e.at - call.started_at).total_seconds()))
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class Ledger:
    """A debtor's ledger entries, and which entry each recorded call is."""

    entries: tuple[LedgerEntry, ...]
    of_call: dict[int, LedgerEntry]   # stored call id -> its entry


def build_ledger(attempts: Sequence[LedgerEntry], calls: Sequence[RecordedCall], link_seconds: float,
                 may_hear_debt: Sequence[str]) -> Ledger:
    linked: dict[str, LedgerEntry] = {}
    of_call: dict[int, LedgerEntry] = {}
    extra: list[LedgerEntry] = []
    for call in sorted(calls, key=lambda c: (c.started_at, c.id)):
        entry = link(call, attempts, link_seconds)
        if entry is None or entry.attempt_id in linked:
            own = recorded_entry(call, may_hear_debt)
            extra.append(own)
            of_call[call.id] = own
        else:
            entry = dataclasses.replace(entry, call_id=call.external_id)
            linked[entry.attempt_id] = entry
            of_call[call.id] = entry
    entries = [linked.get(e.attempt_id, e) for e in attempts] + extra
    return Ledger(tuple(sorted(entries, key=lambda e: e.order)), of_call)


def debtor_ledger(session: Session, debtor_id: str, start: datetime, end: datetime, link_seconds: float,
                  may_hear_debt: Sequence[str]) -> Ledger:
    """The debtor's attempts dialled in [start, end) and recorded calls started then."""
    rows = session.scalars(select(ContactAttempt).where(
        ContactAttempt.debtor_id == debtor_id, ContactAttempt.at >= start, ContactAttempt.at < end)
        .order_by(ContactAttempt.at, ContactAttempt.attempt_id))
    attempts = [attempt_entry(row, may_hear_debt) for row in rows]
    calls = [RecordedCall(id=r.id, external_id=r.external_id, debtor_id=debtor_id, started_at=r.started_at,
                          call_date=r.call_date, metadata=r.call_metadata)
             for r in session.execute(select(Call.id, Call.external_id, Call.started_at, Call.call_date,
                                             Call.call_metadata).where(
                 Call.debtor_id == debtor_id, Call.started_at >= start, Call.started_at < end))]
    return build_ledger(attempts, calls, link_seconds, may_hear_debt)


def call_context(session: Session, call: Call, pack: PackSettings, link_seconds: float) -> CallContext:
    """What the engine needs from the store: the debtor's ledger around the call, and the call's entry in it."""
    if not call.debtor_id:
        return CallContext()
    ledger = debtor_ledger(session, call.debtor_id, call.started_at - timedelta(days=LOOKBACK_DAYS),
                           call.started_at + timedelta(days=2), link_seconds, pack.may_hear_debt)
    entry = ledger.of_call.get(call.id)
    if entry is None:  # not flushed yet: cannot happen for a stored call
        return CallContext()
    call_of_day = len(connected_of_day(ledger.entries, entry)) if entry.answered else None
    return CallContext(call_of_day=call_of_day, contacts=ledger.entries, attempt=entry)


__all__ = ["LOOKBACK_DAYS", "Ledger", "RecordedCall", "attempt_entry", "build_ledger", "call_context",
           "debtor_ledger", "link", "recorded_entry"]

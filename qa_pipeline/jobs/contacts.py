"""Importing the contact ledger, and checking it.

`import_contacts` stores a whole file's records in one transaction or none
(a bad row stops the import before anything is written; the error names the
file, the line and the field). A record is identified by its `attempt_id`:
the same record imported again changes nothing, a record with the same id
and other values replaces the stored one. After an import, the stored calls
of the debtors concerned, from the earliest imported day on, are re-checked
and re-scanned where their ledger findings changed (no ASR).

`check_ledger` runs the pack's ledger rules on the ledger alone: the
unanswered attempts over the daily limit have no recording to flag.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.domain.contacts import ContactError, ContactRecord
from qa_pipeline.domain.timezones import zone
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.engine.ledger import LedgerFinding, ledger_findings
from qa_pipeline.jobs.frequency import refresh_call_frequency
from qa_pipeline.jobs.intake import EARLIEST_CALL, LATEST_CALL
from qa_pipeline.jobs.ledger import LOOKBACK_DAYS, debtor_ledger
from qa_pipeline.jobs.process import DebtorDay
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import Call, ContactAttempt, utcnow

log = logging.getLogger(__name__)

_CHUNK = 500
# What an import compares to tell an unchanged record from a changed one.
_STORED_FIELDS = ("at", "local_date", "timezone", "number", "debtor_id", "agency", "result", "relation",
                  "call_external_id")


@dataclass(slots=True)
class ContactImport:
    """What an import did."""

    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rescanned: list[int] = field(default_factory=list)  # stored calls whose ledger findings changed

    @property
    def rows(self) -> int:
        return self.added + self.updated + self.unchanged


def _values(record: ContactRecord, default_timezone: str) -> dict[str, object]:
    tz = record.timezone or default_timezone
    return {"at": record.at, "local_date": record.at.astimezone(zone(tz)).date(), "timezone": tz,
            "number": record.number, "debtor_id": record.debtor_id, "agency": record.agency,
            "result": record.result, "relation": record.relation, "call_external_id": record.call_id}


def _same(row: ContactAttempt, values: dict[str, object]) -> bool:
    return all(getattr(row, name) == values[name] for name in _STORED_FIELDS)


def check_records(records: Sequence[ContactRecord], source: str) -> None:
    """Refuse attempt times no call can have (the same bounds as recorded calls)."""
    for i, record in enumerate(records, start=1):
        if not EARLIEST_CALL <= record.at <= LATEST_CALL:
            raise ContactError(f"{source}: record {i} ({record.attempt_id})", "at",
                               f"{record.at.isoformat()} is not a plausible call time "
                               f"(between {EARLIEST_CALL.year} and {LATEST_CALL.year})")


def import_contacts(session_factory: SessionFactory, records: Sequence[ContactRecord], *, source: str,
                    scanner: Scanner | None = None, settings: Settings | None = None,
                    actor: str = "system", api_key_id: int | None = None) -> ContactImport:
    """Store the records (all or none), then bring the debtors' stored calls up to date."""
    settings = settings or get_settings()
    scanner = scanner or get_scanner(settings)
    default_timezone = scanner.pack.settings.default_timezone
    check_records(records, source)
    result = ContactImport(source=source)
    touched: dict[str, date] = {}
    with session_factory() as session:
        existing: dict[str, ContactAttempt] = {}
        ids = [r.attempt_id for r in records]
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            for stored in session.scalars(select(ContactAttempt).where(ContactAttempt.attempt_id.in_(chunk))):
                existing[stored.attempt_id] = stored
        for record in records:
            values = _values(record, default_timezone)
            row = existing.get(record.attempt_id)
            if row is not None and _same(row, values):
                result.unchanged += 1
                continue
            if row is None:
                session.add(ContactAttempt(attempt_id=record.attempt_id, imported_at=utcnow(), **values))
                result.added += 1
            else:
                touched[row.debtor_id] = min(touched.get(row.debtor_id, row.local_date), row.local_date)
                for name, value in values.items():
                    setattr(row, name, value)
                row.imported_at = utcnow()
                result.updated += 1
            day = values["local_date"]
            assert isinstance(day, date)
            touched[record.debtor_id] = min(touched.get(record.debtor_id, day), day)
        repo.audit(session, "contacts.imported", "contact_attempts", None, actor=actor, api_key_id=api_key_id,
                   source=source, added=result.added, updated=result.updated, unchanged=result.unchanged)
        session.commit()
    groups = affected_groups(session_factory, touched)
    if groups:
        refreshed = refresh_call_frequency(session_factory, groups=groups, scanner=scanner, settings=settings)
        result.rescanned = refreshed.rescanned
    return result


def affected_groups(session_factory: SessionFactory, since: dict[str, date]) -> list[DebtorDay]:
    """The (debtor, day) groups of stored calls of these debtors from the day before the given one on."""
    out: set[DebtorDay] = set()
    with session_factory() as session:
        for debtor, first in since.items():
            rows = session.execute(select(Call.debtor_id, Call.call_date).where(
                Call.debtor_id == debtor, Call.call_date >= first - timedelta(days=1)).distinct())
            out.update((d, day) for d, day in rows if d is not None)
    return sorted(out)


def _utc_midnight(day: date, shift_days: int) -> datetime:
    """Midnight UTC `shift_days` from `day`, held inside the calendar (date.min, date.max)."""
    try:
        shifted = day + timedelta(days=shift_days)
    except OverflowError:
        shifted = date.min if shift_days < 0 else date.max
    return datetime.combine(shifted, time(), tzinfo=UTC)


def check_ledger(session_factory: SessionFactory, *, date_from: date, date_to: date, debtor_id: str | None = None,
                 scanner: Scanner | None = None, settings: Settings | None = None) -> list[LedgerFinding]:
    """The ledger rules' findings on entries of callee-local days date_from..date_to (inclusive)."""
    settings = settings or get_settings()
    scanner = scanner or get_scanner(settings)
    pack = scanner.pack.settings
    # UTC bounds wide enough for any time zone (±14 h), and the lookback for the unreachable check.
    start = max(_utc_midnight(date_from, -LOOKBACK_DAYS), EARLIEST_CALL)
    end = min(_utc_midnight(date_to, 2), LATEST_CALL)
    with session_factory() as session:
        stmt = select(ContactAttempt.debtor_id).where(ContactAttempt.local_date >= date_from,
                                                      ContactAttempt.local_date <= date_to)
        calls = select(Call.debtor_id).where(Call.call_date >= date_from, Call.call_date <= date_to,
                                             Call.debtor_id.is_not(None))
        if debtor_id is not None:
            stmt = stmt.where(ContactAttempt.debtor_id == debtor_id)
            calls = calls.where(Call.debtor_id == debtor_id)
        debtors = sorted(set(session.scalars(stmt.distinct())) | {d for d in session.scalars(calls.distinct()) if d})
        out: list[LedgerFinding] = []
        for debtor in debtors:
            ledger = debtor_ledger(session, debtor, start, end, settings.contact_link_seconds, pack.may_hear_debt)
            out += [f for f in ledger_findings(scanner.pack, ledger.entries)
                    if date_from <= f.entry.local_date <= date_to]
    return out


__all__ = ["ContactImport", "affected_groups", "check_ledger", "check_records", "import_contacts"]

"""The audit log's hash chain: each entry stores the hash of the entry before it
and its own hash over both, so an entry changed, deleted or moved after it
was written shows when the chain is walked (`verify_chain`).

`repository.audit` is the one place entries are written: it holds the chain's
lock (`lock_chain`) from reading the head until the transaction ends, so
concurrent writers append one after another instead of forking the chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from qa_pipeline.store.models import AuditEntry

# The `prev_hash` of the first entry.
GENESIS = "0" * 64

# pg_advisory_xact_lock key of the chain (any constant no other part of the product uses).
CHAIN_LOCK_KEY = 0x71615F617564


class AuditFields(Protocol):
    """What the hash covers: an AuditEntry, or a row selected with these columns."""

    @property
    def at(self) -> datetime: ...
    @property
    def actor(self) -> str: ...
    @property
    def api_key_id(self) -> int | None: ...
    @property
    def action(self) -> str: ...
    @property
    def object_type(self) -> str: ...
    @property
    def object_id(self) -> str | None: ...
    @property
    def detail(self) -> dict[str, Any]: ...


def _as_stored(value: Any) -> Any:
    """JSON values as both databases give them back: PostgreSQL's JSONB returns 1e20 as an
    integer and 2.0 as 2.0, so whole floats are hashed as integers."""
    if isinstance(value, dict):
        return {k: _as_stored(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_stored(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def entry_hash(prev_hash: str, entry: AuditFields) -> str:
    """sha256 of the canonical JSON of the entry's fields and the previous entry's hash."""
    canonical = json.dumps({
        "prev_hash": prev_hash,
        "at": entry.at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": entry.actor,
        "api_key_id": entry.api_key_id,
        "action": entry.action,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "detail": _as_stored(entry.detail or {}),
    }, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def lock_chain(session: Session) -> None:
    """Hold the chain until the session's transaction ends; no other writer can append meanwhile.

    The session's own pending writes are flushed first; a transaction should take no
    row lock after it (write its audit entries last), or it could deadlock with a
    writer that holds the row and waits for the chain.
    """
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(CHAIN_LOCK_KEY)))
    else:
        # SQLite has one writer at a time: a write that changes nothing takes the database's write
        # lock now, before the head is read, and keeps it until commit.
        session.execute(text("DELETE FROM audit_log WHERE 0"))


def chain_head(session: Session) -> str:
    """The hash of the newest entry (GENESIS when the log is empty)."""
    return session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS


@dataclass(frozen=True, slots=True)
class ChainBreak:
    entry_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int                # entries walked (up to the break, if any)
    head_id: int | None         # the last entry walked
    head_hash: str
    broken: ChainBreak | None = None

    @property
    def intact(self) -> bool:
        return self.broken is None


def verify_chain(session: Session, batch: int = 5000) -> ChainCheck:
    """Walk the log in id order; stop at the first entry that does not follow from the one before it."""
    expected_prev, count, last_id, head_id = GENESIS, 0, 0, None
    while True:
        rows = list(session.scalars(select(AuditEntry).where(AuditEntry.id > last_id)
                                    .order_by(AuditEntry.id).limit(batch)))
        if not rows:
            return ChainCheck(entries=count, head_id=head_id, head_hash=expected_prev)
        for entry in rows:
            if entry.prev_hash != expected_prev:
                before = f"entry {head_id}" if head_id is not None else "the start of the log"
                return ChainCheck(count, head_id, expected_prev, ChainBreak(
                    entry.id, f"its prev_hash is not the hash of {before}: an entry between them was deleted, "
                              "or entries were reordered or inserted"))
            if entry_hash(entry.prev_hash, entry) != entry.entry_hash:
                return ChainCheck(count, head_id, expected_prev, ChainBreak(
                    entry.id, "its content does not match its hash: it was changed after it was written"))
            expected_prev, head_id, count = entry.entry_hash, entry.id, count + 1
        last_id = rows[-1].id
        session.expunge_all()  # a long log is walked in constant memory

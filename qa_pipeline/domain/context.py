"""What the engine cannot see in one transcript, supplied by the store."""

from __future__ import annotations

from dataclasses import dataclass

from qa_pipeline.domain.acoustics import CallSound
from qa_pipeline.domain.contacts import LedgerEntry


@dataclass(frozen=True, slots=True)
class CallContext:
    """`call_of_day`: this call's position (1-based) among the connected calls
    to the same debtor on the same calendar day in the callee's time (all
    agencies). Where the contact ledger is known, `contacts` holds the
    debtor's ledger entries around the call (imported attempts and recorded
    calls no attempt links to) and `attempt` this call's own entry; the
    ledger rules count on those and `call_of_day` is only what was counted.
    `acoustics`: the call's acoustic measures, for recordings (None for
    submitted transcripts)."""

    call_of_day: int | None = None
    contacts: tuple[LedgerEntry, ...] = ()
    attempt: LedgerEntry | None = None
    acoustics: CallSound | None = None

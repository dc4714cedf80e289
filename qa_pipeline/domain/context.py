"""What the engine cannot see in one transcript, supplied by the store."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CallContext:
    """`call_of_day`: this call's position (1-based) among the calls to the
    same debtor on the same calendar day in the callee's time."""

    call_of_day: int | None = None

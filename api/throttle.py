"""Throttling of failed sign-ins and API-key attempts, with a temporary lockout.

Failures are counted per client address over a sliding window
(`QA_AUTH_FAILURE_WINDOW_SECONDS`). After `QA_AUTH_MAX_FAILURES` of them the
address is locked out for `QA_AUTH_LOCKOUT_SECONDS`: every attempt, the right
key included, answers 429 with Retry-After. Each failure and each lockout is
written to the audit log by the caller.

The counts are kept in the API process. With `QA_SERVE_WORKERS` processes
on one port, each allows its share of the limit (rounded up), so one
address gets at most the limit plus one per extra process before every
process it reaches has locked it out. Behind several separate servers, each
counts its own.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field

from qa_pipeline.config import Settings

# Addresses tracked at most (oldest forgotten first): the tracker's memory is bounded.
MAX_TRACKED = 10_000


@dataclass(slots=True)
class _Record:
    failures: deque[float] = field(default_factory=deque)
    locked_until: float = 0.0


@dataclass(frozen=True, slots=True)
class FailureOutcome:
    failures: int        # in the window, this one included
    locked: bool         # this failure started a lockout
    retry_after: int     # seconds, when locked


class AuthThrottle:
    def __init__(self, settings: Settings, clock: object = None) -> None:
        self.max_failures = -(-settings.auth_max_failures // settings.serve_workers)  # this process's share
        self.window = settings.auth_failure_window_seconds
        self.lockout = settings.auth_lockout_seconds
        self._clock = clock if callable(clock) else time.monotonic
        self._records: dict[str, _Record] = {}
        self._lock = threading.Lock()

    def _now(self) -> float:
        return float(self._clock())

    def locked_for(self, client: str) -> int:
        """Seconds the client is still locked out (0: not locked)."""
        with self._lock:
            record = self._records.get(client)
            if record is None:
                return 0
            left = record.locked_until - self._now()
            return int(left) + 1 if left > 0 else 0

    def failure(self, client: str) -> FailureOutcome:
        now = self._now()
        with self._lock:
            record = self._records.pop(client, None) or _Record()
            self._records[client] = record  # most recent last
            while record.failures and record.failures[0] <= now - self.window:
                record.failures.popleft()
            record.failures.append(now)
            count = len(record.failures)
            locked = count >= self.max_failures and record.locked_until <= now
            if locked:
                record.locked_until = now + self.lockout
                record.failures.clear()
            while len(self._records) > MAX_TRACKED:
                self._records.pop(next(iter(self._records)))
            return FailureOutcome(count, locked, self.lockout if locked else 0)

    def success(self, client: str) -> None:
        with self._lock:
            record = self._records.get(client)
            if record is not None and record.locked_until <= self._now():
                del self._records[client]

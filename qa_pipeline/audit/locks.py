"""Liveness locks: which calls a live audit worker is working on right now.

`process_call` claims a call in the database (status `processing`) and
takes over a claim only once it is `stale_processing_seconds` old, because
it cannot tell a slow worker from a dead one. An audit job holds a lock on
the call while it works on it, and the operating system or the database
server drops the lock the moment the process holding it dies (`kill -9`,
a crashed machine, a lost connection). So a job that gets the lock of a
call still marked `processing` knows the claim is a dead worker's and takes
it over at once: a crashed run, started again, redoes exactly the calls it
had in hand.

- SQLite (one machine): POSIX record locks on one byte per call id in
  `<data_dir>/locks/calls.lock`.
- PostgreSQL (any number of machines): session advisory locks on a
  connection held for the job.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, text

_PG_NAMESPACE = 0x5141  # "QA": the first key of our advisory locks


class CallLocks(Protocol):
    def hold(self, call_id: int) -> AbstractContextManager[None]: ...

    def try_hold(self, call_id: int) -> AbstractContextManager[bool]:
        """The lock if it is free (True inside), without waiting; False inside when a live worker has it."""
        ...


class FileCallLocks:
    """Record locks on one file. They belong to the process, so threads are serialised as well."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # One descriptor for the life of the process: closing any descriptor of
        # this file would drop every record lock the process holds on it.
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        self._guard = threading.Lock()
        self._threads: dict[int, threading.Lock] = {}

    @contextmanager
    def hold(self, call_id: int) -> Iterator[None]:
        with self._guard:
            local = self._threads.setdefault(call_id, threading.Lock())
        with local:
            fcntl.lockf(self._fd, fcntl.LOCK_EX, 1, call_id)
            try:
                yield
            finally:
                fcntl.lockf(self._fd, fcntl.LOCK_UN, 1, call_id)

    @contextmanager
    def try_hold(self, call_id: int) -> Iterator[bool]:
        with self._guard:
            local = self._threads.setdefault(call_id, threading.Lock())
        if not local.acquire(blocking=False):
            yield False
            return
        try:
            try:
                fcntl.lockf(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, call_id)
            except OSError:  # another process holds it
                yield False
                return
            try:
                yield True
            finally:
                fcntl.lockf(self._fd, fcntl.LOCK_UN, 1, call_id)
        finally:
            local.release()


class PostgresCallLocks:
    """Advisory locks; the server releases them when the holder's connection ends."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def hold(self, call_id: int) -> Iterator[None]:
        key = call_id % (1 << 31)
        conn = self.engine.connect()
        try:
            conn.execute(text("SELECT pg_advisory_lock(:ns, :key)"), {"ns": _PG_NAMESPACE, "key": key})
            conn.commit()  # the lock outlives the transaction; do not sit idle in one
            try:
                yield
            finally:
                try:
                    conn.execute(text("SELECT pg_advisory_unlock(:ns, :key)"), {"ns": _PG_NAMESPACE, "key": key})
                    conn.commit()
                except Exception:
                    conn.invalidate()  # closing the connection releases the lock
                    raise
        finally:
            conn.close()

    @contextmanager
    def try_hold(self, call_id: int) -> Iterator[bool]:
        key = call_id % (1 << 31)
        with self.engine.connect() as conn:
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:ns, :key)"),
                                    {"ns": _PG_NAMESPACE, "key": key}).scalar())
            conn.commit()
            try:
                yield got
            finally:
                if got:
                    conn.execute(text("SELECT pg_advisory_unlock(:ns, :key)"), {"ns": _PG_NAMESPACE, "key": key})
                    conn.commit()


_file_locks: dict[Path, FileCallLocks] = {}
_file_locks_guard = threading.Lock()


def call_locks(engine: Engine, data_dir: Path) -> CallLocks:
    if engine.dialect.name == "postgresql":
        return PostgresCallLocks(engine)
    path = (data_dir / "locks" / "calls.lock").resolve()
    with _file_locks_guard:
        locks = _file_locks.get(path)
        if locks is None:
            locks = _file_locks[path] = FileCallLocks(path)
        return locks

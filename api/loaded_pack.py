"""The rule pack a running server uses, its reload from disk, and following other processes' reloads.

Every request and every job of the in-process worker asks `LoadedPack.scanner()` for the scanner, so
a reload that succeeds is seen by the next request and the next job; a scan already running finishes
with the scanner it started with. A pack that does not load is refused and the loaded one stays.

Several server processes (`qa-pipeline serve --workers N`, or several servers on one store) each hold
their own pack. A reload is written to the audit log (`rules.reload`), which every process shares: each
process looks there at most every `QA_PACK_FOLLOW_SECONDS` and, when another process has reloaded since
its own pack was loaded, loads the pack from its own disk too. The processes must read the same rules
folder (one host, or the same files deployed on each).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from qa_pipeline.config import Settings
from qa_pipeline.engine import Scanner
from qa_pipeline.errors import RulePackError
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import AuditEntry

log = logging.getLogger(__name__)

RELOAD = "rules.reload"


@dataclass(frozen=True, slots=True)
class PackSwap:
    old: Scanner
    new: Scanner


def last_reload(session_factory: SessionFactory) -> int:
    """The id of the newest `rules.reload` audit entry (0: the pack was never reloaded)."""
    with session_factory() as session:
        newest = session.scalar(select(func.max(AuditEntry.id)).where(
            AuditEntry.object_type == "rule_pack", AuditEntry.action == RELOAD))
    return int(newest or 0)


class LoadedPack:
    def __init__(self, settings: Settings, first: Callable[[], Scanner],
                 session_factory: SessionFactory | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._settings = settings
        self._first = first  # the pack the server starts with, loaded on first use
        self._scanner: Scanner | None = None
        self._lock = threading.Lock()
        # Following other processes' reloads: None when there is no store to look in.
        self._store = session_factory
        self._clock = clock
        self._seen_reload = 0       # the newest rules.reload entry this process has taken up
        self._next_look = 0.0       # when to look in the audit log again (clock seconds)

    def scanner(self) -> Scanner:
        scanner = self._scanner
        if scanner is None:
            with self._lock:
                if self._scanner is None:
                    # Reloads before this start are already in the files on disk.
                    self._seen_reload = self._newest_reload() or 0
                    self._next_look = self._clock() + self._settings.pack_follow_seconds
                    self._scanner = self._first()
                scanner = self._scanner
        elif self._store is not None and self._clock() >= self._next_look:
            scanner = self._follow(scanner)
        return scanner

    def _newest_reload(self) -> int | None:
        if self._store is None:
            return None
        try:
            return last_reload(self._store)
        except Exception:  # the database is away: keep the pack, look again later
            log.warning("rule pack: cannot read the audit log to follow reloads", exc_info=True)
            return None

    def _follow(self, current: Scanner) -> Scanner:
        """Take up a reload another process made since ours; the scanner to use now."""
        if not self._lock.acquire(blocking=False):
            return current  # another thread is loading or looking: use what is loaded meanwhile
        try:
            if self._clock() < self._next_look:
                return self._scanner or current
            self._next_look = self._clock() + self._settings.pack_follow_seconds
            newest = self._newest_reload()
            if newest is None or newest <= self._seen_reload:
                return self._scanner or current
            old = self._scanner or current
            try:
                new = Scanner.load(self._settings.rules_dir, self._settings.lexicons_dir, embedder=old.embedder)
            except RulePackError:
                log.exception("rule pack: another process reloaded it, but it does not load here; "
                              "keeping version %s", old.pack.version)
                self._seen_reload = newest  # not retried until the next reload
                return old
            self._seen_reload = newest
            self._scanner = new
            log.info("rule pack: followed a reload by another process: %s %s -> %s", new.pack.name,
                     old.pack.version, new.pack.version)
            return new
        finally:
            self._lock.release()

    def reload(self, session_factory: SessionFactory, *, actor: str, api_key_id: int | None,
               via: str) -> PackSwap:
        """Load the configured pack from disk and use it from now on; audited (`rules.reload`).

        Raises `RulePackError` (naming the file and field) when it does not load; nothing changes then.
        The other server processes on the same store take it up within `QA_PACK_FOLLOW_SECONDS`.
        """
        current = self.scanner()
        with self._lock:  # one reload at a time; readers never wait for it
            old = self._scanner or current  # another reload may have swapped it meanwhile
            # The embedder (a loaded model and its vector cache) does not depend on the pack: keep it.
            new = Scanner.load(self._settings.rules_dir, self._settings.lexicons_dir, embedder=old.embedder)
            self._scanner = new
            with session_factory() as session:
                entry = repo.audit(session, RELOAD, "rule_pack", new.pack.name, actor=actor, api_key_id=api_key_id,
                                   via=via, old_pack=old.pack.name, old_version=old.pack.version,
                                   new_version=new.pack.version)
                reload_id = entry.id
                session.commit()
            self._seen_reload = max(self._seen_reload, reload_id)
        return PackSwap(old, new)

"""The rule pack a running server uses, and its reload from disk.

Every request and every job of the in-process worker asks `LoadedPack.scanner()` for the scanner, so
a reload that succeeds is seen by the next request and the next job; a scan already running finishes
with the scanner it started with. A pack that does not load is refused and the loaded one stays.
Each server process holds its own: with several processes, each must be reloaded (or restarted).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from qa_pipeline.config import Settings
from qa_pipeline.engine import Scanner
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import SessionFactory


@dataclass(frozen=True, slots=True)
class PackSwap:
    old: Scanner
    new: Scanner


class LoadedPack:
    def __init__(self, settings: Settings, first: Callable[[], Scanner]) -> None:
        self._settings = settings
        self._first = first  # the pack the server starts with, loaded on first use
        self._scanner: Scanner | None = None
        self._lock = threading.Lock()

    def scanner(self) -> Scanner:
        scanner = self._scanner
        if scanner is None:
            with self._lock:
                if self._scanner is None:
                    self._scanner = self._first()
                scanner = self._scanner
        return scanner

    def reload(self, session_factory: SessionFactory, *, actor: str, api_key_id: int | None,
               via: str) -> PackSwap:
        """Load the configured pack from disk and use it from now on; audited (`rules.reload`).

        Raises `RulePackError` (naming the file and field) when it does not load; nothing changes then.
        """
        current = self.scanner()
        with self._lock:  # one reload at a time; readers never wait for it
            old = self._scanner or current  # another reload may have swapped it meanwhile
            # The embedder (a loaded model and its vector cache) does not depend on the pack: keep it.
            new = Scanner.load(self._settings.rules_dir, self._settings.lexicons_dir, embedder=old.embedder)
            self._scanner = new
        with session_factory() as session:
            repo.audit(session, "rules.reload", "rule_pack", new.pack.name, actor=actor, api_key_id=api_key_id,
                       via=via, old_pack=old.pack.name, old_version=old.pack.version, new_version=new.pack.version)
            session.commit()
        return PackSwap(old, new)

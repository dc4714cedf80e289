"""The in-process worker: a thread pool inside the API process that runs the
per-call job on uploads."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path

from qa_pipeline.config import Settings
from qa_pipeline.domain.transcript import CallMetadata, Transcript
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.jobs.pipeline import run_call
from qa_pipeline.jobs.process import (
    TranscriberLike,
    dead_letter_abandoned,
    default_transcriber,
    pending_call_ids,
)
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import CallStatus

log = logging.getLogger(__name__)


class InProcessWorker:
    """A thread pool inside the API process that runs process_call on uploads."""

    def __init__(self, session_factory: SessionFactory, settings: Settings, *,
                 scanner_factory: Callable[[], Scanner] | None = None,
                 transcriber_factory: Callable[[], TranscriberLike] | None = None) -> None:
        self.session_factory = session_factory
        self.settings = settings
        self._scanner_factory = scanner_factory or (lambda: get_scanner(settings))
        self._transcriber_factory = transcriber_factory or (lambda: default_transcriber(settings))
        self._transcriber: TranscriberLike | None = None
        self._lock = threading.Lock()
        self._futures: set[Future[CallStatus]] = set()
        self._in_hand: dict[int, Future[CallStatus]] = {}  # call id -> its job, submitted and not finished
        self._pool: ThreadPoolExecutor | None = None
        self._stop = threading.Event()
        self._sweeper: threading.Thread | None = None

    def start(self) -> None:
        self._pool = ThreadPoolExecutor(self.settings.worker_threads, thread_name_prefix="qa-worker")
        self._stop.clear()
        self.sweep()
        self._sweeper = threading.Thread(target=self._sweep_loop, name="qa-sweeper", daemon=True)
        self._sweeper.start()

    def stop(self, wait: bool = False) -> None:
        self._stop.set()
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None

    def sweep(self) -> list[int]:
        """Submit every call waiting for a worker that this worker does not have in hand; their ids.

        Abandoned calls that used up their attempts go to dead_letter instead (not submitted).
        """
        try:
            buried = dead_letter_abandoned(self.session_factory, self.settings)
            if buried:
                log.warning("sweep: calls %s moved to dead_letter (their workers kept dying)", buried)
            waiting = pending_call_ids(self.session_factory, self.settings)
        except Exception:  # the database is away: try again at the next sweep
            log.warning("sweep: cannot read the queue", exc_info=True)
            return []
        with self._lock:
            new = [call_id for call_id in waiting if call_id not in self._in_hand]
        for call_id in new:
            self.submit(call_id)
        if new:
            log.info("sweep: re-submitted calls %s", new)
        return new

    def _sweep_loop(self) -> None:
        while not self._stop.wait(self.settings.sweep_interval_seconds):
            if self._pool is None:
                return
            self.sweep()

    def submit(self, call_id: int) -> Future[CallStatus]:
        if self._pool is None:
            raise RuntimeError("worker not started")
        with self._lock:
            current = self._in_hand.get(call_id)
            if current is not None and not current.done():
                return current  # already in hand: one job per call
            future = self._pool.submit(self._run, call_id)
            self._futures.add(future)
            self._in_hand[call_id] = future
        future.add_done_callback(partial(self._forget, call_id=call_id))
        return future

    def wait_idle(self, timeout: float | None = None) -> None:
        """Block until every submitted call is finished (tests, shutdown)."""
        with self._lock:
            pending = list(self._futures)
        for future in pending:
            future.result(timeout=timeout)

    def _forget(self, future: Future[CallStatus], *, call_id: int) -> None:
        with self._lock:
            self._futures.discard(future)
            if self._in_hand.get(call_id) is future:
                del self._in_hand[call_id]

    def _transcriber_once(self) -> TranscriberLike:
        with self._lock:
            if self._transcriber is None:
                self._transcriber = self._transcriber_factory()
            return self._transcriber

    def _run(self, call_id: int) -> CallStatus:
        try:
            return run_call(self.session_factory, call_id, settings=self.settings,
                            scanner=self._scanner_factory(), transcriber=_Lazy(self._transcriber_once))
        except Exception:
            log.exception("call %s: worker error", call_id)
            raise


class _Lazy:
    """Builds the transcriber (loads the model) only when a call needs ASR."""

    def __init__(self, get: Callable[[], TranscriberLike]) -> None:
        self._get = get

    def transcribe(self, path: Path, metadata: CallMetadata | None = None) -> Transcript:
        return self._get().transcribe(path, metadata)

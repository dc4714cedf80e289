"""The in-process worker: a thread pool inside the API process that runs the
per-call job on uploads."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from qa_pipeline.config import Settings
from qa_pipeline.domain.transcript import CallMetadata, Transcript
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.jobs.pipeline import run_call
from qa_pipeline.jobs.process import (
    TranscriberLike,
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
        self._pool: ThreadPoolExecutor | None = None

    def start(self) -> None:
        self._pool = ThreadPoolExecutor(self.settings.worker_threads, thread_name_prefix="qa-worker")
        for call_id in pending_call_ids(self.session_factory, self.settings):
            self.submit(call_id)

    def stop(self, wait: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None

    def submit(self, call_id: int) -> Future[CallStatus]:
        if self._pool is None:
            raise RuntimeError("worker not started")
        future = self._pool.submit(self._run, call_id)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)
        return future

    def wait_idle(self, timeout: float | None = None) -> None:
        """Block until every submitted call is finished (tests, shutdown)."""
        with self._lock:
            pending = list(self._futures)
        for future in pending:
            future.result(timeout=timeout)

    def _forget(self, future: Future[CallStatus]) -> None:
        with self._lock:
            self._futures.discard(future)

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

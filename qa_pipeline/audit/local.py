"""The local engine: N worker processes on this machine.

Each worker is a fresh Python process (spawned, not forked, so no database
connection or thread state is shared) that loads the rule pack and, on the
first recording that needs it, the Whisper model, once. The parent hands a
worker one job at a time over a pipe, so it always knows which job each
worker has: when a worker dies (out of memory, a crash in a decoder) its job
is given to a new worker once more, and after a second death the recording
is marked failed. Workers die with the parent (`kill -9` of the audit stops
everything; the next run finishes what was in hand).

CPU threads: unless `QA_WHISPER_CPU_THREADS` is set, each of N workers gets
CPUs / N threads, so workers do not fight over cores.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from qa_pipeline.audit.job import (
    AuditJob,
    AuditWorker,
    JobResult,
    Outcome,
    mark_crashed,
    release_claim,
)
from qa_pipeline.audit.locks import call_locks
from qa_pipeline.config import Settings
from qa_pipeline.errors import ModelNotInstalledError
from qa_pipeline.store.db import first_line, get_engine, make_session_factory

log = logging.getLogger(__name__)

MAX_CRASHES = 2  # worker deaths on one recording before it is marked failed


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_workers(settings: Settings) -> int:
    """One single-threaded worker per CPU, at most 8 (memory: a model each).

    Measured by `make bench` on 2 cores: 2 workers of 1 thread audit ~15-20 %
    more audio per hour than 1 worker of 2 threads.
    """
    return settings.audit_workers or max(1, min(available_cpus(), 8))


def worker_settings(settings: Settings, workers: int) -> Settings:
    if settings.whisper_cpu_threads:
        return settings
    return settings.model_copy(update={"whisper_cpu_threads": max(1, available_cpus() // max(1, workers))})


def _die_with_parent(parent_pid: int) -> None:
    """Linux: the kernel kills this process when the audit process dies."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_PDEATHSIG = 1
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except Exception:
            pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _worker_main(conn: Connection, settings: Settings, parent_pid: int) -> None:
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        worker = AuditWorker(settings)
    except Exception as exc:
        conn.send(("fatal", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        try:
            result = worker.run(AuditJob.from_dict(message))
        except ModelNotInstalledError as exc:
            conn.send(("fatal", str(exc)))
            return
        try:
            conn.send(("result", result.to_dict()))
        except (BrokenPipeError, OSError):
            return


class WorkerStartError(RuntimeError):
    pass


@dataclass(slots=True)
class _Slot:
    process: Any
    conn: Connection
    job: AuditJob | None = None
    ready: bool = False


class LocalEngine:
    name = "local"

    def __init__(self, settings: Settings, workers: int) -> None:
        self.workers = max(1, workers)
        self.settings = worker_settings(settings, self.workers)
        self._ctx = mp.get_context("spawn")
        self._slots: list[_Slot] = []

    def _start(self) -> _Slot:
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(target=_worker_main, args=(child, self.settings, os.getpid()),
                                    name="qa-audit-worker", daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def run(self, jobs: Iterable[AuditJob], on_result: Callable[[JobResult], None],
            on_tick: Callable[[], None] | None = None) -> None:
        pending = deque(jobs)
        if not pending:
            return
        crashes: dict[int, int] = {}
        self._slots = [self._start() for _ in range(min(self.workers, len(pending)))]
        try:
            while pending or any(s.job is not None for s in self._slots):
                for slot in self._slots:
                    if slot.ready and slot.job is None and pending:
                        slot.job = pending.popleft()
                        slot.conn.send(slot.job.to_dict())
                waitables: dict[Any, _Slot] = {}
                for slot in self._slots:
                    waitables[slot.conn] = slot
                    waitables[slot.process.sentinel] = slot
                ready_list = wait(list(waitables), timeout=1.0)
                if on_tick is not None:
                    on_tick()
                for ready in ready_list:
                    slot = waitables[ready]
                    if slot not in self._slots:
                        continue  # replaced already in this round
                    kind, payload = "died", None
                    try:
                        # A worker that sent its result and then died: take the result first.
                        if ready is slot.conn or slot.conn.poll():
                            kind, payload = slot.conn.recv()
                    except (EOFError, OSError):
                        pass
                    if kind == "ready":
                        slot.ready = True
                    elif kind == "result" and isinstance(payload, dict):
                        slot.job = None
                        on_result(JobResult.from_dict(payload))
                    elif kind == "fatal":
                        raise WorkerStartError(f"a worker cannot go on: {payload}")
                    else:
                        self._replace(slot, pending, crashes, on_result)
        except KeyboardInterrupt:
            self._abandon()
            raise
        finally:
            self.close()

    def _abandon(self) -> None:
        """Interrupted (SIGTERM, Ctrl-C): stop the workers now, and put the calls they had in
        hand back in the queue, so no claim is left behind; the next run does them."""
        busy = [slot.job.source for slot in self._slots if slot.job is not None]
        for slot in self._slots:
            slot.process.kill()
        for slot in self._slots:
            slot.process.join(timeout=10)
        if not busy:
            return
        engine = get_engine(self.settings)
        session_factory = make_session_factory(engine)
        locks = call_locks(engine, self.settings.data_dir)
        for source in busy:
            try:
                if release_claim(session_factory, locks, source) is not None:
                    log.warning("%s: interrupted; its call is queued again for the next run", source)
            except Exception as exc:  # the database is away: the next run takes the claim over
                log.warning("%s: could not release its claim: %s", source, first_line(exc))

    def _replace(self, slot: _Slot, pending: deque[AuditJob], crashes: dict[int, int],
                 on_result: Callable[[JobResult], None]) -> None:
        slot.process.join(timeout=5)
        code = slot.process.exitcode
        self._slots.remove(slot)
        slot.conn.close()
        job = slot.job
        if job is None and not slot.ready:
            raise WorkerStartError(f"a worker process exited while starting (exit code {code})")
        if job is not None:
            crashes[job.index] = crashes.get(job.index, 0) + 1
            how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            if crashes[job.index] >= MAX_CRASHES:
                message = f"the worker process died ({how}) on this recording {crashes[job.index]} times"
                log.error("%s: %s", job.source, message)
                call_id = mark_crashed(make_session_factory(get_engine(self.settings)), job.source, message)
                on_result(JobResult(job.index, job.source, Outcome.NEW if call_id else Outcome.REFUSED,
                                    "failed" if call_id else "refused", call_id=call_id, error=message))
            else:
                log.warning("%s: the worker process died (%s); trying again in a new one", job.source, how)
                pending.appendleft(job)
        if pending or any(s.job is not None for s in self._slots):
            self._slots.append(self._start())

    def close(self) -> None:
        for slot in self._slots:
            with contextlib.suppress(BrokenPipeError, OSError):
                slot.conn.send(None)
        for slot in self._slots:
            slot.process.join(timeout=10)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(timeout=5)
            slot.conn.close()
        self._slots = []

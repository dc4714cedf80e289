"""`run_audit`: discover, dispatch the per-recording jobs, re-check call frequency, report.

The run itself keeps no state: everything is in the store, keyed by content
hash. A run killed at any point and started again skips what is done,
finishes what was in hand (see `job` and `locks`), and reports the same.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from qa_pipeline.audit.celery_engine import CeleryEngine
from qa_pipeline.audit.discover import discover
from qa_pipeline.audit.job import AuditJob, JobResult, RunStopped
from qa_pipeline.audit.local import LocalEngine, default_workers
from qa_pipeline.audit.progress import Progress
from qa_pipeline.audit.steps import (
    EXIT_FAILURES,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    AuditRun,
    finish,
    prefilter,
    prepare_database,
    refused_result,
    safe_url,
    sweep_temp_files,
)
from qa_pipeline.config import Settings, get_settings
from qa_pipeline.engine import get_scanner
from qa_pipeline.store.db import retry_while_unavailable

log = logging.getLogger(__name__)

__all__ = ["EXIT_FAILURES", "EXIT_INCOMPLETE", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "AuditOptions", "AuditRun",
           "run_audit"]


class Engine(Protocol):
    name: str

    def run(self, jobs: list[AuditJob], on_result: Callable[[JobResult], None],
            on_tick: Callable[[], None] | None = None) -> None: ...


@dataclass(slots=True)
class AuditOptions:
    path: Path
    workers: int | None = None             # local engine; default Settings.audit_workers / CPUs
    since: date | None = None              # calls on or after this callee-local date
    report: Path | None = None             # file or folder; default <data_dir>/reports
    retry_failed: bool = False
    engine: Literal["local", "celery"] = "local"
    progress_bar: bool | None = None       # None: a bar on a terminal, plain lines otherwise


def make_engine(options: AuditOptions, settings: Settings) -> tuple[Engine, int | None]:
    if options.engine == "celery":
        return CeleryEngine(settings), None
    workers = options.workers or default_workers(settings)
    return LocalEngine(settings, workers), workers


def run_audit(options: AuditOptions, settings: Settings | None = None, *, engine: Engine | None = None,
              out: Any = None, err: Any = None) -> AuditRun:
    """Audit the recordings of `options.path` into the store and write the report.

    Raises QAInputError for a PATH that is neither folder nor manifest, and
    RuntimeError when the database or the workers are not usable. SIGTERM is
    Ctrl-C here: once the jobs are under way, either ends the run with the
    report of what was done (exit code 130); before that, KeyboardInterrupt.
    """
    with signals_end_the_run():
        return _run_audit(options, settings, engine=engine, out=out, err=err)


def _run_audit(options: AuditOptions, settings: Settings | None, *, engine: Engine | None, out: Any,
               err: Any) -> AuditRun:
    settings = settings or get_settings()
    # Local workers may read the audited folder (a manifest: its folder) besides the
    # configured roots; Celery workers read only their own QA_RECORDING_ROOTS.
    audited = options.path if options.path.is_dir() else options.path.parent
    settings = settings.with_recording_root(audited.resolve())
    session_factory = retry_while_unavailable(lambda: prepare_database(settings), settings.db_retry_seconds,
                                              "opening the store")
    sweep_temp_files(settings)
    scanner = get_scanner(settings)
    started_at = datetime.now(UTC)
    t0 = time.monotonic()
    items = discover(options.path, scanner.pack.settings.default_timezone, options.since)
    if engine is None:
        engine, workers = make_engine(options, settings)
    else:
        workers = getattr(engine, "workers", None)
    jobs = [AuditJob(i, item.source, item.metadata or {}, options.retry_failed)
            for i, item in enumerate(items) if item.ok]
    results: list[JobResult] = []
    progress = Progress(len(items), bar=options.progress_bar, out=out, err=err)

    def collect(result: JobResult) -> None:
        results.append(result)
        progress.update(result)

    for i, item in enumerate(items):
        if not item.ok:
            collect(refused_result(i, item))
    jobs, settled = retry_while_unavailable(
        lambda: prefilter(session_factory, settings, jobs, scanner.pack.version), settings.db_retry_seconds,
        "looking up what is done")
    for result in settled:
        collect(result)
    interrupted, stopped = False, None
    try:
        engine.run(jobs, collect, progress.tick)
    except KeyboardInterrupt:
        interrupted = True
    except RunStopped as exc:
        stopped = str(exc)
        log.error("%s", stopped)
    finally:
        progress.close()
    why = "the run was interrupted" if interrupted else stopped or "no result came back"
    answered = {r.index for r in results}
    results.extend(JobResult.not_done(job, why) for job in jobs if job.index not in answered)
    run = {
        "path": str(options.path.resolve()), "engine": engine.name, "workers": workers,
        "host": socket.gethostname(), "pid": os.getpid(),
        "since": options.since.isoformat() if options.since else None, "retry_failed": options.retry_failed,
        "pack_name": scanner.pack.name, "pack_version": scanner.pack.version,
        "database": safe_url(settings.effective_database_url),
        "started_at": started_at.isoformat(), "finished_at": datetime.now(UTC).isoformat(),
        "wall_seconds": round(time.monotonic() - t0, 2), "interrupted": interrupted, "stopped": stopped,
    }
    with signals_wait_for_the_report():
        return finish(session_factory, settings, results, run, options.report, scanner=scanner)


@contextmanager
def signals_end_the_run() -> Iterator[None]:
    """SIGTERM ends the run like Ctrl-C (KeyboardInterrupt): workers stopped, claims released,
    the report of what was done written, exit code 130."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    before = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


@contextmanager
def signals_wait_for_the_report() -> Iterator[None]:
    """While the report is written (bounded by QA_DB_RETRY_SECONDS), a second SIGTERM or
    Ctrl-C is noted, not obeyed: the report is what tells the operator what is left."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def note(_signum: int, _frame: Any) -> None:
        log.warning("writing the report of what was done; it takes a moment (kill -9 stops it without one)")

    before = {sig: signal.signal(sig, note) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)

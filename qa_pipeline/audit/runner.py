"""`run_audit`: discover, dispatch the per-recording jobs, re-check call frequency, report.

The run itself keeps no state: everything is in the store, keyed by content
hash. A run killed at any point and started again skips what is done,
finishes what was in hand (see `job` and `locks`), and reports the same.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Literal, Protocol

from qa_pipeline.audit.discover import AuditItem, discover
from qa_pipeline.audit.job import AuditJob, JobResult, Outcome
from qa_pipeline.audit.progress import Progress
from qa_pipeline.audit.report import build_report, report_paths, utc_stamp, write_report
from qa_pipeline.config import Settings, get_settings
from qa_pipeline.store.db import SessionFactory

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


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


@dataclass(slots=True)
class AuditRun:
    report: dict[str, Any]
    json_path: Path
    html_path: Path
    exit_code: int
    results: list[JobResult] = field(default_factory=list)


def pack_timezone(settings: Settings) -> str:
    """The rule pack's default timezone (the callee's, for dates), read without loading the pack."""
    import yaml

    try:
        manifest = yaml.safe_load((Path(settings.rules_dir) / "pack.yaml").read_text(encoding="utf-8"))
        return str(manifest["settings"]["default_timezone"])
    except Exception:  # noqa: BLE001 - the pack loader reports a broken manifest properly
        return "Asia/Shanghai"


def days_ago(days: int, settings: Settings) -> date:
    """The date `days` days before today, in the rule pack's timezone."""
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    return (datetime.now(ZoneInfo(pack_timezone(settings))) - timedelta(days=days)).date()


def reports_dir(settings: Settings) -> Path:
    return settings.audit_reports_dir or settings.data_dir / "reports"


def prepare_database(settings: Settings) -> SessionFactory:
    """The store's session factory; the SQLite file is created or migrated, PostgreSQL must be."""
    from qa_pipeline.store import db

    url = db.normalize_url(settings.effective_database_url)
    if url.get_backend_name() == "sqlite":
        db.upgrade(url)
    engine = db.get_engine(settings)
    db.check_schema(engine)
    return db.make_session_factory(engine)


def sweep_temp_files(settings: Settings, older_than_s: float = 24 * 3600) -> int:
    """Remove partial copies left in `<data_dir>/tmp` by processes killed mid-copy (a day old or more)."""
    removed = 0
    cutoff = time.time() - older_than_s
    for path in (settings.data_dir / "tmp").glob("*.upload"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def refused_result(index: int, item: AuditItem) -> JobResult:
    return JobResult(index, item.source, Outcome.REFUSED, "refused", error=item.error, wall_seconds=0.0)


def prefilter(session_factory: SessionFactory, settings: Settings, jobs: list[AuditJob], pack_version: str,
              threads: int = 4) -> tuple[list[AuditJob], list[JobResult]]:
    """Settle here what needs no worker: recordings done already, and failed ones not retried.

    The jobs check again (a recording may change meanwhile); this only spares
    starting workers, and loading models, for a folder that is done.
    """
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import select

    from qa_pipeline.audit.job import audio_seconds, file_sha256, source_error
    from qa_pipeline.store.models import Call, CallStatus

    def hash_of(job: AuditJob) -> str | None:
        try:
            return file_sha256(Path(job.source))
        except OSError:
            return None  # the job reports it

    with ThreadPoolExecutor(threads) as pool:
        hashes = list(pool.map(hash_of, jobs))
    known: dict[str, tuple[int, CallStatus, str | None, str | None, str | None]] = {}
    wanted = sorted({h for h in hashes if h})
    with session_factory() as session:
        for i in range(0, len(wanted), 500):
            for call_id, content_hash, status, version, error, audio_path in session.execute(
                    select(Call.id, Call.content_hash, Call.status, Call.pack_version, Call.error, Call.audio_path)
                    .where(Call.content_hash.in_(wanted[i:i + 500]))):
                known[content_hash] = (call_id, status, version, error, audio_path)
    todo: list[AuditJob] = []
    settled: list[tuple[AuditJob, JobResult]] = []
    for job, content_hash in zip(jobs, hashes):
        hit = known.get(content_hash) if content_hash else None
        if hit is not None:
            call_id, status, version, error, audio_path = hit
            if status == CallStatus.done and version == pack_version:
                settled.append((job, JobResult(job.index, job.source, Outcome.SKIPPED, status.value, call_id)))
                continue
            if status == CallStatus.failed and not job.retry_failed:
                settled.append((job, JobResult(job.index, job.source, Outcome.SKIPPED_FAILED, status.value, call_id,
                                               error=source_error(error, settings.data_dir, audio_path,
                                                                  job.source))))
                continue
        todo.append(job)
    with ThreadPoolExecutor(threads) as pool:
        lengths = list(pool.map(lambda pair: audio_seconds(Path(pair[0].source)), settled))
    for (_, result), seconds in zip(settled, lengths):
        result.audio_seconds = seconds
        result.wall_seconds = 0.0
    return todo, [result for _, result in settled]


def make_engine(options: AuditOptions, settings: Settings) -> tuple[Engine, int | None]:
    if options.engine == "celery":
        from qa_pipeline.audit.celery_engine import CeleryEngine

        return CeleryEngine(settings), None
    from qa_pipeline.audit.local import LocalEngine, default_workers

    workers = options.workers or default_workers(settings)
    return LocalEngine(settings, workers), workers


def finish(session_factory: SessionFactory, settings: Settings, results: list[JobResult], run: dict[str, Any],
           report_target: Path | None, *, scanner: Any = None) -> AuditRun:
    """After the jobs: re-check call frequency on the debtors' days touched, write the report."""
    from qa_pipeline.engine.scanner import get_scanner
    from qa_pipeline.jobs.frequency import refresh_call_frequency

    scanner = scanner or get_scanner(settings)
    started = run.get("started_at") or datetime.now(timezone.utc).isoformat()
    refreshed = refresh_call_frequency(session_factory, call_ids=[r.call_id for r in results if r.call_id],
                                       scanner=scanner, settings=settings)
    run = dict(run, frequency={"groups": refreshed.groups, "checked": refreshed.checked,
                               "rescanned": refreshed.rescanned})
    categories = list(dict.fromkeys(r.spec.category for r in scanner.pack.rules))
    report = build_report(session_factory, results, run, categories)
    stamp = utc_stamp(datetime.fromisoformat(started))
    json_path, html_path = report_paths(report_target, reports_dir(settings), stamp)
    write_report(report, json_path, html_path)
    failed = report["totals"]["failed"]
    code = EXIT_INTERRUPTED if run.get("interrupted") else (EXIT_FAILURES if failed else EXIT_OK)
    return AuditRun(report, json_path, html_path, code, results)


def run_audit(options: AuditOptions, settings: Settings | None = None, *, engine: Engine | None = None,
              out: Any = None, err: Any = None) -> AuditRun:
    """Audit the recordings of `options.path` into the store and write the report.

    Raises QAInputError for a PATH that is neither folder nor manifest, and
    RuntimeError when the database or the workers are not usable.
    """
    from qa_pipeline.engine.scanner import get_scanner

    settings = settings or get_settings()
    session_factory = prepare_database(settings)
    sweep_temp_files(settings)
    scanner = get_scanner(settings)
    started_at = datetime.now(timezone.utc)
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
    jobs, settled = prefilter(session_factory, settings, jobs, scanner.pack.version)
    for result in settled:
        collect(result)
    interrupted = False
    try:
        engine.run(jobs, collect, progress.tick)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        progress.close()
    run = {
        "path": str(options.path.resolve()), "engine": engine.name, "workers": workers,
        "host": socket.gethostname(), "pid": os.getpid(),
        "since": options.since.isoformat() if options.since else None, "retry_failed": options.retry_failed,
        "pack_name": scanner.pack.name, "pack_version": scanner.pack.version,
        "database": _safe_url(settings.effective_database_url),
        "started_at": started_at.isoformat(), "finished_at": datetime.now(timezone.utc).isoformat(),
        "wall_seconds": round(time.monotonic() - t0, 2), "interrupted": interrupted,
    }
    return finish(session_factory, settings, results, run, options.report, scanner=scanner)


def _safe_url(url: str) -> str:
    from qa_pipeline.store.db import normalize_url

    return normalize_url(url).render_as_string(hide_password=True)

"""Steps of a batch audit shared by the local run (`runner`) and the Celery
app's scheduled audits (`celery_app`): preparing the store, settling what
needs no worker, and finishing (call frequency, report).
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from qa_pipeline.audit.discover import AuditItem
from qa_pipeline.audit.job import (
    AuditJob,
    JobResult,
    Outcome,
    file_sha256,
    source_error,
)
from qa_pipeline.audit.report import build_report, report_paths, utc_stamp, write_report
from qa_pipeline.config import Settings
from qa_pipeline.domain.labels import Language
from qa_pipeline.domain.timezones import zone
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.jobs.frequency import refresh_call_frequency
from qa_pipeline.speech.audio import audio_seconds
from qa_pipeline.store import db
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import Call, CallStatus

# 3: the run could not finish (its broker went away); the report says what is not done.
EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INCOMPLETE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


@dataclass(slots=True)
class AuditRun:
    report: dict[str, Any]
    json_path: Path
    html_path: Path
    exit_code: int
    results: list[JobResult] = field(default_factory=list)


def pack_timezone(settings: Settings) -> str:
    """The rule pack's default timezone (the callee's, for dates), read without loading the pack."""
    try:
        manifest = yaml.safe_load((Path(settings.rules_dir) / "pack.yaml").read_text(encoding="utf-8"))
        return str(manifest["settings"]["default_timezone"])
    except Exception:
        return "Asia/Shanghai"


def days_ago(days: int, settings: Settings) -> date:
    """The date `days` days before today, in the rule pack's timezone."""
    return (datetime.now(zone(pack_timezone(settings))) - timedelta(days=days)).date()


def reports_dir(settings: Settings) -> Path:
    return settings.audit_reports_dir or settings.data_dir / "reports"


def prepare_database(settings: Settings) -> SessionFactory:
    """The store's session factory; the SQLite file is created or migrated, PostgreSQL must be."""
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
            for call_id, stored_hash, status, version, error, audio_path in session.execute(
                    select(Call.id, Call.content_hash, Call.status, Call.pack_version, Call.error, Call.audio_path)
                    .where(Call.content_hash.in_(wanted[i:i + 500]))):
                known[stored_hash] = (call_id, status, version, error, audio_path)
    todo: list[AuditJob] = []
    settled: list[tuple[AuditJob, JobResult]] = []
    for job, content_hash in zip(jobs, hashes):
        hit = known.get(content_hash) if content_hash else None
        if hit is not None:
            call_id, status, version, error, audio_path = hit
            if status == CallStatus.done and version == pack_version:
                settled.append((job, JobResult(job.index, job.source, Outcome.SKIPPED, status.value, call_id)))
                continue
            if status == CallStatus.dead_letter or (status == CallStatus.failed and not job.retry_failed):
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


def finish(session_factory: SessionFactory, settings: Settings, results: list[JobResult], run: dict[str, Any],
           report_target: Path | None, *, scanner: Scanner | None = None) -> AuditRun:
    """After the jobs: re-check call frequency on the debtors' days touched, write the report."""
    scanner = scanner or get_scanner(settings)
    started = run.get("started_at") or datetime.now(UTC).isoformat()
    budget = settings.db_retry_seconds
    call_ids = [r.call_id for r in results if r.call_id]
    try:
        refreshed = db.retry_while_unavailable(
            lambda: refresh_call_frequency(session_factory, call_ids=call_ids, scanner=scanner, settings=settings),
            budget, "re-checking call frequency")
        run = dict(run, frequency={"groups": refreshed.groups, "checked": refreshed.checked,
                                   "rescanned": refreshed.rescanned})
    except Exception as exc:
        if not db.is_unavailable(exc):
            raise
        # The next run re-checks these days; the report is written all the same.
        run = dict(run, frequency=None, database_error=f"database unavailable: {db.first_line(exc)}")
    categories: list[str] = list(dict.fromkeys(r.spec.category for r in scanner.pack.rules))
    try:
        report = db.retry_while_unavailable(lambda: build_report(session_factory, results, run, categories),
                                            budget if "database_error" not in run else 0, "reading the report")
    except Exception as exc:
        if not db.is_unavailable(exc):
            raise
        # What the jobs said, without what the store would add (findings, agents).
        run = dict(run, database_error=f"database unavailable: {db.first_line(exc)}")
        report = build_report(None, results, run, categories)
    stamp = utc_stamp(datetime.fromisoformat(started))
    json_path, html_path = report_paths(report_target, reports_dir(settings), stamp)
    write_report(report, json_path, html_path, language=Language(settings.report_language),
                 base_url=settings.public_base_url)
    failed = report["totals"]["failed"]
    if run.get("interrupted"):
        code = EXIT_INTERRUPTED
    elif run.get("stopped"):
        code = EXIT_INCOMPLETE
    else:
        code = EXIT_FAILURES if failed or "database_error" in run else EXIT_OK
    return AuditRun(report, json_path, html_path, code, results)


def safe_url(url: str) -> str:
    """A database URL fit for a report: the password hidden."""
    return db.normalize_url(url).render_as_string(hide_password=True)

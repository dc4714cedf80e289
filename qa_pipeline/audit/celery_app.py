"""Celery app and tasks: the batch audit's jobs on many machines.

`qa-pipeline worker` starts a worker on this app (or `celery -A
qa_pipeline.audit.celery_app worker`). Configuration comes from the same settings as
everything else: `QA_BROKER_URL` (Redis), `QA_RESULT_BACKEND` (default: the
broker), `QA_CELERY_QUEUE`, `QA_BROKER_KEY_PREFIX`,
`QA_BROKER_VISIBILITY_TIMEOUT`, and for the jobs `QA_DATABASE_URL` and
`QA_DATA_DIR`.

Delivery: a job is acknowledged when it has finished (`task_acks_late`),
and put back on the queue if the process running it dies
(`task_reject_on_worker_lost`); a worker takes one job at a time
(prefetch 1), so a dead worker holds no others. The job itself is
idempotent (`qa_pipeline.audit.job`).

Scheduling, opt-in: with `QA_AUDIT_SCHEDULE` (a cron expression) and
`QA_AUDIT_SCHEDULE_PATH`, Celery beat (`qa-pipeline worker --beat`, or
`celery -A qa_pipeline.audit.celery_app beat`) starts `scheduled_audit`, which sends the
jobs and a final task that re-checks call frequency and writes the report.
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from celery import Celery, chord, signals
from celery.schedules import crontab

from qa_pipeline.audit.discover import discover
from qa_pipeline.audit.job import AuditJob, AuditWorker, JobResult
from qa_pipeline.audit.steps import (
    days_ago,
    finish,
    pack_timezone,
    prepare_database,
    refused_result,
)
from qa_pipeline.config import Settings, get_settings
from qa_pipeline.engine import get_scanner
from qa_pipeline.store.db import get_engine

log = logging.getLogger(__name__)

AUDIT_TASK = "qa_pipeline.audit_recording"
SCHEDULED_TASK = "qa_pipeline.scheduled_audit"
FINISH_TASK = "qa_pipeline.finish_audit"


def parse_cron(expression: str) -> crontab:
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"QA_AUDIT_SCHEDULE={expression!r}: expected 5 fields, minute hour day month weekday")
    minute, hour, day, month, weekday = fields
    return crontab(minute=minute, hour=hour, day_of_month=day, month_of_year=month, day_of_week=weekday)


def make_app(settings: Settings | None = None) -> Celery:
    settings = settings or get_settings()
    app = Celery("qa_pipeline", broker=settings.broker_url, backend=settings.result_backend or settings.broker_url,
                 set_as_current=False)
    transport: dict[str, Any] = {"visibility_timeout": settings.broker_visibility_timeout,
                                 # find a vanished machine's job within a minute of its visibility timeout
                                 "unacked_restore_interval": 10, "unacked_restore_throttle": 1}
    results: dict[str, Any] = {}
    if settings.broker_key_prefix:
        transport["global_keyprefix"] = settings.broker_key_prefix
        results["global_keyprefix"] = settings.broker_key_prefix
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_default_queue=settings.celery_queue,
        task_serializer="json", result_serializer="json", accept_content=["json"],
        result_expires=timedelta(days=7),
        task_track_started=True,
        broker_transport_options=transport,
        result_backend_transport_options=results,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        timezone=pack_timezone(settings),
        enable_utc=True,
    )
    if settings.audit_schedule:
        if not settings.audit_schedule_path:
            raise ValueError("QA_AUDIT_SCHEDULE is set but QA_AUDIT_SCHEDULE_PATH (the folder or manifest) is not")
        app.conf.beat_schedule = {
            "nightly-audit": {
                "task": SCHEDULED_TASK,
                "schedule": parse_cron(settings.audit_schedule),
                "kwargs": {"path": settings.audit_schedule_path,
                           "since_days": settings.audit_schedule_since_days},
                "options": {"queue": settings.celery_queue},
            },
        }
    return app


# The app of `qa-pipeline worker` (configured from the environment) and its tasks.
app = make_app()


_worker: AuditWorker | None = None


def _audit_worker() -> AuditWorker:
    """One AuditWorker per worker process: database, rule pack and Whisper model loaded once."""
    global _worker
    if _worker is None:
        _worker = AuditWorker(get_settings())
    return _worker


@app.task(name=AUDIT_TASK, acks_late=True, reject_on_worker_lost=True)
def audit_recording(job: dict[str, Any]) -> dict[str, Any]:
    """Audit one recording (the batch audit's job); returns its `JobResult` as a dict."""
    return _audit_worker().run(AuditJob.from_dict(job)).to_dict()


@app.task(name=SCHEDULED_TASK)
def scheduled_audit(path: str | None = None, since_days: int | None = None,
                    retry_failed: bool = False) -> dict[str, Any]:
    """The nightly audit, started by Celery beat: send the jobs, then `finish_audit` when all are done."""
    settings = get_settings()
    prepare_database(settings)
    tz = pack_timezone(settings)
    path = path or settings.audit_schedule_path
    since = days_ago(since_days, settings) if since_days is not None else None
    started = datetime.now(UTC)
    items = discover(Path(path), tz, since)
    refused = [refused_result(i, item).to_dict() for i, item in enumerate(items) if not item.ok]
    jobs = [AuditJob(i, item.source, item.metadata or {}, retry_failed).to_dict()
            for i, item in enumerate(items) if item.ok]
    run = {"path": str(Path(path).resolve()), "engine": "celery (scheduled)", "workers": None,
           "host": socket.gethostname(), "pid": os.getpid(), "since": since.isoformat() if since else None,
           "retry_failed": retry_failed, "started_at": started.isoformat(), "refused": refused}
    finish = app.signature(FINISH_TASK, kwargs={"run": run}, queue=settings.celery_queue)
    if jobs:
        chord([app.signature(AUDIT_TASK, args=[j], queue=settings.celery_queue) for j in jobs])(finish)
    else:
        finish.apply_async(args=[[]])
    log.info("scheduled audit of %s: %d jobs sent, %d refused", path, len(jobs), len(refused))
    return {"path": path, "jobs": len(jobs), "refused": len(refused)}


@app.task(name=FINISH_TASK)
def finish_audit(results: list[dict[str, Any]], run: dict[str, Any]) -> dict[str, Any]:
    """After a scheduled audit's jobs: re-check call frequency, write the report."""
    settings = get_settings()
    session_factory = prepare_database(settings)
    scanner = get_scanner(settings)
    all_results = [JobResult.from_dict(r) for r in run.pop("refused", [])]
    all_results += [JobResult.from_dict(r) for r in results if isinstance(r, dict)]
    started = datetime.fromisoformat(run["started_at"])
    run.update(pack_name=scanner.pack.name, pack_version=scanner.pack.version,
               finished_at=datetime.now(UTC).isoformat(),
               wall_seconds=round((datetime.now(UTC) - started).total_seconds(), 2), interrupted=False)
    done = finish(session_factory, settings, all_results, run, None, scanner=scanner)
    log.info("scheduled audit report: %s", done.html_path)
    return {"json": str(done.json_path), "html": str(done.html_path), "failed": done.report["totals"]["failed"]}


@signals.worker_process_init.connect
def _after_fork(**_: Any) -> None:
    """A pool process must not use database connections inherited from the parent."""
    get_engine(get_settings()).dispose(close=False)


"""The Celery engine: the same per-recording jobs, run by `qa-pipeline worker` processes anywhere.

The audit sends one task per recording to the queue `Settings.celery_queue`
on the Redis broker and collects the results from the result backend as
they come. Workers write to the shared database (`QA_DATABASE_URL`,
PostgreSQL) and read the recordings by the path the audit sends, so the
recordings and the store's data directory must be at the same path on every
machine (a shared mount; see docs/operations.md).

Jobs are acknowledged only when finished (`task_acks_late`) and given back
to the queue when the worker process running one dies
(`task_reject_on_worker_lost`); a worker machine that vanishes has its job
handed out again after `broker_visibility_timeout`. A job run twice is
harmless (see `job`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import redis
from kombu.exceptions import OperationalError as KombuOperationalError
from kombu.utils.url import maybe_sanitize_url

from qa_pipeline.audit.celery_app import AUDIT_TASK, make_app
from qa_pipeline.audit.job import AuditJob, JobResult, Outcome, RunStopped
from qa_pipeline.config import Settings

log = logging.getLogger(__name__)

# What the broker or result backend (Redis) raises when it goes away.
BROKER_ERRORS = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, KombuOperationalError)


class NoWorkers(RuntimeError):
    pass


class CeleryEngine:
    name = "celery"

    def __init__(self, settings: Settings, *, app: Any = None, ping_timeout: float = 5.0,
                 require_workers: bool = True) -> None:
        self.settings = settings
        self.app = app or make_app(settings)
        self.ping_timeout = ping_timeout
        self.require_workers = require_workers
        self.workers: int | None = None
        self._last_ping = 0.0
        self._on_tick: Callable[[], None] | None = None

    def ping(self) -> list[str]:
        """The workers that answer and consume our queue."""
        queues = self.app.control.inspect(timeout=self.ping_timeout).active_queues() or {}
        return sorted(node for node, consumed in queues.items()
                      if any(q.get("name") == self.settings.celery_queue for q in consumed or []))

    def run(self, jobs: list[AuditJob], on_result: Callable[[JobResult], None],
            on_tick: Callable[[], None] | None = None) -> None:
        if not jobs:
            return
        if self.require_workers:
            names = self.ping()
            if not names:
                raise NoWorkers(f"no Celery worker consumes queue {self.settings.celery_queue!r} on {self._broker()}; "
                                f"start some with "
                                f"`qa-pipeline worker` (same QA_BROKER_URL, QA_DATABASE_URL and QA_DATA_DIR)")
            self.workers = len(names)
            log.info("celery workers: %s", ", ".join(names))
        self._last_ping = time.monotonic()
        self._on_tick = on_tick
        sent: dict[str, AuditJob] = {}
        answered = 0
        try:
            for job in jobs:
                result = self.app.send_task(AUDIT_TASK, args=[job.to_dict()], queue=self.settings.celery_queue)
                sent[result.id] = job
            for task_id, meta in self.app.backend.get_many(list(sent), interval=0.5, on_interval=self._watch):
                job = sent[task_id]
                if meta.get("status") == "SUCCESS" and isinstance(meta.get("result"), dict):
                    on_result(JobResult.from_dict(meta["result"]))
                else:
                    error = f"Celery task {task_id} ended {meta.get('status')}: {meta.get('result')}"
                    on_result(JobResult(job.index, job.source, Outcome.REFUSED, "refused", error=error))
                answered += 1
                self.app.backend.forget(task_id)
        except KeyboardInterrupt:
            # The jobs stay queued; workers finish them and the next run finds them done.
            raise
        except BROKER_ERRORS as exc:
            # Jobs sent may still be done by the workers; the next run finds those done.
            raise RunStopped(f"lost the broker {self._broker()} ({exc}) with {len(jobs) - answered} of "
                             f"{len(jobs)} recordings without a result") from None

    def _watch(self) -> None:
        if self._on_tick is not None:
            self._on_tick()
        if time.monotonic() - self._last_ping < 60:
            return
        self._last_ping = time.monotonic()
        try:
            if not self.ping():
                log.warning("no Celery worker answers; the audit waits for one (`qa-pipeline worker`)")
        except BROKER_ERRORS as exc:
            log.warning("cannot reach the Celery broker %s: %s", self._broker(), exc)

    def _broker(self) -> str:
        return maybe_sanitize_url(self.settings.broker_url)


def delete_broker_keys(broker_url: str, prefix: str) -> int:
    """Remove every Redis key under `prefix` (a scratch queue's, after a test or bench run)."""
    client = redis.Redis.from_url(broker_url)
    try:
        keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
        if keys:
            client.delete(*keys)
        return len(keys)
    finally:
        client.close()

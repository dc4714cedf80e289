"""The opt-in nightly schedule: the beat entry, and the scheduled audit's tasks run (eagerly) end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from celery.schedules import crontab

from qa_pipeline.audit import celery_app as tasks
from qa_pipeline.config import Settings, get_settings
from tests.audit.helpers import copy_sample, sqlite_rows

pytestmark = pytest.mark.celery


def test_beat_schedule_is_off_by_default_and_built_from_the_settings() -> None:
    assert not tasks.make_app(Settings()).conf.beat_schedule
    app = tasks.make_app(Settings(audit_schedule="30 1 * * *", audit_schedule_path="/srv/recordings/today",
                                  audit_schedule_since_days=2, celery_queue="q1"))
    entry = app.conf.beat_schedule["nightly-audit"]
    assert entry["task"] == tasks.SCHEDULED_TASK
    assert entry["schedule"] == crontab(minute="30", hour="1")
    assert entry["kwargs"] == {"path": "/srv/recordings/today", "since_days": 2}
    assert entry["options"] == {"queue": "q1"}
    assert app.conf.timezone == "Asia/Shanghai"  # the rule pack's: "01:30" is the callee-side night
    assert app.conf.task_acks_late and app.conf.task_reject_on_worker_lost and app.conf.worker_prefetch_multiplier == 1
    with pytest.raises(ValueError, match="5 fields"):
        tasks.make_app(Settings(audit_schedule="nightly", audit_schedule_path="/x"))
    with pytest.raises(ValueError, match="QA_AUDIT_SCHEDULE_PATH"):
        tasks.make_app(Settings(audit_schedule="0 2 * * *"))


@pytest.fixture
def eager(monkeypatch: pytest.MonkeyPatch, sqlite_settings: Settings):
    """The worker app running tasks in this process, on a scratch SQLite store."""
    monkeypatch.setenv("QA_DATA_DIR", str(sqlite_settings.data_dir))
    monkeypatch.setenv("QA_DATABASE_URL", sqlite_settings.effective_database_url)
    get_settings.cache_clear()
    monkeypatch.setattr(tasks, "_worker", None)
    monkeypatch.setitem(tasks.app.conf, "task_always_eager", True)
    monkeypatch.setitem(tasks.app.conf, "task_eager_propagates", True)
    yield sqlite_settings
    get_settings.cache_clear()


def test_scheduled_audit_sends_the_jobs_and_writes_the_report(tmp_path: Path, eager: Settings,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "today"
    copy_sample("s-09", folder)
    # The scheduled folder is one of the workers' recording roots, as in production.
    monkeypatch.setenv("QA_AUDIT_SCHEDULE_PATH", str(folder))
    get_settings.cache_clear()
    (folder / "lost.flac").write_bytes(b"")  # no sidecar
    sent = tasks.scheduled_audit.delay(path=str(folder), since_days=None).get()
    assert sent == {"path": str(folder), "jobs": 1, "refused": 1}
    reports = sorted((eager.data_dir / "reports").glob("audit-*.json"))
    assert len(reports) == 1 and reports[0].with_suffix(".html").is_file()
    report = json.loads(reports[0].read_text(encoding="utf-8"))
    assert report["run"]["engine"] == "celery (scheduled)"
    statuses = {Path(c["source"]).name: c["status"] for c in report["calls"]}
    assert statuses == {"s-09.flac": "done", "lost.flac": "refused"}
    assert sqlite_rows(eager, "SELECT external_id, status FROM calls") == [("s-09", "done")]

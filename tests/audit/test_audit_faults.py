"""`qa-pipeline audit` under faults: the database going away, the broker going away, SIGTERM / SIGINT.

Each test runs the CLI as a user would, on real recordings (Whisper), and
makes the fault happen while a recording is in the middle of its processing.
The PostgreSQL outage goes through a proxy of the test's own (the shared
server is never stopped); the Redis that dies is a redis-server the test
started on a port of its own.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from qa_pipeline.audit.celery_app import make_app
from qa_pipeline.audit.steps import EXIT_FAILURES, EXIT_INCOMPLETE, EXIT_INTERRUPTED, EXIT_OK
from qa_pipeline.config import REPO_ROOT, Settings
from qa_pipeline.store.db import make_engine
from tests.audit.faults import CuttableProxy, own_redis
from tests.audit.helpers import SHORT, copy_sample, env_for, qa_command, sqlite_rows, stop, wait_for

pytestmark = pytest.mark.asr

OUTAGE_S = 30


class Audit:
    """`qa-pipeline audit FOLDER` running in a subprocess, its output collected."""

    def __init__(self, settings: Settings, folder: Path, *args: str, **env: str) -> None:
        self.process = subprocess.Popen(qa_command("audit", str(folder), "--no-progress", *args),
                                        env=env_for(settings, **env), stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, cwd=REPO_ROOT, start_new_session=True)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=lambda: self.lines.extend(self.process.stdout or []), daemon=True)
        self._reader.start()

    def wait(self, timeout: float) -> int:
        code = self.process.wait(timeout=timeout)
        self._reader.join(timeout=10)
        return code

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def report(self) -> dict:
        found = re.search(r"^report \(JSON\): (.+)$", self.output, re.M)
        assert found, f"the audit names its report:\n{self.output}"
        return json.loads(Path(found.group(1)).read_text(encoding="utf-8"))


def rows(settings: Settings, sql: str) -> list[tuple]:
    if settings.effective_database_url.startswith("sqlite"):
        return sqlite_rows(settings, sql)
    engine = make_engine(settings.effective_database_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def folder_of(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    for name in names:
        copy_sample(name, folder)
    return folder


@pytest.fixture
def proxy() -> Iterator[CuttableProxy]:
    proxy = CuttableProxy(("127.0.0.1", 5432))
    yield proxy
    proxy.close()


def through(settings: Settings, proxy: CuttableProxy) -> Settings:
    """These settings, with the database reached through the proxy."""
    url = make_url(settings.effective_database_url).set(host="127.0.0.1", port=proxy.port)
    return settings.model_copy(update={"database_url": url.render_as_string(hide_password=False)})


def processing(settings: Settings) -> list[tuple]:
    return rows(settings, "SELECT id FROM calls WHERE status = 'processing'")


def test_a_30_s_database_outage_mid_run_loses_nothing(tmp_path: Path, postgres_settings: Settings,
                                                      proxy: CuttableProxy) -> None:
    direct = postgres_settings
    audit = Audit(through(postgres_settings, proxy), folder_of(tmp_path, SHORT[:3]), "--workers", "1",
                  QA_DB_RETRY_SECONDS="120")
    try:
        # The database goes down while a recording is being transcribed, for 30 s.
        wait_for(lambda: processing(direct), 300, "a recording in processing")
        proxy.cut()
        time.sleep(OUTAGE_S)
        proxy.restore()
        code = audit.wait(600)
    finally:
        stop(audit.process)
    assert proxy.refused > 0, "the audit tried the database during the outage"
    assert code == EXIT_OK, audit.output
    report = audit.report()
    assert [c["outcome"] for c in report["calls"]] == ["new"] * 3, report["calls"]
    assert [c["status"] for c in report["calls"]] == ["done"] * 3
    assert report["totals"]["failed"] == 0 and report["not_done"] == []
    assert sorted(r[0] for r in rows(direct, "SELECT status FROM calls")) == ["done"] * 3
    assert "Traceback" not in audit.output


def test_a_database_outage_longer_than_the_retry_budget_is_reported_not_refused(
        tmp_path: Path, postgres_settings: Settings, proxy: CuttableProxy) -> None:
    direct = postgres_settings
    audit = Audit(through(postgres_settings, proxy), folder_of(tmp_path, SHORT[:2]), "--workers", "1",
                  QA_DB_RETRY_SECONDS="3")
    try:
        wait_for(lambda: processing(direct), 300, "a recording in processing")
        proxy.cut()  # and it stays down
        code = audit.wait(600)
    finally:
        stop(audit.process)
    assert code == EXIT_FAILURES, audit.output
    report = audit.report()  # written all the same, from what the jobs said
    assert [c["outcome"] for c in report["calls"]] == ["db_unavailable"] * 2, report["calls"]
    assert all(c["error"].startswith("database unavailable: ") for c in report["calls"])
    assert report["totals"]["failed"] == 2
    assert report["run"]["database_error"].startswith("database unavailable")
    assert "refused" not in audit.output and "Traceback" not in audit.output
    assert "database unavailable" in Path(re.search(r"^report: (.+)$", audit.output, re.M).group(1)).read_text()


@pytest.mark.parametrize(("signum", "store"), [(signal.SIGTERM, "postgresql"), (signal.SIGINT, "sqlite")],
                         ids=["sigterm-postgresql", "sigint-sqlite"])
def test_a_signal_mid_run_exits_130_with_a_report_and_no_claim_left(
        tmp_path: Path, request: pytest.FixtureRequest, signum: signal.Signals, store: str) -> None:
    settings: Settings = request.getfixturevalue("postgres_settings" if store == "postgresql" else "sqlite_settings")
    names = SHORT[:3]
    audit = Audit(settings, folder_of(tmp_path, names), "--workers", "1")
    try:
        wait_for(lambda: processing(settings), 300, "a recording in processing")
        audit.process.send_signal(signum)  # the audit process only, as `kill` or systemd would
        code = audit.wait(60)
    finally:
        stop(audit.process)
    assert code == EXIT_INTERRUPTED, audit.output
    assert "Traceback" not in audit.output
    report = audit.report()
    assert report["run"]["interrupted"] is True
    assert len(report["calls"]) == len(names)
    not_done = [c for c in report["calls"] if c["outcome"] == "not_done"]
    assert not_done and len(report["not_done"]) == len(not_done)
    # No claim left behind: the call in hand is queued again, and its release is in the audit log.
    assert rows(settings, "SELECT id FROM calls WHERE status = 'processing' OR claimed_at IS NOT NULL") == []
    assert rows(settings, "SELECT count(*) FROM audit_log WHERE action = 'call.released'") == [(1,)]


@pytest.mark.celery
def test_redis_dying_mid_celery_audit_ends_it_with_a_report_of_what_is_not_done(
        tmp_path: Path, postgres_settings: Settings) -> None:
    with own_redis() as (broker_url, redis_server):
        settings = postgres_settings.model_copy(update={"broker_url": broker_url, "celery_queue": "qa-faults",
                                                        "recording_roots": [tmp_path]})
        folder = folder_of(tmp_path, SHORT[:4])
        worker = subprocess.Popen(qa_command("worker", "--concurrency", "1", "--hostname", "faults@%h"),
                                  env=env_for(settings), stdout=(tmp_path / "worker.log").open("w"),
                                  stderr=subprocess.STDOUT, cwd=REPO_ROOT, start_new_session=True)
        audit = None
        try:
            app = make_app(settings)
            wait_for(lambda: app.control.ping(timeout=1.0), 180, "the worker to answer")
            audit = Audit(settings, folder, "--engine", "celery")
            wait_for(lambda: any(re.match(r"\[\d+/4\] done: ", line) for line in audit.lines), 300,
                     "a recording done")
            redis_server.kill()
            code = audit.wait(300)
        finally:
            if audit is not None:
                stop(audit.process)
            stop(worker)
    assert code == EXIT_INCOMPLETE, audit.output
    assert "Traceback" not in audit.output
    assert re.search(r"^error: the audit stopped: lost the broker redis://127\.0\.0\.1:\d+/0", audit.output, re.M)
    report = audit.report()
    outcomes = [c["outcome"] for c in report["calls"]]
    assert len(outcomes) == 4 and "new" in outcomes and "not_done" in outcomes, outcomes
    assert report["run"]["stopped"].startswith("lost the broker")

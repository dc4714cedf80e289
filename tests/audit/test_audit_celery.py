"""The Celery engine: real `qa-pipeline worker` processes, Redis, PostgreSQL; a worker killed mid-job."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from qa_pipeline.audit.celery_app import make_app
from qa_pipeline.config import REPO_ROOT, Settings
from qa_pipeline.store.db import make_engine
from tests.audit.helpers import copy_sample, env_for, qa_command, stop, wait_for

pytestmark = [pytest.mark.asr, pytest.mark.celery]

RECORDINGS = ["s-09", "s-05", "s-08"]


@pytest.fixture
def celery_settings(tmp_path: Path, postgres_settings: Settings, redis_namespace: dict[str, str]) -> Settings:
    # Celery workers read recordings only below their own QA_RECORDING_ROOTS.
    return postgres_settings.model_copy(update={**redis_namespace, "recording_roots": [tmp_path]})


def start_worker(settings: Settings, name: str, log: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(qa_command("worker", "--concurrency", "1", "--hostname", f"{name}@%h",
                                       "--loglevel", "INFO"),
                            env=env or env_for(settings), stdout=log.open("w"), stderr=subprocess.STDOUT, cwd=REPO_ROOT,
                            start_new_session=True)


def rows(settings: Settings, sql: str) -> list[tuple]:
    engine = make_engine(settings.effective_database_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def test_celery_audit_redoes_the_job_of_a_worker_killed_mid_job(tmp_path: Path, celery_settings: Settings) -> None:
    settings = celery_settings
    folder = tmp_path / "in"
    for name in RECORDINGS:
        copy_sample(name, folder)
    app = make_app(settings)
    workers = [start_worker(settings, f"w{i}", tmp_path / f"worker-{i}.log") for i in (1, 2)]
    audit = None
    try:
        wait_for(lambda: len(app.control.ping(timeout=1.0) or []) == 2, 180, "two workers answering")
        audit = subprocess.Popen(qa_command("audit", str(folder), "--engine", "celery", "--no-progress"),
                                 env=env_for(settings), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                 cwd=REPO_ROOT, start_new_session=True)

        def job_in_asr() -> tuple[int, str] | None:
            """(pool process pid, file) of a job whose call is being processed."""
            processing = {r[0] for r in rows(settings, "SELECT audio_filename FROM calls WHERE status = 'processing'")}
            for tasks in (app.control.inspect(timeout=1.0).active() or {}).values():
                for task in tasks:
                    source = Path(task["args"][0]["source"]).name
                    if source in processing:
                        return task["worker_pid"], source
            return None

        pid, killed = wait_for(job_in_asr, 300, "a job in the middle of its processing", interval=0.5)
        os.kill(pid, signal.SIGKILL)
        out, _ = audit.communicate(timeout=600)
        assert audit.returncode == 0, out
    finally:
        if audit is not None:
            stop(audit)
        for w in workers:
            stop(w)
    logs = "".join((tmp_path / f"worker-{i}.log").read_text() for i in (1, 2))
    assert "WorkerLostError" in logs or "signal 9" in logs  # the killed pool process was noticed

    report = json.loads(Path(re.search(r"^report \(JSON\): (.+)$", out, re.M).group(1)).read_text())
    assert report["run"]["engine"] == "celery"
    by_file = {Path(c["source"]).name: c for c in report["calls"]}
    assert {c["status"] for c in by_file.values()} == {"done"}
    assert by_file[killed]["outcome"] == "resumed"  # the redelivered job took over the dead worker's claim
    assert "out_of_hours" in by_file["s-09.flac"]["findings"]

    calls = rows(settings, "SELECT external_id, status, attempts, audio_filename FROM calls ORDER BY external_id")
    assert [c[0] for c in calls] == sorted(RECORDINGS) and {c[1] for c in calls} == {"done"}
    attempts = {c[3]: c[2] for c in calls}
    assert attempts[killed] == 2 and all(n == 1 for f, n in attempts.items() if f != killed)
    processed = rows(settings, "SELECT object_id, count(*) FROM audit_log WHERE action = 'call.processed' "
                               "GROUP BY object_id")
    assert sorted(n for _, n in processed) == [1, 1, 1]
    assert rows(settings, "SELECT call_id, rule_id, utterance_index FROM findings "
                          "GROUP BY call_id, rule_id, utterance_index HAVING count(*) > 1") == []


def test_celery_job_of_a_vanished_worker_machine_is_redone_by_a_restarted_worker(tmp_path: Path,
                                                                                   celery_settings: Settings) -> None:
    # A whole worker (main process and pool) killed: its unacknowledged job goes back to the
    # queue after the visibility timeout (10 s here, an hour by default) and a new worker does it.
    settings = celery_settings.model_copy(update={"broker_visibility_timeout": 10})
    env = env_for(settings)
    folder = tmp_path / "in"
    for name in RECORDINGS[:2]:
        copy_sample(name, folder)
    app = make_app(settings)
    first = start_worker(settings, "w1", tmp_path / "worker-1.log", env)
    second = audit = None
    try:
        wait_for(lambda: len(app.control.ping(timeout=1.0) or []) == 1, 180, "the worker answering")
        audit = subprocess.Popen(qa_command("audit", str(folder), "--engine", "celery", "--no-progress"), env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO_ROOT,
                                 start_new_session=True)
        killed = wait_for(lambda: [r[0] for r in rows(settings, "SELECT audio_filename FROM calls "
                                                                "WHERE status = 'processing'")],
                          300, "a job in the middle of its processing", interval=0.5)[0]
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
        second = start_worker(settings, "w2", tmp_path / "worker-2.log", env)
        out, _ = audit.communicate(timeout=600)
        assert audit.returncode == 0, out
    finally:
        for p in (audit, first, second):
            if p is not None:
                stop(p)
    report = json.loads(Path(re.search(r"^report \(JSON\): (.+)$", out, re.M).group(1)).read_text())
    by_file = {Path(c["source"]).name: c for c in report["calls"]}
    assert {c["status"] for c in by_file.values()} == {"done"}
    assert by_file[killed]["outcome"] == "resumed"
    calls = rows(settings, "SELECT audio_filename, status, attempts FROM calls")
    assert len(calls) == 2 and {c[1] for c in calls} == {"done"}
    assert {c[0]: c[2] for c in calls}[killed] == 2
    processed = rows(settings, "SELECT object_id, count(*) FROM audit_log WHERE action = 'call.processed' "
                               "GROUP BY object_id")
    assert sorted(n for _, n in processed) == [1, 1]

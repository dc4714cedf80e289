"""Helpers of the batch-audit tests."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qa_pipeline.config import REPO_ROOT, Settings

SAMPLES = REPO_ROOT / "sample_audio"
SHORT = ["s-09", "s-05", "s-08", "s-04"]  # the shortest samples, shortest first


def copy_sample(name: str, folder: Path, new_name: str | None = None, **metadata: Any) -> Path:
    """Copy sample `name` (recording + sidecar) into `folder`, changing metadata fields."""
    folder.mkdir(parents=True, exist_ok=True)
    new_name = new_name or name
    dest = folder / f"{new_name}.flac"
    shutil.copyfile(SAMPLES / f"{name}.flac", dest)
    data = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    data.update(metadata)
    (folder / f"{new_name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return dest


def env_for(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment of a `qa-pipeline` subprocess using these settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(QA_DATA_DIR=str(settings.data_dir), QA_DATABASE_URL=settings.effective_database_url,
               QA_BROKER_URL=settings.broker_url, QA_CELERY_QUEUE=settings.celery_queue,
               QA_BROKER_KEY_PREFIX=settings.broker_key_prefix, QA_RULES_DIR=str(settings.rules_dir),
               QA_BROKER_VISIBILITY_TIMEOUT=str(settings.broker_visibility_timeout),
               PYTHONUNBUFFERED="1")
    if settings.recording_roots:
        env["QA_RECORDING_ROOTS"] = json.dumps([str(p) for p in settings.recording_roots])
    env.update(extra)
    return env


def qa_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "qa_pipeline", *args]


def sqlite_rows(settings: Settings, sql: str) -> list[tuple]:
    """Read the SQLite store without SQLAlchemy's pool (safe while another process writes)."""
    path = settings.effective_database_url.removeprefix("sqlite:///")
    if not Path(path).exists():
        return []
    conn = sqlite3.connect(path, timeout=30)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:  # the schema is not there yet
        return []
    finally:
        conn.close()


def wait_for(check: Callable[[], Any], timeout: float, what: str, interval: float = 0.2) -> Any:
    """Poll `check` until it returns something truthy (a liveness bound, not a timing assertion)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"gave up waiting for {what} after {timeout:.0f} s")


def stop(process: subprocess.Popen, timeout: float = 20) -> None:
    """End a subprocess we started, and its process group."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, 15)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
        process.wait(timeout=timeout)

"""`kill -9` in the middle of an audit, run again: every recording processed exactly once."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import threading
from pathlib import Path

import pytest

from qa_pipeline.config import REPO_ROOT, Settings
from tests.audit.helpers import (
    SHORT,
    copy_sample,
    env_for,
    qa_command,
    sqlite_rows,
    stop,
    wait_for,
)

pytestmark = pytest.mark.asr


def children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        out.update(int(p) for p in text)
    return out


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is dead


def test_kill_9_mid_run_then_rerun_processes_each_recording_exactly_once(tmp_path: Path,
                                                                          sqlite_settings: Settings) -> None:
    settings = sqlite_settings
    folder = tmp_path / "in"
    for name in SHORT:  # four recordings, four debtors
        copy_sample(name, folder)
    cmd = qa_command("audit", str(folder), "--workers", "1", "--no-progress")
    first = subprocess.Popen(cmd, env=env_for(settings), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             cwd=REPO_ROOT, start_new_session=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(first.stdout), daemon=True)
    reader.start()
    try:
        # One recording finished and the next one in the middle of its processing ...
        wait_for(lambda: any(re.match(r"\[\d+/4\] done: ", line) for line in lines), 300, "a first recording done")
        wait_for(lambda: sqlite_rows(settings, "SELECT id FROM calls WHERE status = 'processing'"), 120,
                 "a recording in processing")
        workers = children(first.pid)
        assert workers, "the audit has a worker process"
        # ... kill -9 the audit.
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
        assert first.returncode == -signal.SIGKILL
        # Its worker dies with it (it does not go on writing to the store on its own).
        wait_for(lambda: not any(alive(p) for p in workers), 30, "the worker to die with the audit")
    finally:
        stop(first)
    before = dict(sqlite_rows(settings, "SELECT external_id, status FROM calls"))
    assert "done" in before.values() and "processing" in before.values(), before
    interrupted = [k for k, v in before.items() if v == "processing"]

    second = subprocess.run(cmd, env=env_for(settings), capture_output=True, text=True, cwd=REPO_ROOT, timeout=600)
    assert second.returncode == 0, second.stdout + second.stderr
    report = json.loads(Path(re.search(r"^report \(JSON\): (.+)$", second.stdout, re.M).group(1)).read_text())
    outcome = {c["call_id"]: c["outcome"] for c in report["calls"]}
    assert all(outcome[k] == "skipped" for k, v in before.items() if v == "done")
    assert all(outcome[k] == "resumed" for k in interrupted)
    assert all(outcome[k] == "new" for k in SHORT if k not in before)

    calls = sqlite_rows(settings, "SELECT id, external_id, status, attempts, claimed_at FROM calls ORDER BY id")
    assert sorted(c[1] for c in calls) == sorted(SHORT)  # one call per recording
    assert {c[2] for c in calls} == {"done"} and all(c[4] is None for c in calls)
    attempts = {c[1]: c[3] for c in calls}
    assert all(attempts[k] == 2 for k in interrupted)  # claimed by the killed worker, then taken over
    assert all(attempts[k] == 1 for k in SHORT if k not in interrupted)
    processed = sqlite_rows(settings, "SELECT object_id, count(*) FROM audit_log WHERE action = 'call.processed' "
                                      "GROUP BY object_id")
    assert sorted(n for _, n in processed) == [1, 1, 1, 1]  # each stored exactly once
    duplicates = sqlite_rows(settings, "SELECT call_id, rule_id, utterance_index, count(*) FROM findings "
                                       "GROUP BY call_id, rule_id, utterance_index HAVING count(*) > 1")
    assert duplicates == []
    utterances = sqlite_rows(settings, "SELECT call_id, count(*) FROM utterances GROUP BY call_id")
    assert len(utterances) == 4 and all(n > 0 for _, n in utterances)


def test_a_recording_whose_worker_dies_twice_is_marked_failed_and_the_run_goes_on(tmp_path: Path,
                                                                                 sqlite_settings: Settings) -> None:
    """A decoder crash or the OOM killer: the job gets a second worker, then the recording is failed."""
    from qa_pipeline.audit.discover import discover
    from qa_pipeline.audit.job import AuditJob
    from qa_pipeline.audit.local import LocalEngine
    from qa_pipeline.store.db import upgrade

    settings = sqlite_settings
    upgrade(settings.effective_database_url)
    folder = tmp_path / "in"
    copy_sample("s-09", folder)
    (item,) = discover(folder, "Asia/Shanghai")
    engine = LocalEngine(settings.with_recording_root(folder), 1)  # as run_audit does for the audited folder
    results: list = []
    killed: list[int] = []

    def killer() -> None:
        for attempt in (1, 2):  # kill the worker in the middle of each attempt at the call
            wait_for(lambda attempt=attempt: sqlite_rows(settings, "SELECT id FROM calls WHERE status = 'processing' "
                                                             f"AND attempts = {attempt}"), 300, f"attempt {attempt}")
            pid = engine._slots[0].process.pid
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    engine.run([AuditJob(0, item.source, item.metadata)], results.append)
    thread.join(timeout=10)
    assert len(killed) == 2 and killed[0] != killed[1]  # the second attempt ran in a new worker
    (result,) = results
    assert result.status == "failed" and result.call_id is not None
    assert "worker process died (signal 9)" in result.error and "2 times" in result.error
    assert sqlite_rows(settings, "SELECT status, error LIKE '%died%', claimed_at FROM calls") == [("failed", 1, None)]

"""`qa-pipeline audit` with local workers, end to end: real recordings, Whisper, the SQLite store."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from qa_pipeline.config import REPO_ROOT, Settings
from tests.audit.helpers import copy_sample, env_for, qa_command, sqlite_rows

pytestmark = pytest.mark.asr

ESCAPE_ME = "<script>alert('x')</script>"


@pytest.fixture
def strict_rules(tmp_path: Path) -> Path:
    """The real rule pack with at most 2 calls per debtor and day, so 3 recordings can exceed it."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO_ROOT / "rules" / "cn_collection", rules)
    manifest = yaml.safe_load((rules / "pack.yaml").read_text(encoding="utf-8"))
    manifest["settings"]["max_calls_per_day"] = 2
    manifest["lexicons"] = str(REPO_ROOT / "lexicons")
    (rules / "pack.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    return rules


def audit(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(qa_command("audit", *args), env=env_for(settings), capture_output=True, text=True,
                          cwd=REPO_ROOT, timeout=600)


def report_of(run: subprocess.CompletedProcess) -> tuple[dict, str]:
    json_path = Path(re.search(r"^report \(JSON\): (.+)$", run.stdout, re.M).group(1))
    html_path = Path(re.search(r"^report: (.+)$", run.stdout, re.M).group(1))
    return json.loads(json_path.read_text(encoding="utf-8")), html_path.read_text(encoding="utf-8")


def test_audit_stores_skips_retries_and_reports(tmp_path: Path, sqlite_settings: Settings, strict_rules: Path) -> None:
    settings = sqlite_settings.model_copy(update={"rules_dir": strict_rules})
    folder = tmp_path / "in"
    # One debtor, one day: s-09 at 07:30 (out of hours), s-08 at 09:00, s-05 at 11:00 (3rd call: over the limit of 2).
    copy_sample("s-09", folder, debtor_id="d-1", agent_id=ESCAPE_ME)
    copy_sample("s-08", folder, debtor_id="d-1", started_at="2026-03-06T09:00:00+08:00")
    copy_sample("s-05", folder, debtor_id="d-1", started_at="2026-03-06T11:00:00+08:00")
    (folder / "corrupt.flac").write_bytes(b"fLaC\x00\x00\x00\x22" + b"\x13" * 4000)
    (folder / "corrupt.json").write_text(json.dumps({"call_id": "bad-1", "started_at": "2026-03-06T12:00:00+08:00",
                                                     "agent_id": "a-9"}), encoding="utf-8")
    shutil.copyfile(REPO_ROOT / "sample_audio" / "s-04.flac", folder / "orphan.flac")  # no sidecar

    first = audit(settings, str(folder), "--workers", "2", "--no-progress", "--report", str(tmp_path / "r1.html"))
    assert first.returncode == 1, first.stdout + first.stderr  # some failed
    assert "report: " + str(tmp_path / "r1.html") in first.stdout
    report, html = report_of(first)
    calls = {Path(c["source"]).name: c for c in report["calls"]}
    assert set(calls) == {"s-05.flac", "s-08.flac", "s-09.flac", "corrupt.flac", "orphan.flac"}
    assert {calls[n]["status"] for n in ("s-05.flac", "s-08.flac", "s-09.flac")} == {"done"}
    assert [calls[n]["outcome"] for n in ("s-05.flac", "s-08.flac", "s-09.flac")] == ["new"] * 3
    # the corrupt file is stored, failed, with its error naming the file; the orphan is not stored
    assert calls["corrupt.flac"]["status"] == "failed" and calls["corrupt.flac"]["id"] is not None
    assert "corrupt.flac" in calls["corrupt.flac"]["error"]
    assert calls["orphan.flac"]["status"] == "refused" and calls["orphan.flac"]["id"] is None
    assert "sidecar orphan.json missing" in calls["orphan.flac"]["error"]
    assert {f["source"] for f in report["failures"]} == {calls["corrupt.flac"]["source"],
                                                         calls["orphan.flac"]["source"]}
    # findings by category, per call: metadata-only rules make these independent of the ASR
    assert "out_of_hours" in calls["s-09.flac"]["findings"]
    (frequency,) = calls["s-05.flac"]["findings"]["call_frequency"]
    assert frequency["rule_id"] == "cn.contact_time.call_frequency"
    assert "call_frequency" not in calls["s-08.flac"]["findings"]
    assert "call_frequency" not in calls["s-09.flac"]["findings"]
    assert report["by_category"]["call_frequency"] == {"findings": 1, "calls": 1}
    assert report["totals"]["recordings"] == 5 and report["totals"]["failed"] == 2
    assert report["totals"]["processed_audio_hours"] > 0
    # the HTML page escapes what came from the metadata
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html and ESCAPE_ME not in html
    assert "各类别标记" in html and "corrupt.flac" in html and "呼叫频次" in html  # Chinese by default

    rows = sqlite_rows(settings, "SELECT external_id, status, attempts FROM calls ORDER BY external_id")
    assert [(r[0], r[1]) for r in rows] == [("bad-1", "failed"), ("s-05", "done"), ("s-08", "done"), ("s-09", "done")]
    processed_before = sqlite_rows(settings, "SELECT count(*) FROM audit_log WHERE action = 'call.processed'")[0][0]
    findings_before = sqlite_rows(settings, "SELECT id, call_id, rule_id FROM findings ORDER BY id")

    # Again: nothing new to do; the failure is still reported (and still fails the run).
    second = audit(settings, str(folder), "--no-progress", "--report", str(tmp_path / "r2"))
    assert second.returncode == 1, second.stdout + second.stderr
    report2, _ = report_of(second)
    outcomes = {Path(c["source"]).name: c["outcome"] for c in report2["calls"]}
    assert outcomes == {"s-05.flac": "skipped", "s-08.flac": "skipped", "s-09.flac": "skipped",
                        "corrupt.flac": "skipped_failed", "orphan.flac": "refused"}
    assert sqlite_rows(settings, "SELECT count(*) FROM calls")[0][0] == 4
    assert sqlite_rows(settings, "SELECT count(*) FROM audit_log WHERE action = 'call.processed'")[0][0] \
        == processed_before
    assert sqlite_rows(settings, "SELECT id, call_id, rule_id FROM findings ORDER BY id") == findings_before
    assert {n: c["findings"] for n, c in ((Path(c["source"]).name, c) for c in report2["calls"])} \
        == {n: c["findings"] for n, c in calls.items()}

    # --retry-failed tries the failed recording again (and only that one).
    third = audit(settings, str(folder), "--no-progress", "--retry-failed", "--workers", "1",
                  "--report", str(tmp_path / "r3.json"))
    assert third.returncode == 1
    report3, _ = report_of(third)
    outcomes = {Path(c["source"]).name: (c["outcome"], c["status"]) for c in report3["calls"]}
    assert outcomes["corrupt.flac"] == ("retried", "failed")
    assert outcomes["s-05.flac"] == ("skipped", "done")
    attempts = {r[0]: r[2] for r in sqlite_rows(settings, "SELECT external_id, status, attempts FROM calls")}
    assert attempts["bad-1"] == 1 and attempts["s-09"] == 1  # stored failed (no attempt), then retried once


def test_audit_exit_code_zero_when_all_done_and_usage_errors(tmp_path: Path, sqlite_settings: Settings) -> None:
    folder = tmp_path / "in"
    copy_sample("s-09", folder)
    run = audit(sqlite_settings, str(folder), "--no-progress")
    assert run.returncode == 0, run.stdout + run.stderr
    report, _ = report_of(run)
    assert [c["status"] for c in report["calls"]] == ["done"]
    # the default report location is under the data directory
    assert Path(re.search(r"^report: (.+)$", run.stdout, re.M).group(1)).parent == sqlite_settings.data_dir / "reports"
    # a manifest that is not one
    bad = tmp_path / "list.csv"
    bad.write_text("file\nx.flac\n", encoding="utf-8")
    usage = audit(sqlite_settings, str(bad))
    assert usage.returncode == 2 and "'path' column" in usage.stderr
    usage = audit(sqlite_settings, str(folder), "--since", "last week")
    assert usage.returncode == 2 and "not a date" in usage.stderr

"""Issue 14.1: workers read only below the recording roots; refused files are never stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_pipeline.audit.discover import discover
from qa_pipeline.audit.job import AuditJob, AuditWorker
from qa_pipeline.audit.steps import prepare_database
from qa_pipeline.config import Settings
from qa_pipeline.jobs.roots import OutsideRecordingRoots, confine
from tests.audit.helpers import SAMPLES, sqlite_rows

SECRET = b"0123456789abcdef0123456789abcdef"


def _metadata() -> dict:
    return json.loads((SAMPLES / "s-09.json").read_text(encoding="utf-8"))


def _stored_files(settings: Settings) -> list[Path]:
    recordings = settings.data_dir / "recordings"
    return [p for p in recordings.rglob("*") if p.is_file()] if recordings.exists() else []


@pytest.fixture
def worker_for(sqlite_settings: Settings):
    prepare_database(sqlite_settings)

    def make(*roots: Path) -> AuditWorker:
        settings = sqlite_settings
        for root in roots:
            settings = settings.with_recording_root(root)
        return AuditWorker(settings)

    return make


def test_default_roots_are_the_data_folders_and_the_scheduled_path(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "d")
    assert settings.effective_recording_roots == [tmp_path / "d" / "recordings", tmp_path / "d" / "incoming"]
    scheduled = Settings(data_dir=tmp_path / "d", audit_schedule_path=str(tmp_path / "nightly"))
    assert tmp_path / "nightly" in scheduled.effective_recording_roots
    assert (tmp_path / "d") not in settings.effective_recording_roots  # session.key lives there


def test_confine_refuses_dot_dot_and_symlink_escapes(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "secret.wav").write_bytes(SECRET)
    (root / "inside.wav").write_bytes(b"RIFF")
    (root / "link.wav").symlink_to(tmp_path / "secret.wav")
    (root / "ok-link.wav").symlink_to(root / "inside.wav")
    assert confine(root / "inside.wav", [root]) == (root / "inside.wav").resolve()
    assert confine(root / "ok-link.wav", [root]) == (root / "inside.wav").resolve()
    for escape in (root / ".." / "secret.wav", root / "link.wav", tmp_path / "secret.wav"):
        with pytest.raises(OutsideRecordingRoots, match="QA_RECORDING_ROOTS"):
            confine(escape, [root])


def test_a_job_naming_the_session_key_is_refused_and_nothing_is_stored(tmp_path: Path, sqlite_settings: Settings,
                                                                      worker_for) -> None:
    key = sqlite_settings.data_dir / "session.key"
    key.parent.mkdir(parents=True, exist_ok=True)
    key.write_bytes(SECRET)
    worker = worker_for()  # the default roots only, as a Celery worker has
    result = worker.run(AuditJob(0, str(key), _metadata()))
    assert result.status == "refused" and result.call_id is None
    assert "QA_RECORDING_ROOTS" in (result.error or "")
    assert sqlite_rows(sqlite_settings, "SELECT count(*) FROM calls") == [(0,)]
    assert _stored_files(sqlite_settings) == []


def test_a_symlink_out_of_the_audited_folder_is_refused(tmp_path: Path, sqlite_settings: Settings,
                                                        worker_for) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_bytes(SECRET)
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "e.wav").symlink_to(secret)
    (folder / "e.json").write_text(json.dumps(_metadata()), encoding="utf-8")
    (item,) = discover(folder, "Asia/Shanghai")
    result = worker_for(folder).run(AuditJob(0, item.source, item.metadata or {}))
    assert result.status == "refused" and "QA_RECORDING_ROOTS" in (result.error or "")
    assert sqlite_rows(sqlite_settings, "SELECT count(*) FROM calls") == [(0,)]
    assert _stored_files(sqlite_settings) == []


def test_a_non_audio_file_inside_the_roots_is_a_failed_call_and_is_not_copied(tmp_path: Path,
                                                                              sqlite_settings: Settings,
                                                                              worker_for) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "e.wav").write_bytes(SECRET)
    result = worker_for(folder).run(AuditJob(0, str(folder / "e.wav"), _metadata()))
    assert result.status == "failed" and result.call_id is not None
    assert sqlite_rows(sqlite_settings, "SELECT audio_path FROM calls") == [(None,)]
    assert _stored_files(sqlite_settings) == []


def test_audit_reports_mask_personal_numbers(tmp_path: Path, sqlite_settings: Settings) -> None:
    """14.2: the JSON and HTML reports mask phone numbers in paths and errors."""
    from qa_pipeline.audit.job import JobResult, Outcome
    from qa_pipeline.audit.report import build_report, render_html

    session_factory = prepare_database(sqlite_settings)
    source = str(tmp_path / "13812345678.flac")
    results = [JobResult(0, source, Outcome.REFUSED, "refused", error=f"{source}: metadata: tel 139-1234-5678")]
    report = build_report(session_factory, results, {"path": str(tmp_path), "started_at": "x"}, ["threat"])
    text = json.dumps(report, ensure_ascii=False) + render_html(report)
    assert "13812345678" not in text and "139-1234-5678" not in text
    assert "*******5678.flac" in text and report["totals"]["failed"] == 1

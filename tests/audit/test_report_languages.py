"""The audit's HTML report in Chinese (the default) and English: category and severity names from the
one label table, and each stored call linked to its review page under QA_PUBLIC_BASE_URL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from qa_pipeline import jobs
from qa_pipeline.audit.job import JobResult, Outcome
from qa_pipeline.audit.steps import finish, prepare_database
from qa_pipeline.config import Settings
from qa_pipeline.domain.labels import LABELS, Language
from qa_pipeline.domain.transcript import parse_transcript
from qa_pipeline.store.models import Call, CallStatus
from tests.api.helpers import TRANSCRIPT

BASE = "https://qa.example.com"


def audited(settings: Settings, tmp_path: Path, language: str) -> tuple[int, int, str]:
    """A stored call with critical threats and a failed one, audited: their ids and the HTML report."""
    settings = settings.model_copy(update={"public_base_url": BASE, "report_language": language})
    session_factory = prepare_database(settings)
    call_id = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), settings=settings).call_id
    other = parse_transcript({**TRANSCRIPT, "call_id": "c-002"})
    failed_id = jobs.accept_transcript(session_factory, other, settings=settings).call_id
    with session_factory() as s:
        s.execute(update(Call).where(Call.id == failed_id).values(status=CallStatus.failed, error="not audio"))
        s.commit()
    results = [JobResult(0, str(tmp_path / "c-001.flac"), Outcome.SKIPPED, "done", call_id),
               JobResult(1, str(tmp_path / "c-002.flac"), Outcome.SKIPPED_FAILED, "failed", failed_id)]
    run = {"path": str(tmp_path), "started_at": "2026-03-03T01:00:00+00:00"}
    done = finish(session_factory, settings, results, run, tmp_path / f"report-{language}.html")
    return call_id, failed_id, done.html_path.read_text(encoding="utf-8")


def test_the_report_is_in_chinese_by_default_with_labels_and_links(tmp_path, sqlite_settings) -> None:
    assert sqlite_settings.report_language == "zh"
    call_id, failed_id, html = audited(sqlite_settings, tmp_path, sqlite_settings.report_language)
    zh = LABELS[Language.zh]
    assert '<html lang="zh-CN">' in html and "各类别标记" in html and "含严重标记的通话" in html
    assert f"<td>{zh['category.threat']}</td>" in html and f"<th>{zh['category.abuse']}</th>" in html
    assert f"{zh['severity.critical']} · {zh['category.threat']}" in html
    assert "<td>threat</td>" not in html and "Findings per category" not in html
    assert f'<a href="{BASE}/calls/{call_id}" title="在审核页面打开">c-001</a>' in html  # a critical call
    assert f'<a href="{BASE}/calls/{failed_id}" title="在审核页面打开">c-002 (#{failed_id})</a>' in html  # a failure
    assert "加 --retry-failed 重试" in html


def test_the_report_in_english(tmp_path, sqlite_settings) -> None:
    call_id, failed_id, html = audited(sqlite_settings, tmp_path, "en")
    en = LABELS[Language.en]
    assert '<html lang="en">' in html and "Findings per category" in html
    assert f"<td>{en['category.threat']}</td>" in html
    assert f"{en['severity.critical']} · {en['category.threat']}" in html
    assert f'<a href="{BASE}/calls/{call_id}" title="open in the review pages">c-001</a>' in html
    assert f'<a href="{BASE}/calls/{failed_id}"' in html and "--retry-failed tries again" in html
    assert "各类别标记" not in html

"""The QA programme in headless Chromium: a scorecard score on a call that changes with a review, and a
sampling plan drawing clean calls, reviewed for misses."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from api.i18n import MESSAGES
from qa_pipeline import jobs
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.store.models import StoredFinding
from tests.api.helpers import TRANSCRIPT, clean_call
from tests.pages.conftest import Site

pytestmark = pytest.mark.browser

ZH = MESSAGES["zh-CN"]


def store(site: Site, doc: dict) -> int:
    return jobs.accept_transcript(site.session_factory, Transcript.model_validate(doc),
                                  scanner=site.app.state.scanner_factory(), settings=site.settings).call_id


def test_scorecard_score_on_a_call_follows_the_review(new_page, site: Site) -> None:
    call_id = store(site, {**TRANSCRIPT, "call_id": "browser-score", "agent_id": "a-browser"})
    page = new_page("qa")
    page.goto(f"/calls/{call_id}")
    score = page.locator("#score-value")
    assert score.is_visible() and score.inner_text() == "100"
    assert page.locator("#score-provisional").inner_text().endswith(": 0")  # open threats are fatal items
    page.locator("article.finding:has(.cat-abuse) button.decision-confirm").first.click()
    page.wait_for_selector("#saved-note")
    assert page.locator("#score-value").inner_text() == "70"
    assert page.locator("#score-items tr.breached").count() == 1
    assert "辱骂、侮辱" in page.locator("#score-items tr.breached").inner_text()


def test_sampling_plan_draws_clean_calls_for_review(new_page, site: Site) -> None:
    clean = {store(site, clean_call(f"browser-clean-{i}", f"2026-05-0{i + 1}T10:00:00+08:00", agent_id="a-sample",
                                    debtor_id=f"d-s{i}", reminder="请记得按时还款，谢谢。")) for i in range(3)}
    with site.session_factory() as s:
        assert not set(s.scalars(select(StoredFinding.call_id).where(StoredFinding.call_id.in_(clean))))
    page = new_page("qa")
    page.goto("/samples")
    page.fill("#sample-name", "五月无标记通话抽检")
    page.select_option("#sample-kind", "rule_based")
    page.fill("#sample-size", "2")
    page.fill("#sample-seed", "2026")
    page.fill("input[name=date_from]", "2026-05-01")
    page.fill("input[name=date_to]", "2026-05-31")
    page.check("#sample-clean")
    page.click("#sample-create")
    page.wait_for_url(re.compile(r"/samples/\d+$"))
    rows = page.locator("tr.srow")
    assert rows.count() == 2
    drawn = {int(rows.nth(i).get_attribute("data-call")) for i in range(2)}
    assert drawn <= clean and {rows.nth(i).get_attribute("data-clean") for i in range(2)} == {"true"}
    assert page.locator("#plan-seed").inner_text() == "2026"
    assert ZH["sample.miss_rate_none"] in page.inner_text("#miss-rate")

    first = rows.nth(0)
    first.locator("select[name=outcome]").select_option("missed_violation")
    first.locator("select[name=category]").select_option("misleading_consequence")
    first.locator("input[name=note]").fill("暗示会影响子女上学")
    first.locator("button[type=submit]").click()
    page.wait_for_selector("#verdict-saved")
    second = page.locator("tr.srow").nth(1)
    second.locator("select[name=outcome]").select_option("no_miss")
    second.locator("button[type=submit]").click()
    page.wait_for_selector("#verdict-saved")
    rate = page.locator("#miss-rate")
    assert (rate.get_attribute("data-misses"), rate.get_attribute("data-reviewed")) == ("1", "2")
    assert "50.0%" in rate.inner_text() and "9.5%" in rate.inner_text() and "90.5%" in rate.inner_text()
    assert page.locator("#plan-progress").inner_text() == ZH["sample.progress"].format(reviewed=2, sampled=2)

"""Appeals (申诉) in headless Chromium: a QA reviewer confirms, files an appeal for the agent, and a
compliance officer rules on it from the appeals list; the finding then shows as dismissed on appeal."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from api.i18n import MESSAGES
from qa_pipeline import jobs
from qa_pipeline.domain.review import ReviewState
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.store.models import AppealRuling, StoredFinding
from tests.api.helpers import TRANSCRIPT
from tests.pages.conftest import Site

pytestmark = pytest.mark.browser

ZH = MESSAGES["zh-CN"]


def test_an_appeal_from_filing_to_the_final_ruling(new_page, site: Site) -> None:
    accepted = jobs.accept_transcript(site.session_factory,
                                      Transcript.model_validate({**TRANSCRIPT, "call_id": "c-appeal-browser"}),
                                      scanner=site.app.state.scanner_factory(), settings=site.settings)
    qa = new_page("qa")
    qa.goto(f"/calls/{accepted.call_id}")
    card = qa.locator("article.finding.state-open").first
    finding_id = int(card.get_attribute("data-finding"))
    card.locator("form.review textarea[name=comment]").fill("威胁属实")
    card.locator("button[value=confirm]").click()
    qa.wait_for_selector("#saved-note")

    card = qa.locator(f"#f-{finding_id}")
    assert card.locator("form.appeal-form").is_visible()  # confirmed, inside the window
    card.locator("form.appeal-form textarea[name=reason]").fill("坐席说的是“打断你的话”，录音可证")
    card.locator("button.appeal-submit").click()
    qa.wait_for_selector("#team-note[data-note=filed]")
    card = qa.locator(f"#f-{finding_id}")
    assert card.locator(".appeal-entry").get_attribute("data-appeal-state") == "pending"
    assert card.locator("form.appeal-form").count() == 0  # one appeal per confirmation
    assert card.locator("form.ruling-form").count() == 0  # QA staff cannot rule
    assert card.locator("form.review").count() == 0 and card.locator(".under-appeal").is_visible()
    assert ZH["appeal.state.pending"] in card.locator(".finding-head").inner_text()

    officer = new_page("compliance")
    officer.goto("/appeals")
    row = officer.locator("tr.appeal-row").filter(has_text="打断你的话")
    assert row.count() == 1
    row.locator("a.appeal-link").click()
    officer.wait_for_url(f"**/calls/{accepted.call_id}**")
    card = officer.locator(f"#f-{finding_id}")
    card.locator("form.ruling-form textarea[name=comment]").fill("复听录音：不构成威胁，改判")
    card.locator("form.ruling-form button[value=overturned]").click()
    officer.wait_for_selector("#team-note[data-note=ruled]")

    card = officer.locator(f"#f-{finding_id}")
    assert card.locator(".finding-head .state").get_attribute("data-state") == "dismissed_on_appeal"
    assert ZH["state.dismissed_on_appeal"] in card.locator(".finding-head").inner_text()
    assert card.locator(".appeal-entry").get_attribute("data-appeal-state") == "overturned"
    assert "复听录音：不构成威胁，改判" in card.locator(".appeal-entry").inner_text()
    assert "申诉" in card.locator("details.history").inner_text()  # the dismissal review cites the appeal
    officer.goto("/appeals")
    assert officer.locator("tr.appeal-row").filter(has_text="打断你的话").count() == 0  # no longer pending

    with site.session_factory() as s:
        assert s.get(StoredFinding, finding_id).review_state == ReviewState.dismissed
        ruling = s.scalar(select(AppealRuling).where(AppealRuling.review_id.is_not(None))
                          .order_by(AppealRuling.id.desc()))
        assert ruling is not None and ruling.ruled_by == "compliance-user"

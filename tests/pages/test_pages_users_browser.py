"""A named reviewer in headless Chromium: sign in with a user name and a password, confirm a finding."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from qa_pipeline.domain.review import ReviewState
from qa_pipeline.store import users
from qa_pipeline.store.models import Review, Role, StoredFinding
from tests.pages.conftest import Site

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"


def test_a_user_signs_in_with_name_and_password_and_confirms_a_finding(new_page, site: Site) -> None:
    with site.session_factory() as s:
        users.add_user(s, "zhao-min", Role.qa, PASSWORD, display_name="赵敏", min_length=12, log2_n=14)
        s.commit()
        finding = s.scalars(select(StoredFinding).where(StoredFinding.review_state == ReviewState.open,
                                                        StoredFinding.call_id != site.call_ids["xss"])
                            .order_by(StoredFinding.id.desc())).first()
    page = new_page()
    target = f"/calls/{finding.call_id}"
    page.goto(target)
    page.wait_for_url(re.compile(r"/login\?"))
    page.fill("#username", "Zhao-Min")
    page.fill("#password", "not the password")
    page.click("form[action='/login'] button[type=submit]")
    assert page.locator(".alert.error").is_visible()
    assert page.input_value("#username") == "Zhao-Min" and page.input_value("#password") == ""
    page.fill("#password", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    assert "赵敏" in page.inner_text(".who")

    card = page.locator(f"#f-{finding.id}")
    card.locator("textarea[name=comment]").fill("坐席确有违规")
    card.locator("button[value=confirm]").click()
    page.wait_for_url(re.compile(rf"saved={finding.id}"))
    card = page.locator(f"#f-{finding.id}")
    assert card.locator(".finding-head .state").get_attribute("data-state") == "confirmed"
    assert "zhao-min" in card.locator(".history").inner_text()
    with site.session_factory() as s:
        review = s.scalars(select(Review).where(Review.finding_id == finding.id)).one()
        assert (review.reviewer, review.comment) == ("zhao-min", "坐席确有违规")

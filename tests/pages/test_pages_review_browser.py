"""The review workflow in headless Chromium: the grouped queue, bulk review, keyboard review on a call."""

from __future__ import annotations

import re
import shutil

import pytest
from sqlalchemy import select

from api.i18n import MESSAGES
from qa_pipeline import jobs
from qa_pipeline.domain.findings import SEVERITY_ORDER
from qa_pipeline.domain.review import ReviewState
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.store.models import Call, StoredFinding
from tests.pages.conftest import SAMPLE_AUDIO, Site, browser_sign_in

pytestmark = pytest.mark.browser

ZH = MESSAGES["zh-CN"]


def stored_with_audio(site: Site, doc: dict) -> int:
    """`doc` stored and scanned as a transcript, with a sample recording (s-02) as its audio, so the
    call page has a player; returns the call's id."""
    accepted = jobs.accept_transcript(site.session_factory, Transcript.model_validate(doc),
                                      scanner=site.app.state.scanner_factory(), settings=site.settings)
    name = f"{doc['call_id']}.flac"
    target = site.settings.data_dir / "recordings" / "test" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLE_AUDIO / "s-02.flac", target)
    with site.session_factory() as s:
        call = s.get(Call, accepted.call_id)
        call.audio_path, call.audio_filename = f"recordings/test/{name}", name
        call.audio_content_type, call.audio_bytes = "audio/flac", target.stat().st_size
        s.commit()
    return accepted.call_id


def states(site: Site, ids: list[int]) -> dict[int, ReviewState]:
    with site.session_factory() as s:
        return {f.id: f.review_state for f in s.scalars(select(StoredFinding).where(StoredFinding.id.in_(ids)))}


def test_grouped_queue_and_bulk_dismissal_with_a_reason(new_page, site: Site) -> None:
    page = new_page("compliance")
    rows = page.locator("tr.qrow")
    calls = [rows.nth(i).get_attribute("data-call") for i in range(rows.count())]
    assert calls and len(calls) == len(set(calls))  # one row per call
    worst = [SEVERITY_ORDER[rows.nth(i).get_attribute("data-worst")] for i in range(rows.count())]
    assert worst == sorted(worst, reverse=True)

    picks = page.locator("tr.qrow:nth-child(-n+2) input.pick")
    assert picks.count() >= 2
    picks.nth(0).check()
    picks.nth(1).check()
    assert page.url.endswith("/queue")  # ticking a box does not open the call

    # Dismissing without a reason is stopped in the page, and nothing changes.
    page.click("#bulk-dismiss")
    assert page.locator("#bulk [data-reason-hint]").is_visible()
    assert page.evaluate("document.activeElement.id") == "bulk-comment"
    chosen = [int(p.split("@")[0]) for n in (0, 1) for p in picks.nth(n).get_attribute("value").split(",")]
    assert set(states(site, chosen).values()) == {ReviewState.open}

    page.fill("#bulk-comment", "误报：客户原话")
    page.click("#bulk-dismiss")
    page.wait_for_selector("#bulk-note")
    assert ZH["queue.bulk_done"].format(n=len(chosen), skipped=0) in page.inner_text("#bulk-note")
    assert set(states(site, chosen).values()) == {ReviewState.dismissed}
    shown = page.locator("li.entry").evaluate_all("els => els.map(e => e.dataset.findings)")
    assert not {str(i) for i in chosen} & {i for v in shown for i in v.split(",")}  # left the open queue


def test_keyboard_review_on_a_call_keeps_the_queue_filters(new_page, site: Site) -> None:
    page = new_page("qa")
    page.goto("/queue?category=threat&sort=date")
    first = page.locator("tr.qrow").first
    call_id = first.get_attribute("data-call")
    first.locator("a.rowlink").click()
    page.wait_for_url(re.compile(rf"/calls/{call_id}\?back="))
    assert page.get_attribute("#back-to-queue", "href") == "/queue?category=threat&sort=date"

    card = page.locator("article.finding.state-open").first
    fid = int(card.get_attribute("data-finding"))
    card.locator(".finding-title").click()
    page.keyboard.press("c")  # confirm the active finding
    page.wait_for_selector("#saved-note")
    assert states(site, [fid])[fid] == ReviewState.confirmed
    assert page.get_attribute("#back-to-queue", "href") == "/queue?category=threat&sort=date"

    open_cards = page.locator("article.finding.state-open")
    if open_cards.count():
        other = open_cards.first
        oid = int(other.get_attribute("data-finding"))
        other.locator(".finding-title").click()
        page.keyboard.press("d")  # asks for the reason first
        assert other.locator("[data-reason-hint]").is_visible()
        assert states(site, [oid])[oid] == ReviewState.open
        page.keyboard.type("客户本人所说")
        page.keyboard.press("Enter")
        page.wait_for_selector("#saved-note")
        assert states(site, [oid])[oid] == ReviewState.dismissed

    page.keyboard.press("n")  # the next call of the same queue
    page.wait_for_url(lambda url: "/calls/" in url and f"/calls/{call_id}?" not in url)
    assert page.get_attribute("#back-to-queue", "href") == "/queue?category=threat&sort=date"
    page.click("#back-to-queue")
    page.wait_for_url(re.compile(r"/queue\?category=threat&sort=date$"))
    assert page.locator("select[name=category]").input_value() == "threat"


@pytest.fixture(scope="module")
def call_with_audio(site: Site) -> int:
    """A transcript call given a real recording (s-02.flac), so the player has audio without running ASR."""
    doc = {"call_id": "keys-audio", "started_at": "2026-03-10T10:00:00+08:00", "agent_id": "a-keys",
           "utterances": [
               {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "您好，请问是王建国先生本人吗？"},
               {"speaker": "customer", "start": 2.5, "end": 3.4, "text": "对，是我。"},
               {"speaker": "agent", "start": 4.0, "end": 6.5, "text": "再不还钱我就打断你的腿。"}]}
    return stored_with_audio(site, doc)


def test_space_plays_and_pauses_and_r_replays_the_flagged_span(new_page, call_with_audio: int) -> None:
    page = new_page("qa")
    page.goto(f"/calls/{call_with_audio}")
    card = page.locator("article.finding[data-start]").first
    start, end = float(card.get_attribute("data-start")), float(card.get_attribute("data-end"))
    page.locator("h1").click()
    page.keyboard.press(" ")
    page.wait_for_timeout(600)
    assert page.evaluate("!document.getElementById('player').paused")
    page.keyboard.press(" ")
    assert page.evaluate("document.getElementById('player').paused")
    card.locator(".finding-title").click()
    page.keyboard.press("r")
    page.wait_for_timeout(300)
    at = page.evaluate("document.getElementById('player').currentTime")
    assert start - 0.05 <= at <= end
    page.wait_for_timeout(int((end - start) * 1000) + 1500)
    assert page.evaluate("document.getElementById('player').paused")  # stops at the end of the span
    assert page.evaluate("document.getElementById('player').currentTime") <= end + 0.5


def test_two_reviewers_a_claim_and_a_conflicting_decision_refused(new_page, site: Site) -> None:
    first = new_page("qa")
    first.goto("/queue?sort=date")
    call_id = first.locator("tr.qrow").last.get_attribute("data-call")
    first.goto(f"/calls/{call_id}")
    assert "qa-user" not in first.inner_text("#claim-note")  # the claim is the reviewer's own
    second = new_page("compliance")
    second.goto(f"/calls/{call_id}")  # opened while qa-user holds the call
    assert "qa-user" in second.inner_text("#claim-note")

    card_id = first.locator("article.finding.state-open").first.get_attribute("data-finding")
    card = first.locator(f"#f-{card_id}")
    card.locator("textarea[name=comment]").fill("坐席威胁，确认")
    card.locator("button[value=confirm]").click()
    first.wait_for_selector("#saved-note")

    # The second reviewer's page still shows the finding open; their dismissal is refused.
    other = second.locator(f"#f-{card_id}")
    other.locator("textarea[name=comment]").fill("客户原话，驳回")
    with second.expect_response(lambda r: f"/findings/{card_id}/review" in r.url) as response:
        other.locator("button[value=dismiss]").click()
    assert response.value.status == 409
    note = second.locator("#stale-note")
    note.wait_for()
    assert "客户原话，驳回" in note.locator(".yours").inner_text()
    theirs = note.locator(".theirs").inner_text()
    assert "坐席威胁，确认" in theirs and "qa-user" in theirs and ZH["state.confirmed"] in theirs
    assert second.locator(f"#f-{card_id} .finding-head .state").get_attribute("data-state") == "confirmed"
    assert states(site, [int(card_id)])[int(card_id)] == ReviewState.confirmed


def test_search_by_transcript_text_opens_the_call(new_page, site: Site) -> None:
    doc = {"call_id": "search-clean", "started_at": "2026-03-12T10:05:00+08:00", "agent_id": "a-search",
           "utterances": [
               {"speaker": "agent", "start": 0.0, "end": 3.0,
                "text": "您好，我是恒通金融的客服，工号三一七四，请问是王建国本人吗？"},
               {"speaker": "customer", "start": 3.5, "end": 4.0, "text": "是我。"},
               {"speaker": "agent", "start": 4.5, "end": 7.0, "text": "提醒您下周三之前办理分期手续。"}]}
    call_id = jobs.accept_transcript(site.session_factory, Transcript.model_validate(doc),
                                     scanner=site.app.state.scanner_factory(), settings=site.settings).call_id
    page = new_page("qa")
    page.click("#nav-calls")
    page.wait_for_url(re.compile(r"/calls$"))
    page.fill("#q", "办理分期手续")
    page.click("#search-submit")
    page.wait_for_url(re.compile(r"/calls\?q="))
    rows = page.locator("tr.crow")
    assert rows.count() == 1 and rows.first.get_attribute("data-call") == str(call_id)
    assert rows.first.locator("mark.ev").inner_text() == "办理分期手续"
    assert ZH["calls.clean"] in rows.first.inner_text()  # a call without findings is found too
    rows.first.locator("a.rowlink").click()
    page.wait_for_url(re.compile(rf"/calls/{call_id}#u-2$"))
    assert "办理分期手续" in page.inner_text("#u-2")


def test_rules_page_dry_run(new_page) -> None:
    page = new_page("compliance")
    page.click("#nav-rules")
    page.wait_for_url(re.compile(r"/rules$"))
    assert page.locator("article.rule").count() > 10
    page.fill("#dry-text", "你这个老赖，再不还钱我就打断你的腿")
    page.click("#dry-submit")
    page.wait_for_selector("#dry-result")
    rules = page.locator("#dry-result li.hit").evaluate_all("els => els.map(e => e.dataset.rule)")
    assert any(r.endswith("threat.violence") for r in rules) and any(r.startswith("cn.abuse") for r in rules)
    assert page.input_value("#dry-text") == "你这个老赖，再不还钱我就打断你的腿"  # kept for the next try


@pytest.fixture(scope="module")
def long_call(site: Site) -> int:
    """A six-minute call (120 turns) with a threat near the end, given a real recording."""
    utterances = []
    for i in range(120):
        speaker = "agent" if i % 2 == 0 else "customer"
        text = "您好，请问是王建国先生本人吗？" if i == 0 else ("对，是我。" if i == 1 else
                                                             "嗯，我知道了，这个月的账单我再看一下。")
        utterances.append({"speaker": speaker, "start": i * 3.0, "end": i * 3.0 + 2.5, "text": text})
    utterances[110] = {"speaker": "agent", "start": 330.0, "end": 336.0,
                       "text": "我跟你说清楚了，你要是再不还钱我就打断你的腿。"}
    doc = {"call_id": "long-sticky", "started_at": "2026-03-13T10:00:00+08:00", "agent_id": "a-long",
           "utterances": utterances}
    return stored_with_audio(site, doc)


@pytest.mark.parametrize("viewport", [{"width": 1366, "height": 768}, {"width": 390, "height": 844}],
                         ids=["1366x768", "390px"])
def test_sticky_player_stays_in_view_with_markers(browser, site: Site, long_call: int, viewport: dict) -> None:
    context = browser.new_context(base_url=site.base_url, viewport=viewport, locale="zh-CN")
    context.set_default_timeout(15_000)
    try:
        page = context.new_page()
        browser_sign_in(page, site.keys["qa"], f"/calls/{long_call}")
        card = page.locator("article.finding:has(.cat-threat)[data-start]").first
        fid = card.get_attribute("data-finding")
        seek = float(card.get_attribute("data-seek"))
        assert 330.0 < seek < 336.0  # the flagged words, past the start of the utterance
        # One marker per timed finding, placed by time.
        marker = page.locator(f"#timeline .marker[data-finding='{fid}']")
        assert marker.count() == 1
        left = float(marker.get_attribute("style").split(":")[1].strip(" %;"))
        assert abs(left - 100 * seek / 359.5) < 0.5  # the last turn ends at 359.5 s
        card.locator(".finding-title").click()
        page.wait_for_timeout(800)  # the smooth scroll to the utterance
        assert page.evaluate("window.scrollY") > 1000  # the page did scroll far down
        box = page.locator("#playerbar").bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]
        assert page.locator("#u-110").is_visible()
        refs = card.locator("[data-references]")
        assert refs.count() == 1 and refs.inner_text().strip()
        # The nav stays one line of whole words at 390 px: no link wraps per character.
        for link in page.locator(".mainnav a").all():
            b = link.bounding_box()
            assert b is not None and b["height"] < 40, link.inner_text()
    finally:
        context.close()

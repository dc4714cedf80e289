"""Review pages in headless Chromium: sign-in, queue, upload, call view with audio, review, dashboard.

Screenshots of the queue, a call view and the dashboard go to a temporary
folder; with QA_REFRESH_SCREENSHOTS=1 they replace the README's in
docs/screenshots/ (a test run never changes tracked files otherwise).
"""

from __future__ import annotations

import base64
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest

from api.i18n import MESSAGES
from api.session import SESSION_COOKIE
from tests.pages.conftest import README_SCREENSHOTS, SAMPLE_AUDIO, XSS, Site, browser_sign_in

pytestmark = pytest.mark.browser

ZH = MESSAGES["zh-CN"]


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("QA_REFRESH_SCREENSHOTS") == "1":
        return README_SCREENSHOTS
    return tmp_path_factory.mktemp("screenshots")


def shot(page: Any, folder: Path, name: str, full_page: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=full_page, animations="disabled")
    assert (folder / f"{name}.png").stat().st_size > 10_000


def queue_total(page: Any) -> int:
    """The number of calls in the queue (the count line says calls, then findings)."""
    return int(re.findall(r"\d+", page.inner_text("#queue-total"))[0])


def queue_findings(page: Any) -> int:
    """The number of findings in the queue."""
    return int(re.findall(r"\d+", page.inner_text("#queue-total"))[1])


def test_sign_in_uses_an_http_only_cookie_and_sign_out_ends_it(new_page, site: Site) -> None:
    page = new_page()
    page.goto("/queue")
    page.wait_for_url(re.compile(r"/login\?next=%2Fqueue"))
    page.fill("#api_key", "qak_wrong")
    page.click("form[action='/login'] button[type=submit]")
    assert ZH["login.bad_key"] in page.inner_text(".alert.error")

    browser_sign_in(page, site.keys["qa"])
    assert "qa-user" in page.inner_text(".who")
    cookie = next(c for c in page.context.cookies() if c["name"] == SESSION_COOKIE)
    assert cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Lax"
    assert site.keys["qa"] not in cookie["value"]
    assert page.evaluate("document.cookie").find(SESSION_COOKIE) == -1  # scripts cannot read it

    page.click("#signout")
    page.wait_for_url(re.compile(r"/login\?signed_out=1"))
    page.goto("/queue")
    page.wait_for_url(re.compile(r"/login\?"))


def test_queue_filters_and_keyboard_navigation(new_page, site: Site, screenshots: Path) -> None:
    page = new_page("compliance")
    rows = page.locator("tr.qrow")
    total = queue_total(page)
    assert rows.count() == min(total, 50) and total > 10
    shot(page, screenshots, "queue")

    # Filter by category: the option shows how many findings there are, and the queue then holds that many.
    option = page.locator("select[name=category] option[value=threat]")
    expected = int(re.search(r"\((\d+)\)", option.inner_text()).group(1))
    page.select_option("select[name=category]", "threat")
    page.wait_for_url(re.compile(r"category=threat"))
    assert queue_findings(page) == expected
    cats = page.locator("tr.qrow .badge.cat").all_inner_texts()
    assert cats and set(cats) == {ZH["category.threat"]}

    # j / k move the selection, Enter opens the selected finding.
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")
    selected = page.locator("tr.qrow.selected")
    assert selected.count() == 1 and selected.get_attribute("data-call") == rows.nth(1).get_attribute("data-call")
    href = selected.get_attribute("data-href")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(href)))
    assert page.get_attribute("#back-to-queue", "href") == "/queue?category=threat"



def wait_until(page: Any, expression: str, arg: Any = None, timeout_s: float = 15.0) -> None:
    """Poll a JavaScript expression until it is truthy. Playwright's
    wait_for_function polls with eval(), which the pages' Content-Security-Policy
    (script-src 'self') rightly forbids; page.evaluate goes through the DevTools
    protocol and is not subject to it."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(expression, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s} s waiting for: {expression}")
        page.wait_for_timeout(100)

@pytest.fixture(scope="module")
def uploaded(browser: Any, site: Site) -> dict[str, Any]:
    """s-02 (threats) uploaded by drag-and-drop on the upload page; ASR runs in the app's worker."""
    context = browser.new_context(base_url=site.base_url, viewport={"width": 1360, "height": 860}, locale="zh-CN")
    context.set_default_timeout(15_000)
    try:
        page = context.new_page()
        browser_sign_in(page, site.keys["admin"], "/upload")
        audio = base64.b64encode((SAMPLE_AUDIO / "s-02.flac").read_bytes()).decode()
        meta = (SAMPLE_AUDIO / "s-02.json").read_text(encoding="utf-8")
        drop = page.evaluate_handle("""([b64, meta]) => {
            const bin = atob(b64); const bytes = new Uint8Array(bin.length);
            for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
            const dt = new DataTransfer();
            dt.items.add(new File([bytes], "s-02.flac", {type: "audio/flac"}));
            dt.items.add(new File([meta], "s-02.json", {type: "application/json"}));
            return dt;
        }""", [audio, meta])
        page.dispatch_event("#dropzone", "drop", {"dataTransfer": drop})
        wait_until(page, "document.getElementById('agent_id').value === 'a-23'")
        filled = {k: page.input_value(f"#{k}") for k in ("call_id", "agent_id", "relation", "timezone")}
        assert page.evaluate("document.getElementById('audio').files[0].name") == "s-02.flac"
        page.click("#upload-submit")
        page.wait_for_url(re.compile(r"/calls/\d+$"))
        first_status = page.get_attribute("#call-status", "data-status")
        polling = page.locator("#processing-note").count() == 1
        page.wait_for_selector("#call-status[data-status=done]", timeout=180_000)  # the page polls, then reloads
        page.wait_for_selector("li.utt")  # the reloaded page: the transcript, no processing note
        assert page.locator("#processing-note").count() == 0
        call_id = int(page.url.rsplit("/", 1)[1])
    finally:
        context.close()
    return {"call_id": call_id, "first_status": first_status, "polling": polling, "filled": filled}


def test_upload_shows_status_until_done(uploaded: dict[str, Any], new_page) -> None:
    assert uploaded["filled"] == {"call_id": "s-02", "agent_id": "a-23", "relation": "debtor",
                                  "timezone": "Asia/Shanghai"}
    assert uploaded["first_status"] in ("queued", "processing") and uploaded["polling"]
    page = new_page("qa")
    page.goto("/upload")
    row = page.locator("#recent tr", has_text="s-02")
    assert row.locator(".status-done").count() == 1
    row.locator("a").click()
    page.wait_for_url(f"**/calls/{uploaded['call_id']}")
    assert page.locator("li.utt").count() >= 8


def test_call_view_seeks_audio_and_review_updates_queue_and_dashboard(uploaded: dict[str, Any], new_page,
                                                                      site: Site, screenshots: Path) -> None:
    call_id = uploaded["call_id"]
    page = new_page("admin")
    audio_statuses: list[int] = []
    page.on("response", lambda r: audio_statuses.append(r.status) if f"/v1/calls/{call_id}/audio" in r.url else None)

    page.goto("/dashboard")
    open_before = int(page.inner_text("#stat-open"))
    agent_row = page.locator("#top-agents tr", has_text="a-23")
    a23_before = int(agent_row.locator("td.num").first.inner_text()) if agent_row.count() else 0
    page.goto("/queue?agent_id=a-23")
    queue_before = queue_findings(page)

    page.goto(f"/calls/{call_id}")
    assert page.inner_text("#meta-agent") == "a-23"
    assert page.inner_text("#meta-relation") == ZH["relation.debtor"]
    assert page.inner_text("#meta-started").startswith("2026-03-02 14:20:00 (UTC+08:00)")
    assert re.fullmatch(r"1:0\d", page.inner_text("#meta-duration"))
    assert page.locator("li.utt.lane-agent").count() >= 4 and page.locator("li.utt.lane-customer").count() >= 4
    threats = page.locator("article.finding:has(.cat-threat)[data-start]")
    assert threats.count() >= 1, page.inner_text("aside.findings")
    assert page.locator("li.utt.flagged mark.ev").count() >= 2  # evidence highlighted in the transcript
    wait_until(page, "document.getElementById('player').readyState >= 1")

    # Clicking the finding moves the playhead to the flagged moment, from wherever it was:
    # the start, then an utterance chosen by its timestamp button elsewhere in the call.
    card = threats.first
    start = float(card.get_attribute("data-seek"))  # the flagged words, inside the utterance
    assert start > 5 and float(card.get_attribute("data-start")) <= start < float(card.get_attribute("data-end"))
    seek_check = """(s) => { const a = document.getElementById('player');
        return a.currentTime >= s - 0.05 && a.currentTime < s + 2.0; }"""
    page.evaluate("const a = document.getElementById('player'); a.pause(); a.currentTime = 0;")
    card.locator(".finding-head").click()
    wait_until(page, seek_check, start)
    utt = card.get_attribute("data-utterance")
    assert "active" in page.locator(f"#u-{utt}").get_attribute("class") and "active" in card.get_attribute("class")
    last = page.locator("li.utt").last
    elsewhere = float(last.get_attribute("data-start"))
    assert abs(elsewhere - start) > 5
    last.locator(".seek-utt").click()
    wait_until(page, seek_check, elsewhere)
    card.locator(".finding-head").click()
    wait_until(page, seek_check, start)
    assert 206 in audio_statuses  # streamed with range requests, authorised by the session cookie
    page.evaluate("document.getElementById('player').pause()")
    page.wait_for_timeout(600)  # let the smooth scroll to the utterance finish, then go back to the top
    page.evaluate("window.scrollTo({top: 0, behavior: 'instant'})")
    wait_until(page, "window.scrollY === 0")
    shot(page, screenshots, "call", full_page=True)

    finding_id = card.get_attribute("data-finding")
    card.locator("textarea[name=comment]").fill("坐席威胁到单位曝光，确认违规")
    card.locator("button[value=confirm]").click()
    page.wait_for_url(re.compile(rf"saved={finding_id}"))
    card = page.locator(f"#f-{finding_id}")
    assert card.locator(".finding-head .state").get_attribute("data-state") == "confirmed"
    assert "坐席威胁到单位曝光，确认违规" in card.locator(".history").inner_text()
    assert "admin-user" in card.locator(".history").inner_text()

    page.goto("/queue?agent_id=a-23")
    assert queue_findings(page) == queue_before - 1
    shown = page.locator("li.entry").evaluate_all("els => els.map(e => e.dataset.findings)")
    assert finding_id not in {i for ids in shown for i in ids.split(",")}
    page.goto("/dashboard")
    assert int(page.inner_text("#stat-open")) == open_before - 1
    agent_row = page.locator("#top-agents tr", has_text="a-23")
    assert int(agent_row.locator("td.num").first.inner_text()) == a23_before + 1
    assert page.locator("#day-chart rect.seg").count() > 5
    shot(page, screenshots, "dashboard", full_page=True)


def test_script_in_transcript_comment_and_metadata_renders_as_text(new_page, site: Site) -> None:
    page = new_page("admin")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    call_id = site.call_ids["xss"]
    page.goto(f"/calls/{call_id}")
    card = page.locator("article.finding").first
    card.locator("textarea[name=comment]").fill("看这个" + XSS)
    card.locator("button.decision").first.click()
    page.wait_for_url(re.compile(r"saved="))
    assert XSS in page.locator("article.finding .history .comment").first.inner_text()
    assert XSS in page.inner_text("#meta-call-id") and XSS in page.inner_text("#meta-agent")
    assert XSS in page.inner_text("#meta-relation") and XSS in page.inner_text("#call-meta")  # name, extra field
    assert XSS in page.inner_text("#u-1") and XSS in page.inner_text("#u-2")
    assert page.locator("#u-2 mark.ev").count() >= 1
    page.goto("/queue?state=all")
    assert page.locator("tr.qrow", has_text="x-001" + XSS).count() >= 1
    for path in (f"/calls/{call_id}", "/queue?state=all"):
        page.goto(path)
        assert page.evaluate("window.__xss") is None
        assert page.locator("main script, main img").count() == 0
    assert dialogs == []


def test_language_switch(new_page) -> None:
    page = new_page("compliance")
    assert page.inner_text("h1") == ZH["queue.title"]
    page.click("a.lang")
    page.wait_for_url(re.compile(r"/queue$"))
    assert page.inner_text("h1") == MESSAGES["en"]["queue.title"]
    assert page.get_attribute("html", "lang") == "en"
    page.click("a.lang")
    page.wait_for_url(re.compile(r"/queue$"))
    assert page.inner_text("h1") == ZH["queue.title"]

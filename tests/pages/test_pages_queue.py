"""The shared queue over HTTP: one row per call, merged facts, sorting, filters kept, bulk review, reasons."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, urlsplit

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.i18n import MESSAGES
from api.routers.pages import QUEUE_ENTRIES_PER_CALL
from qa_pipeline import jobs
from qa_pipeline.config import REPO_ROOT
from qa_pipeline.domain.findings import CATEGORIES, SEVERITY_ORDER
from qa_pipeline.domain.review import ReviewDecision, ReviewState
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import AuditEntry, Call, Review, StoredFinding
from tests.pages.conftest import Site

ZH = MESSAGES["zh-CN"]
EN = MESSAGES["en"]

# 07:30 local: before the 08:00 policy window and inside the 22:00-08:00 ban, so two
# rules fire on one fact; the threat sentence also gives an utterance-level finding.
EARLY_CALL = {
    "call_id": "early-0730", "started_at": "2026-03-09T07:30:00+08:00", "agent_id": "a-early",
    "callee": {"relation": "debtor", "timezone": "Asia/Shanghai"},
    "utterances": [
        {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "您好，请问是王建国先生本人吗？"},
        {"speaker": "customer", "start": 2.5, "end": 3.4, "text": "对，是我。"},
        {"speaker": "agent", "start": 4.0, "end": 8.0, "text": "再不还钱我就打断你的腿。"},
    ],
}


def add_early_call(site: Site) -> int:
    accepted = jobs.accept_transcript(site.session_factory, Transcript.model_validate(EARLY_CALL),
                                      scanner=site.app.state.scanner_factory(), settings=site.settings)
    return accepted.call_id


def rows_of(page: str) -> list[str]:
    """The call ids (database ids) of the queue's rows, in order."""
    return re.findall(r'<tr class="qrow" data-href="[^"]*" data-call="(\d+)"', page)


def entries_of(page: str, call_id: int) -> list[str]:
    row = page.split(f'data-call="{call_id}"')[1].split("</tr>")[0]
    return re.findall(r'<li class="entry" data-findings="([\d,]+)" data-severity="(\w+)"', row)


def findings_of(site: Site, call_id: int) -> list[StoredFinding]:
    with site.session_factory() as s:
        return list(s.scalars(select(StoredFinding).where(StoredFinding.call_id == call_id)
                              .order_by(StoredFinding.id)))


def test_one_row_per_call_worst_severity_first(client: TestClient, http_site: Site, sign_in) -> None:
    sign_in("qa")
    page = client.get("/queue").text
    calls = rows_of(page)
    assert len(calls) == len(set(calls)) > 5  # one row per call
    with http_site.session_factory() as s:
        worst = {}
        newest = {}
        for f in s.scalars(select(StoredFinding).where(StoredFinding.review_state == ReviewState.open)):
            worst[f.call_id] = max(worst.get(f.call_id, -1), SEVERITY_ORDER[f.severity])
        for c in s.scalars(select(Call)):
            newest[c.id] = c.started_at
    keys = [(-worst[int(c)], -newest[int(c)].timestamp()) for c in calls]
    assert keys == sorted(keys)  # worst finding first, then the newest call
    for c in calls:  # inside a row, the worst finding comes first
        sev = [SEVERITY_ORDER[s] for _, s in entries_of(page, int(c))]
        assert sev == sorted(sev, reverse=True)


def test_call_level_findings_for_one_fact_are_one_entry(client: TestClient, http_site: Site, sign_in) -> None:
    call_id = add_early_call(http_site)
    found = findings_of(http_site, call_id)
    hours = [f for f in found if f.category == "out_of_hours"]
    assert {f.rule_id.rsplit(".", 1)[-1] for f in hours} >= {"night_ban", "outside_policy_window"}
    sign_in("qa")
    page = client.get("/queue?agent_id=a-early").text
    assert rows_of(page) == [str(call_id)]
    entries = entries_of(page, call_id)
    merged = [ids for ids, _ in entries if set(ids.split(",")) == {str(f.id) for f in hours}]
    assert len(merged) == 1  # one entry citing both rules
    assert ZH["queue.merged"].format(n=len(hours)) in page
    for f in hours:
        assert f.title in page
    # Confirming the entry in bulk confirms every finding behind it.
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    r = client.post("/queue/review", data={"entry": merged[0], "decision": "confirm", "comment": "",
                                           "csrf_token": csrf, "back": "/queue?agent_id=a-early"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/queue?agent_id=a-early&")
    assert {f.review_state for f in findings_of(http_site, call_id) if f.category == "out_of_hours"} == {
        ReviewState.confirmed}


def test_a_row_shows_the_worst_entries_and_links_to_the_rest(client: TestClient, http_site: Site, sign_in) -> None:
    threats = ["再不还钱我就打断你的腿。", "你信不信我找人去你家。", "你这种人就是个骗子，不要脸。",
               "明天我们的人就到你单位去闹。", "再不还就让你全家都不得安宁。", "你是不是想让你孩子在学校抬不起头？",
               "我们已经派人在你家楼下等着了。"]
    transcript = {**EARLY_CALL, "call_id": "many-entries", "agent_id": "a-many",
                  "started_at": "2026-03-09T10:00:00+08:00",
                  "utterances": EARLY_CALL["utterances"][:2] + [
                      {"speaker": "agent", "start": 5.0 + 4 * i, "end": 8.0 + 4 * i, "text": text}
                      for i, text in enumerate(threats)]}
    accepted = jobs.accept_transcript(http_site.session_factory, Transcript.model_validate(transcript),
                                      scanner=http_site.app.state.scanner_factory(), settings=http_site.settings)
    found = findings_of(http_site, accepted.call_id)
    facts = {(f.category, f.utterance_index) for f in found}
    assert len(facts) > QUEUE_ENTRIES_PER_CALL  # more facts than a row shows
    sign_in("qa")
    page = client.get("/queue?agent_id=a-many").text
    entries = entries_of(page, accepted.call_id)
    assert len(entries) == QUEUE_ENTRIES_PER_CALL
    worst = max(SEVERITY_ORDER[f.severity] for f in found)
    assert SEVERITY_ORDER[entries[0][1]] == worst  # the worst are the ones shown
    assert ZH["queue.more"].format(n=len(facts) - QUEUE_ENTRIES_PER_CALL) in page
    row = page.split(f'data-call="{accepted.call_id}"')[1].split("</tr>")[0]
    assert re.search(rf'<a class="more small" href="/calls/{accepted.call_id}\?back=', row)


def test_sorting_by_date_and_agent(client: TestClient, http_site: Site, sign_in) -> None:
    sign_in("compliance")
    with http_site.session_factory() as s:
        calls = {c.id: c for c in s.scalars(select(Call))}
    page = client.get("/queue?sort=date").text
    started = [calls[int(c)].started_at for c in rows_of(page)]
    assert started == sorted(started, reverse=True)
    assert 'class="sort-date active"' in page
    page = client.get("/queue?sort=agent&state=all").text
    agents = [calls[int(c)].agent_id or "\uffff" for c in rows_of(page)]
    assert agents == sorted(agents)
    # The filter form keeps the sort; sort links keep the filters.
    assert '<input type="hidden" name="sort" value="agent">' in page
    assert 'href="/queue?state=all&amp;sort=date"' in page
    assert client.get("/queue?sort=bogus&page=x").status_code == 200


def test_filters_survive_a_visit_to_a_call_and_a_review(client: TestClient, http_site: Site, sign_in) -> None:
    csrf = sign_in("qa")
    queue_url = "/queue?category=threat&sort=date"
    page = client.get(queue_url).text
    first = rows_of(page)[0]
    link = re.search(rf'href="(/calls/{first}\?back=[^"#]+)', page).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(link).query)["back"] == [queue_url]
    call_page = client.get(link).text
    assert f'href="{queue_url.replace("&", "&amp;")}" class="back"' in call_page
    f = next(f for f in findings_of(http_site, int(first)) if f.review_state == ReviewState.open)
    r = client.post(f"/findings/{f.id}/review", data={"decision": "confirm", "csrf_token": csrf,
                                                      "back": queue_url}, follow_redirects=False)
    assert r.status_code == 303 and f"back={quote(queue_url, safe='')}" in r.headers["location"]
    # A back link to another site is not followed.
    assert 'href="/queue" class="back"' in client.get(f"/calls/{first}?back=https://evil.example/").text
    # n: the next call in the same queue order.
    r = client.get(f"/queue/next?after={first}&back={quote(queue_url, safe='')}", follow_redirects=False)
    assert r.status_code == 303
    following = rows_of(client.get(queue_url).text)
    assert r.headers["location"].startswith(f"/calls/{following[0] if following[0] != first else following[1]}?")


def test_bulk_dismissal_needs_a_reason_and_records_it(client: TestClient, http_site: Site, sign_in) -> None:
    csrf = sign_in("qa")
    page = client.get("/queue").text
    picks = re.findall(r'name="entry" value="([\d,@]+)"', page)[:3]
    ids = [int(p.split("@")[0]) for entry in picks for p in entry.split(",")]
    assert all("@" in p for entry in picks for p in entry.split(","))  # each with the version shown
    data = {"entry": picks, "decision": "dismiss", "comment": "  ", "csrf_token": csrf, "back": "/queue"}
    r = client.post("/queue/review", data=data, follow_redirects=True)
    assert ZH["review.reason_required"] in r.text
    with http_site.session_factory() as s:
        assert {s.get(StoredFinding, i).review_state for i in ids} == {ReviewState.open}
    data["comment"] = "录音听不清，非违规"
    r = client.post("/queue/review", data=data, follow_redirects=True)
    assert ZH["queue.bulk_done"].format(n=len(ids), skipped=0) in r.text
    with http_site.session_factory() as s:
        for i in ids:
            f = s.get(StoredFinding, i)
            assert f.review_state == ReviewState.dismissed
            assert [(r.decision.value, r.comment, r.reviewer) for r in f.reviews] == [
                ("dismiss", "录音听不清，非违规", "qa-user")]
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "finding.review")).all()
        assert {a.detail["via"] for a in audit} == {"pages.bulk"}
    # The same entries again: nothing left to dismiss, all skipped, no new reviews.
    r = client.post("/queue/review", data=data, follow_redirects=True)
    assert ZH["queue.bulk_done"].format(n=0, skipped=len(ids)) in r.text
    with http_site.session_factory() as s:
        assert len(s.scalars(select(Review).where(Review.finding_id.in_(ids))).all()) == len(ids)
    # Nothing ticked, a bad decision, no CSRF token.
    r = client.post("/queue/review", data={"decision": "confirm", "csrf_token": csrf}, follow_redirects=True)
    assert ZH["queue.bulk_none"] in r.text
    assert client.post("/queue/review", data={"decision": "reopen", "entry": picks, "csrf_token": csrf}
                       ).status_code == 400
    assert client.post("/queue/review", data={"decision": "confirm", "entry": picks}).status_code == 403


def test_single_dismissal_needs_a_reason_on_the_page_and_in_the_api(client: TestClient, http_site: Site,
                                                                    sign_in) -> None:
    csrf = sign_in("qa")
    with http_site.session_factory() as s:
        f = s.scalars(select(StoredFinding).where(StoredFinding.review_state == ReviewState.open)).first()
    r = client.post(f"/findings/{f.id}/review", data={"decision": "dismiss", "comment": "", "csrf_token": csrf},
                    follow_redirects=True)
    assert ZH["review.reason_required"] in r.text
    with http_site.session_factory() as s:
        assert s.get(StoredFinding, f.id).review_state == ReviewState.open
    r = client.post(f"/v1/findings/{f.id}/reviews", json={"decision": "dismiss"},
                    headers={"X-API-Key": http_site.keys["qa"]})
    assert r.status_code == 422 and r.json()["field"] == "comment"


def test_queue_and_call_keys_in_english(client: TestClient, sign_in) -> None:
    sign_in("qa")
    client.get("/lang/en")
    page = client.get("/queue").text
    for key in ("queue.bulk_confirm", "queue.bulk_dismiss", "queue.sort.severity", "queue.col.findings"):
        assert EN[key] in page
    call = rows_of(page)[0]
    assert EN["call.keys"] in client.get(f"/calls/{call}").text


def test_a_stale_decision_on_the_page_is_refused_with_both_shown(client: TestClient, http_site: Site,
                                                                  sign_in) -> None:
    csrf = sign_in("qa")
    with http_site.session_factory() as s:
        f = s.scalars(select(StoredFinding).where(StoredFinding.review_state == ReviewState.open)
                      .order_by(StoredFinding.id)).first()
    page = client.get(f"/calls/{f.call_id}").text
    assert re.search(rf'action="/findings/{f.id}/review".*?name="version" value="0"', page, re.S)
    with http_site.session_factory() as s:  # another reviewer decides meanwhile
        repo.add_review(s, repo.get_finding(s, f.id), ReviewDecision.confirm, reviewer="lead", comment="确有威胁")
        s.commit()
    r = client.post(f"/findings/{f.id}/review", data={"decision": "dismiss", "comment": "听错了", "version": "0",
                                                      "csrf_token": csrf, "back": "/queue?sort=date"})
    assert r.status_code == 409
    assert ZH["review.stale"] in r.text
    note = r.text.split('id="stale-note"')[1].split("</section>")[0]
    assert "听错了" in note and "确有威胁" in note and "lead" in note
    assert ZH["decision.dismiss"] in note and ZH["decision.confirm"] in note
    assert 'href="/queue?sort=date&amp;' not in r.text and 'href="/queue?sort=date" class="back"' in r.text
    with http_site.session_factory() as s:
        stored = s.get(StoredFinding, f.id)
        assert stored.review_state == ReviewState.confirmed and [r.reviewer for r in stored.reviews] == ["lead"]


def test_opening_a_call_claims_it_and_others_see_who_holds_it(client: TestClient, http_site: Site,
                                                             sign_in) -> None:
    sign_in("qa")
    page = client.get("/queue").text
    first, second = (int(c) for c in rows_of(page)[:2])
    assert 'id="claim-note"' in client.get(f"/calls/{first}").text
    with http_site.session_factory() as s:
        assert s.get(Call, first).review_claimed_by == "qa-user"
        claim = repo.claim_call(s, s.get(Call, second), "zhang-lead", http_site.settings.review_claim_minutes)
        s.commit()
        assert claim.mine
    page = client.get(f"/calls/{second}").text
    assert ZH["claim.other"].split("{who}")[0] in page and "zhang-lead" in page.split('id="claim-note"')[1]
    with http_site.session_factory() as s:
        assert s.get(Call, second).review_claimed_by == "zhang-lead"  # not taken over
    queue = client.get("/queue").text
    row = queue.split(f'data-call="{second}"')[1].split("</tr>")[0]
    assert 'class="claim small"' in row and "zhang-lead" in row
    mine = queue.split(f'data-call="{first}"')[1].split("</tr>")[0]
    assert 'class="claim small"' not in mine  # your own claim is not flagged to you


def test_export_link_carries_the_queue_filters(client: TestClient, http_site: Site, sign_in) -> None:
    sign_in("compliance")
    page = client.get("/queue?category=threat&sort=date").text
    href = re.search(r'id="export-csv" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(href).query) == {"category": ["threat"], "review_state": ["open"], "format": ["csv"]}
    r = client.get(href)  # the page session is enough
    assert r.status_code == 200
    lines = r.content.decode("utf-8").splitlines()
    with http_site.session_factory() as s:
        expected = len(s.scalars(select(StoredFinding).where(StoredFinding.category == "threat",
                                                             StoredFinding.review_state == ReviewState.open)).all())
    assert len(lines) - 1 == expected
    sign_in("qa")
    assert 'id="export-csv"' not in client.get("/queue").text


def test_unknown_urls_get_an_html_404_in_the_ui_language(client: TestClient, sign_in) -> None:
    r = client.get("/no/such/page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert ZH["error.404"] in r.text and '<html lang="zh-CN">' in r.text
    sign_in("qa")
    client.get("/lang/en")
    r = client.get("/queue/nothing-here")
    assert r.status_code == 404 and EN["error.404"] in r.text and "qa-user" in r.text  # still signed in
    api = client.get("/v1/no-such-endpoint")
    assert api.status_code == 404 and api.headers["content-type"].startswith("application/json")


def test_every_category_has_a_label_and_a_colour() -> None:
    css = (REPO_ROOT / "api" / "static" / "app.css").read_text(encoding="utf-8")
    for category in CATEGORIES:
        assert f"category.{category}" in ZH and f"category.{category}" in EN, category
        assert f".cat-{category} {{" in css, category
    # 严重 (critical) and 高 (high) look different: solid versus outlined.
    critical = re.search(r"\.sev-critical \{([^}]*)\}", css).group(1)
    high = re.search(r"\.sev-high \{([^}]*)\}", css).group(1)
    assert "color: #fff" in critical and "color: #fff" not in high

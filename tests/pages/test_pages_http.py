"""Review pages over HTTP (TestClient): sessions, CSRF, roles, escaping, masking, numbers."""

from __future__ import annotations

import html
import json
import re
from http.cookies import SimpleCookie

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.i18n import MESSAGES
from api.routers.pages_data import evidence_spans, highlight
from api.session import SESSION_COOKIE
from qa_pipeline import jobs
from qa_pipeline.domain.review import ReviewState
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import ApiKey, AuditEntry, StoredFinding
from tests.pages.conftest import SAMPLE_AUDIO, XSS, Site, csrf_of


def open_finding(site: Site, call: str | None = None) -> StoredFinding:
    with site.session_factory() as s:
        stmt = select(StoredFinding).where(StoredFinding.review_state == ReviewState.open).order_by(StoredFinding.id)
        if call:
            stmt = stmt.where(StoredFinding.call_id == site.call_ids[call])
        return s.scalars(stmt).first()


def state_of(site: Site, finding_id: int) -> ReviewState:
    with site.session_factory() as s:
        return s.get(StoredFinding, finding_id).review_state


# --- sign-in and the session cookie ---------------------------------------------

@pytest.mark.parametrize("path", ["/queue", "/calls/1", "/dashboard", "/upload", "/"])
def test_pages_send_visitors_to_sign_in(client: TestClient, path: str) -> None:
    r = client.get(path, follow_redirects=True)
    assert r.url.path == "/login"
    assert 'name="api_key"' in r.text
    if path != "/":
        assert r.url.params["next"] == path
    assert client.get("/calls/1/status").status_code == 401


def test_sign_in_sets_a_signed_http_only_cookie_without_the_key(client: TestClient, http_site: Site) -> None:
    form = client.get("/login")
    r = client.post("/login", data={"api_key": http_site.keys["qa"], "csrf_token": csrf_of(form.text),
                                    "next": "/dashboard?x=1"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dashboard?x=1"
    header = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith(SESSION_COOKIE))
    attrs = header.lower()
    assert "httponly" in attrs and "secure" in attrs and "samesite=lax" in attrs
    value = SimpleCookie(header)[SESSION_COOKIE].value
    secret = http_site.keys["qa"]
    assert secret not in value and repo.hash_key(secret) not in value
    assert "qa-user" in client.get("/queue").text
    with http_site.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "session.login")) == 1

    # A forged or altered cookie is no session.
    body, mac = value.split(".")
    for forged in (body + "." + mac[:-2] + ("AA" if mac[-2:] != "AA" else "BB"), body[:-1] + "x." + mac, "abc"):
        client.cookies.clear()
        client.cookies.set(SESSION_COOKIE, forged)
        assert client.get("/queue", follow_redirects=False).status_code == 303


def test_wrong_key_and_forged_sign_in_are_refused(client: TestClient, http_site: Site) -> None:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"api_key": "qak_nope", "csrf_token": token}, follow_redirects=False)
    assert r.status_code == 401 and MESSAGES["zh-CN"]["login.bad_key"] in r.text
    r = client.post("/login", data={"api_key": http_site.keys["admin"], "csrf_token": "guess"}, follow_redirects=False)
    assert r.status_code == 403 and SESSION_COOKIE not in r.headers.get("set-cookie", "")
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"api_key": http_site.keys["admin"], "csrf_token": token},
                    headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert r.status_code == 403
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_sign_out_and_revoked_keys_end_the_session(client: TestClient, http_site: Site, sign_in) -> None:
    csrf = sign_in("compliance")
    assert client.post("/logout", data={}, follow_redirects=False).status_code == 403  # no CSRF token
    r = client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert client.get("/queue", follow_redirects=False).status_code == 303

    sign_in("compliance")
    with http_site.session_factory() as s:
        key = s.scalar(select(ApiKey).where(ApiKey.name == "compliance-user"))
        repo.revoke_api_key(s, key.id)
        s.commit()
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_review_posts_need_the_session_csrf_token(client: TestClient, http_site: Site, sign_in) -> None:
    csrf = sign_in("qa")
    f = open_finding(http_site)
    url = f"/findings/{f.id}/review"
    for data, headers in (({"decision": "confirm"}, {}),
                          ({"decision": "confirm", "csrf_token": "x" * len(csrf)}, {}),
                          ({"decision": "confirm", "csrf_token": csrf}, {"Origin": "https://evil.example"})):
        r = client.post(url, data=data, headers=headers, follow_redirects=False)
        assert r.status_code == 403, data
        assert MESSAGES["zh-CN"]["error.csrf"] in r.text
        assert state_of(http_site, f.id) == ReviewState.open
    r = client.post(url, data={"decision": "confirm", "comment": "坐席威胁", "csrf_token": csrf},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/calls/{f.call_id}?saved={f.id}&back=%2Fqueue#f-{f.id}"
    assert state_of(http_site, f.id) == ReviewState.confirmed
    # Confirming again is a conflict, shown on the page; nothing changes.
    r = client.post(url, data={"decision": "confirm", "csrf_token": csrf}, follow_redirects=True)
    assert MESSAGES["zh-CN"]["call.conflict"] in r.text
    r = client.post(url, data={"decision": "reopen", "comment": "再看看", "csrf_token": csrf}, follow_redirects=True)
    assert state_of(http_site, f.id) == ReviewState.open
    page = r.text
    assert "坐席威胁" in page and "再看看" in page and MESSAGES["zh-CN"]["call.reviewed"] in page


def test_unknown_or_malformed_ids_are_404_pages(client: TestClient, sign_in) -> None:
    csrf = sign_in("admin")
    for path in ("/calls/99999", "/calls/abc", "/calls/99999999999999999999999", "/calls/-1"):
        r = client.get(path)
        assert r.status_code == 404 and MESSAGES["zh-CN"]["error.404"] in r.text, path
        assert "admin-user" in r.text  # still signed in on the error page
    assert client.get("/calls/abc/status").status_code == 404
    r = client.post("/findings/99999/review", data={"decision": "confirm", "csrf_token": csrf})
    assert r.status_code == 404


def test_a_post_after_the_session_ended_goes_to_sign_in(client: TestClient, http_site: Site, sign_in) -> None:
    csrf = sign_in("qa")
    f = open_finding(http_site)
    client.cookies.clear()
    r = client.post(f"/findings/{f.id}/review", data={"decision": "confirm", "csrf_token": csrf},
                    headers={"Referer": f"https://testserver/calls/{f.call_id}"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/login?next=%2Fcalls%2F{f.call_id}"
    assert state_of(http_site, f.id) == ReviewState.open


# --- roles -----------------------------------------------------------------

def test_roles_match_the_api(client: TestClient, sign_in) -> None:
    sign_in("qa")
    assert client.get("/upload").status_code == 200
    r = client.get("/dashboard")
    assert r.status_code == 403 and "qa" in r.text
    assert 'href="/dashboard"' not in client.get("/queue").text

    sign_in("compliance")
    assert client.get("/dashboard").status_code == 200
    assert client.get("/upload").status_code == 403
    r = client.post("/upload", files={"audio": ("a.wav", b"RIFF", "audio/wav")}, data={"csrf_token": "x"})
    assert r.status_code == 403
    queue = client.get("/queue").text
    assert 'href="/dashboard"' in queue and 'href="/upload"' not in queue


# --- upload and the audio endpoint -------------------------------------------------

def test_upload_form_stores_the_recording_and_the_session_streams_it(client: TestClient, http_site: Site,
                                                                     sign_in) -> None:
    csrf = sign_in("qa")
    audio = (SAMPLE_AUDIO / "s-02.flac").read_bytes()
    meta = json.loads((SAMPLE_AUDIO / "s-02.json").read_text(encoding="utf-8"))
    r = client.post("/upload", data={"csrf_token": csrf, "agent_id": "a-99", "started_at": "2026-03-02T21:30",
                                     "timezone": "Asia/Shanghai"},
                    files={"audio": ("s-02.flac", audio, "audio/flac"),
                           "metadata_file": ("s-02.json", json.dumps(meta).encode(), "application/json")},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    call_id = int(r.headers["location"].rsplit("/", 1)[1])
    page = client.get(r.headers["location"]).text
    assert f'data-poll="/calls/{call_id}/status"' in page  # queued: the page polls its status
    assert client.get(f"/calls/{call_id}/status").json()["status"] == "queued"
    with http_site.session_factory() as s:
        call = repo.get_call(s, call_id)
        assert (call.external_id, call.agent_id) == ("s-02", "a-99")  # form fields override the sidecar
        assert call.started_at.isoformat() == "2026-03-02T13:30:00+00:00"  # callee-local time from the form
        assert call.call_metadata["debtor_id"] == "d-10877"

    # The <audio> element: the API's audio endpoint, authorised by the session cookie, with ranges.
    r = client.get(f"/v1/calls/{call_id}/audio", headers={"Range": "bytes=100-199"})
    assert r.status_code == 206 and r.content == audio[100:200]
    # The cookie authorises reads only; writes still need the key.
    r = client.post("/v1/calls/transcripts", json={"call_id": "z", "started_at": "2026-03-02T10:00:00+08:00",
                                                    "utterances": []})
    assert r.status_code == 401
    with TestClient(http_site.app, base_url=http_site.base_url) as stranger:
        assert stranger.get(f"/v1/calls/{call_id}/audio").status_code == 401

    # Bad input comes back as a message on the form, and nothing is stored.
    r = client.post("/upload", data={"csrf_token": csrf},
                    files={"audio": ("x.flac", audio, "audio/flac"),
                           "metadata_file": ("x.json", b"{not json", "application/json")})
    zh = MESSAGES["zh-CN"]
    alert = r.text.split('id="upload-error">')[1].split("</p>")[0]
    assert r.status_code == 400 and zh["upload.invalid"].format(field=zh["upload.field.metadata"]) in alert
    assert "not valid JSON" not in alert  # one language: no English mixed into the Chinese page
    r = client.post("/upload", data={"csrf_token": csrf, "started_at": "2026-03-02T10:00"},
                    files={"audio": ("notes.txt", b"hello", "text/plain")})
    alert = r.text.split('id="upload-error">')[1].split("</p>")[0]
    assert r.status_code == 400 and zh["upload.field.audio"] in alert and not re.search(r"[A-Za-z]{4,}", alert)
    client.get("/lang/en")
    r = client.post("/upload", data={"csrf_token": csrf, "started_at": "2026-03-02T10:00"},
                    files={"audio": ("notes.txt", b"hello", "text/plain")})
    assert r.status_code == 400 and "notes.txt" in r.text  # the English page gives the validator's words
    client.get("/lang/zh-CN")
    with http_site.session_factory() as s:
        assert len(repo.list_calls(s, repo.CallFilter(external_id="x")).items) == 0


# --- escaping and masking ----------------------------------------------------------

def test_user_text_is_escaped_everywhere(client: TestClient, http_site: Site, sign_in) -> None:
    csrf = sign_in("admin")
    call_id = http_site.call_ids["xss"]
    f = open_finding(http_site, "xss")
    r = client.post(f"/findings/{f.id}/review", data={"decision": "dismiss", "comment": "备注" + XSS,
                                                      "csrf_token": csrf}, follow_redirects=True)
    assert r.status_code == 200
    queue = client.get("/queue?state=all&agent_id=" + "a-" + XSS).text
    for page in (r.text, queue):
        assert "<script>window.__xss" not in page and "<img src=x" not in page
        assert html.escape("<script>window.__xss=1</script>", quote=False) in page.replace("&#34;", '"')
    assert page.count("&lt;script&gt;") >= 1
    assert "a-" + html.escape(XSS, quote=False)[:20] in r.text.replace("&#34;", '"')  # agent id, as text
    assert f"/calls/{call_id}" in queue


def test_highlight_escapes_each_piece_and_maps_normalized_offsets() -> None:
    assert str(highlight("<b>老赖</b>&", [(3, 5)])) == '&lt;b&gt;<mark class="ev">老赖</mark>&lt;/b&gt;&amp;'
    assert str(highlight("a<b", [(0, 3), (1, 2), (5, 9)])) == '<mark class="ev">a&lt;b</mark>'
    # Normalized text collapses whitespace and turns traditional characters into simplified ones;
    # spans point into it and are mapped back onto the text as stored.
    raw = "你這個   老賴，<i>快還錢"
    spans = evidence_spans(raw, {"spans": [{"start": 4, "end": 6}], "matched": ["老赖"]})
    assert [raw[a:b] for a, b in spans] == ["老賴"]
    assert str(highlight(raw, spans)) == '你這個   <mark class="ev">老賴</mark>，&lt;i&gt;快還錢'
    assert evidence_spans("abc", {"spans": [{"start": 2, "end": 99}], "matched": ["bc"]}) == [(1, 3)]


def test_phone_numbers_are_masked_for_qa(client: TestClient, http_site: Site, sign_in) -> None:
    doc = {"call_id": "pii-1", "started_at": "2026-03-03T10:00:00+08:00", "agent_id": "a-01",
           "utterances": [{"speaker": "agent", "start": 0, "end": 3, "text": "你这个老赖，打我电话13812345678"}]}
    accepted = jobs.accept_transcript(http_site.session_factory, Transcript.model_validate(doc),
                                            scanner=http_site.app.state.scanner_factory(),
                                            settings=http_site.settings)
    sign_in("qa")
    page = client.get(f"/calls/{accepted.call_id}").text
    assert "13812345678" not in page and "*******5678" in page
    assert '<mark class="ev">老赖</mark>' in page
    sign_in("compliance")
    assert "13812345678" in client.get(f"/calls/{accepted.call_id}").text


# --- queue, dashboard, language ---------------------------------------------------

def test_queue_counts_and_filters_agree_with_the_store(client: TestClient, http_site: Site, sign_in) -> None:
    sign_in("compliance")
    with http_site.session_factory() as s:
        open_by_cat = dict(s.execute(select(StoredFinding.category, func.count()).where(
            StoredFinding.review_state == ReviewState.open).group_by(StoredFinding.category)).all())
        threats = s.scalar(select(func.count()).select_from(StoredFinding).where(
            StoredFinding.review_state == ReviewState.open, StoredFinding.category == "threat"))
        open_calls = s.scalar(select(func.count(func.distinct(StoredFinding.call_id))).where(
            StoredFinding.review_state == ReviewState.open))
        threat_calls = s.scalar(select(func.count(func.distinct(StoredFinding.call_id))).where(
            StoredFinding.review_state == ReviewState.open, StoredFinding.category == "threat"))
    page = client.get("/queue").text
    assert MESSAGES["zh-CN"]["queue.count_calls"].format(calls=open_calls, n=sum(open_by_cat.values())) in page
    assert f'<option value="threat">{MESSAGES["zh-CN"]["category.threat"]} ({open_by_cat["threat"]})</option>' in page
    page = client.get("/queue?category=threat").text
    assert MESSAGES["zh-CN"]["queue.count_calls"].format(calls=threat_calls, n=threats) in page
    rows = re.findall(r'<span class="badge cat cat-(\w+)">', page.split("<tbody>")[1])
    assert rows and set(rows) == {"threat"} and page.count('<tr class="qrow"') == min(threat_calls, 50)
    assert 'class="badge state state-open"' in page and "state-confirmed\"" not in page.split("<tbody>")[1]
    page = client.get("/queue?category=threat&date_from=2026-03-02&date_to=2026-03-02&state=all").text
    days = re.findall(r'<td class="nowrap">(\d{4}-\d\d-\d\d) ', page)
    assert days and set(days) == {"2026-03-02"}
    assert client.get("/queue?date_from=bad&cursor=zzz&category=" + "x" * 500).status_code == 200


def test_dashboard_numbers_agree_with_the_summary_report(client: TestClient, http_site: Site, sign_in) -> None:
    sign_in("compliance")
    page = client.get("/dashboard").text
    with http_site.session_factory() as s:
        counts = repo.summary(s, repo.FindingFilter())
        open_total = s.scalar(select(func.count()).select_from(StoredFinding).where(
            StoredFinding.review_state == ReviewState.open))
    assert f'<div class="stat-n" id="stat-open">{open_total}</div>' in page
    best = max(counts["agent"], key=lambda c: (c.by_state["confirmed"], c.total))
    top = re.search(r'<table class="plain top" id="top-agents">.*?<tbody>\s*<tr><td><code>([^<]+)</code></td>\s*'
                    r'<td class="num">(\d+)</td>', page, re.DOTALL)
    assert top and int(top.group(2)) == best.by_state["confirmed"]
    bars = re.findall(r'data-category="(\w+)" data-count="(\d+)"', page)
    by_cat: dict[str, int] = {}
    for cat, n in bars:
        by_cat[cat] = by_cat.get(cat, 0) + int(n)
    assert by_cat == {c.key: c.total for c in counts["category"]}
    empty = client.get("/dashboard?date_from=2020-01-01&date_to=2020-01-31").text
    assert 'id="no-chart"' in empty


def test_language_switch_and_catalogues(client: TestClient, sign_in) -> None:
    assert set(MESSAGES["zh-CN"]) == set(MESSAGES["en"])
    sign_in("admin")
    assert "待审队列" in client.get("/queue").text
    r = client.get("/lang/en?next=/dashboard", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dashboard"
    page = client.get("/dashboard").text
    assert '<html lang="en">' in page and "Findings per day by category" in page
    assert client.get("/lang/zh-CN?next=//evil.example/x", follow_redirects=False).headers["location"] == "/queue"
    assert '<html lang="zh-CN">' in client.get("/queue").text


def test_pages_send_security_headers(client: TestClient, sign_in) -> None:
    sign_in("admin")
    r = client.get("/queue")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "'unsafe-inline'" not in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY" and r.headers["cache-control"] == "no-store"
    assert client.get("/static/app.css").status_code == 200


def test_a_finding_that_needs_listening_says_why_on_the_call_page(client: TestClient, http_site: Site,
                                                                   sign_in, page_scanner) -> None:
    """An identity answer nobody could make out: the finding is marked, with the reason and the answer's time."""
    unclear = Transcript.model_validate({
        "call_id": "u-001", "started_at": "2026-03-04T10:00:00+08:00",
        "utterances": [
            {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "您好，请问是王建国先生本人吗？"},
            {"speaker": "customer", "start": 4.5, "end": 5.0, "text": "吃的"},
            {"speaker": "agent", "start": 6.0, "end": 9.0,
             "text": "您在我们平台的借款已经逾期三十天了，欠款五千元。"}]})
    accepted = jobs.accept_transcript(http_site.session_factory, unclear, scanner=page_scanner,
                                      settings=http_site.settings, actor="test")
    sign_in("qa")
    page = client.get(f"/calls/{accepted.call_id}").text
    assert "需听录音确认" in page and "00:04.5" in page and "没有听清" in page
    assert 'data-start="4.5"' in page
    sign_in("admin")
    clear = client.get(f"/calls/{http_site.call_ids['xss']}").text  # literal findings on a confirmed answer
    assert "需听录音确认" not in clear

"""Issue 14 on the review pages: masking of ids and errors for the qa role."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import update

from qa_pipeline import jobs
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.store.models import Call
from tests.pages.conftest import Site


def test_call_id_debtor_and_error_are_masked_on_pages_for_qa(client: TestClient, http_site: Site, sign_in) -> None:
    """14.2: a file named 13812345678.wav becomes the call id: masked in the queue, call view and status."""
    doc = {"call_id": "13812345678", "started_at": "2026-03-03T10:00:00+08:00", "agent_id": "a-01",
           "debtor_id": "110101199003071234", "mobile": 13912345678,
           "utterances": [{"speaker": "agent", "start": 0, "end": 3, "text": "你这个老赖，不要脸"}]}
    accepted = jobs.accept_transcript(http_site.session_factory, Transcript.model_validate(doc),
                                      scanner=http_site.app.state.scanner_factory(), settings=http_site.settings)
    with http_site.session_factory() as s:
        s.execute(update(Call).where(Call.id == accepted.call_id).values(error="13712345678.wav: bad"))
        s.commit()
    sign_in("qa")
    queue = "/queue?state=all&agent_id=a-01&date_from=2026-03-03&date_to=2026-03-03"
    pages = [client.get(f"/calls/{accepted.call_id}").text, client.get(queue).text,
             client.get(f"/calls/{accepted.call_id}/status").text]
    for page in pages:
        for raw in ("13812345678", "110101199003071234", "13912345678", "13712345678"):
            assert raw not in page, raw
    assert "*******5678" in pages[0] and "*******5678" in pages[1]
    sign_in("compliance")
    assert "13812345678" in client.get(f"/calls/{accepted.call_id}").text


def _copied_client(client: TestClient, http_site: Site) -> TestClient:
    """Another browser holding a copy of the signed-in cookie."""
    from api.session import SESSION_COOKIE

    other = TestClient(http_site.app, base_url=http_site.base_url)
    other.cookies.set(SESSION_COOKIE, client.cookies.get(SESSION_COOKIE))
    return other


def test_sign_out_ends_the_session_on_the_server_for_copied_cookies(client: TestClient, http_site: Site,
                                                                   sign_in) -> None:
    """14.8: a copied cookie and its CSRF token stop working once its owner signs out."""
    from sqlalchemy import select

    from qa_pipeline.store.models import AuditEntry, StoredFinding

    csrf = sign_in("compliance")
    copy = _copied_client(client, http_site)
    assert copy.get("/queue", follow_redirects=False).status_code == 200
    assert client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
    assert copy.get("/queue", follow_redirects=False).status_code == 303  # sent to sign in
    with http_site.session_factory() as s:
        finding_id = s.scalars(select(StoredFinding.id)).first()
    r = copy.post(f"/findings/{finding_id}/review", data={"decision": "confirm", "csrf_token": csrf},
                  follow_redirects=False)
    assert r.status_code in (303, 401, 403) and "/calls/" not in r.headers.get("location", "")
    with http_site.session_factory() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "session.logout")).first() is not None


def test_idle_sessions_and_revoked_keys_end_on_the_server(client: TestClient, http_site: Site, sign_in) -> None:
    from datetime import timedelta

    from sqlalchemy import select, update

    from qa_pipeline.store import repository as repo
    from qa_pipeline.store.models import ApiKey, WebSession, utcnow

    sign_in("compliance")
    idle = http_site.settings.session_idle_seconds
    with http_site.session_factory() as s:
        s.execute(update(WebSession).values(last_seen_at=utcnow() - timedelta(seconds=idle + 5)))
        s.commit()
    assert client.get("/queue", follow_redirects=False).status_code == 303

    sign_in("compliance")
    with http_site.session_factory() as s:
        key = s.scalar(select(ApiKey).where(ApiKey.name == "compliance-user"))
        repo.revoke_api_key(s, key.id)
        s.commit()
        live = s.scalars(select(WebSession).where(WebSession.api_key_id == key.id,
                                                  WebSession.ended_at.is_(None))).all()
    assert live == []
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_dashboard_and_queue_dates_out_of_range_are_clamped(client: TestClient, sign_in) -> None:
    """14.9: /dashboard?date_from=0001-01-01 (and friends) answered 500."""
    sign_in("compliance")
    for query in ("date_from=0001-01-01", "date_to=0001-01-05", "date_from=9999-12-31",
                  "date_from=0001-01-01&date_to=9999-12-31"):
        assert client.get(f"/dashboard?{query}").status_code == 200, query
        assert client.get(f"/queue?{query}").status_code == 200, query

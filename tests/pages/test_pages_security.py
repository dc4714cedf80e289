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
    pages = [client.get(f"/calls/{accepted.call_id}").text, client.get("/queue?state=all&agent_id=a-01&date_from=2026-03-03&date_to=2026-03-03").text,
             client.get(f"/calls/{accepted.call_id}/status").text]
    for page in pages:
        for raw in ("13812345678", "110101199003071234", "13912345678", "13712345678"):
            assert raw not in page, raw
    assert "*******5678" in pages[0] and "*******5678" in pages[1]
    sign_in("compliance")
    assert "13812345678" in client.get(f"/calls/{accepted.call_id}").text

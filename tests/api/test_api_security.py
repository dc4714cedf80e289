"""Issue 14: security fixes seen through the API."""

from __future__ import annotations

from sqlalchemy import update

from qa_pipeline.store.models import Call


def test_audio_route_serves_only_the_recordings_store(app, client, keys, submitted, settings) -> None:
    """14.1: even a call row pointing at session.key (or ../) never serves it."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    (settings.data_dir / "session.key").write_bytes(b"0123456789abcdef0123456789abcdef")
    (settings.data_dir / "recordings").mkdir(exist_ok=True)
    for audio_path in ("session.key", "recordings/../session.key"):
        with app.state.session_factory() as s:
            s.execute(update(Call).where(Call.id == submitted["id"]).values(audio_path=audio_path))
            s.commit()
        r = client.get(f"/v1/calls/{submitted['id']}/audio", headers=keys["admin"])
        assert r.status_code == 404, audio_path
        assert b"0123456789abcdef" not in r.content


PII_TRANSCRIPT = {
    "call_id": "13812345678", "started_at": "2026-03-02T10:05:00+08:00", "agent_id": "a-17",
    "debtor_id": "110101199003071234", "mobile": 13912345678,
    "callee": {"relation": "debtor", "timezone": "Asia/Shanghai"},
    "utterances": [{"speaker": "agent", "start": 0.0, "end": 2.0, "text": "你这个老赖"}],
}
RAW = ["13812345678", "110101199003071234", "13912345678", "13712345678"]


def test_qa_sees_ids_file_name_error_and_integer_metadata_masked(app, client, keys) -> None:
    """14.2: top-level debtor_id, external_id, audio.filename, error and integer metadata values."""
    r = client.post("/v1/calls/transcripts", json=PII_TRANSCRIPT, headers=keys["qa"])
    assert r.status_code == 201, r.text
    call_id = r.json()["id"]
    with app.state.session_factory() as s:
        s.execute(update(Call).where(Call.id == call_id).values(
            audio_path="recordings/ab/x.flac", audio_filename="13712345678.flac",
            error="decoding 13712345678.flac failed"))
        s.commit()
    qa = client.get(f"/v1/calls/{call_id}", headers=keys["qa"]).json()
    listed = client.get("/v1/calls", headers=keys["qa"]).text
    for raw in RAW:
        assert raw not in str(qa) and raw not in listed, raw
    assert qa["external_id"] == "*******5678" and qa["debtor_id"] == "**************1234"
    assert qa["audio"]["filename"] == "*******5678.flac" and qa["metadata"]["mobile"] == "*******5678"
    admin = client.get(f"/v1/calls/{call_id}", headers=keys["admin"]).json()
    assert admin["external_id"] == "13812345678" and admin["metadata"]["mobile"] == 13912345678
    assert admin["audio"]["filename"] == "13712345678.flac"


def test_access_log_query_strings_are_masked() -> None:
    """14.2: uvicorn's access line with ?external_id=13812345678 is masked."""
    import logging

    from api.access_log import MaskingAccessFilter

    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5000", "GET", "/v1/calls?external_id=13812345678&q=138%2C1234%2C5678",
                                "1.1", 200), None)
    assert MaskingAccessFilter().filter(record)
    line = record.getMessage()
    assert "13812345678" not in line and "5678" in line and "138%2C1234" not in line


# --- 14.4 bounds -------------------------------------------------------------

def _bounded_app(settings, empty_store, **limits):
    from api.main import create_app
    from tests.api.conftest import make_keys

    app = create_app(settings.model_copy(update=limits), session_factory=empty_store)
    return app, make_keys(app)


def test_json_bodies_over_the_limit_are_413_with_and_without_content_length(settings, empty_store) -> None:
    import json as _json

    from fastapi.testclient import TestClient

    from tests.api.helpers import TRANSCRIPT

    app, keys = _bounded_app(settings, empty_store, max_json_body_bytes=4096)
    body = _json.dumps({**TRANSCRIPT, "note": "x" * 10_000}).encode()

    def chunked():  # no Content-Length: the server must count what streams in
        for i in range(0, len(body), 1000):
            yield body[i:i + 1000]

    with TestClient(app) as client:
        headers = {**keys["qa"], "Content-Type": "application/json"}
        for route in ("/v1/calls/transcripts", "/v1/rules/test"):
            sized = client.post(route, content=body, headers=headers)
            streamed = client.post(route, content=chunked(), headers=headers)
            for r in (sized, streamed):
                assert r.status_code == 413, (route, r.text)
                assert "QA_MAX_JSON_BODY_BYTES" in r.json()["detail"] and r.json()["field"] == "body"
        assert client.get("/v1/calls", headers=keys["admin"]).json()["items"] == []


def test_chunked_upload_over_the_limit_is_413_and_stops_reading(settings, empty_store) -> None:
    from fastapi.testclient import TestClient

    app, keys = _bounded_app(settings, empty_store, max_upload_bytes=10_000)
    boundary = "b0undary"
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n'
            '{"started_at": "2026-03-02T10:05:00+08:00"}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="audio"; filename="a.wav"\r\n'
            'Content-Type: audio/wav\r\n\r\n').encode()
    def chunked():
        yield head
        for _ in range(200):  # 12.8 MB, no Content-Length
            yield b"\0" * 65536
        yield f"\r\n--{boundary}--\r\n".encode()

    with TestClient(app) as client:
        r = client.post("/v1/calls", content=chunked(),
                        headers={**keys["qa"], "Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code == 413 and "QA_MAX_UPLOAD_BYTES" in r.json()["detail"]
    assert r.json()["field"] == "audio"
    tmp = settings.data_dir / "tmp"
    assert not tmp.exists() or not any(tmp.iterdir())


def test_body_limit_stops_reading_a_chunked_body_at_the_limit(settings) -> None:
    """The middleware itself: a body streamed in chunks is read only up to its limit."""
    import asyncio

    import pytest

    from api.limits import BodyLimit, BodyTooLarge

    limits = settings.model_copy(update={"max_json_body_bytes": 10_000})
    pulled = 0

    async def receive():
        nonlocal pulled
        pulled += 4096
        return {"type": "http.request", "body": b"x" * 4096, "more_body": True}  # never ends

    async def inner(scope, receive, send):
        while (await receive()).get("more_body"):
            pass

    scope = {"type": "http", "method": "POST", "path": "/v1/calls/transcripts", "headers": []}
    with pytest.raises(BodyTooLarge, match="QA_MAX_JSON_BODY_BYTES"):
        asyncio.run(BodyLimit(inner, limits)(scope, receive, None))
    assert pulled <= 10_000 + 4096


def test_transcript_and_rule_test_bounds_are_422_naming_the_setting(settings, empty_store) -> None:
    from fastapi.testclient import TestClient

    from tests.api.helpers import TRANSCRIPT

    app, keys = _bounded_app(settings, empty_store, max_transcript_utterances=3, max_utterance_chars=50)
    many = {**TRANSCRIPT, "utterances": TRANSCRIPT["utterances"] * 2}
    long = {**TRANSCRIPT, "utterances": [{**TRANSCRIPT["utterances"][0], "text": "好" * 51}]}
    with TestClient(app) as client:
        r = client.post("/v1/calls/transcripts", json=many, headers=keys["qa"])
        assert r.status_code == 422 and r.json()["field"] == "utterances"
        assert "QA_MAX_TRANSCRIPT_UTTERANCES" in r.json()["detail"]
        r = client.post("/v1/calls/transcripts", json=long, headers=keys["qa"])
        assert r.status_code == 422 and r.json()["field"] == "utterances[0].text"
        assert "QA_MAX_UTTERANCE_CHARS" in r.json()["detail"]
        r = client.post("/v1/rules/test", json={"transcript": many}, headers=keys["qa"])
        assert r.status_code == 422 and r.json()["field"] == "transcript.utterances"
        r = client.post("/v1/rules/test", json={"text": "好" * 51}, headers=keys["qa"])
        assert r.status_code == 422 and r.json()["field"] == "text" and "QA_MAX_UTTERANCE_CHARS" in r.json()["detail"]
        assert client.get("/v1/calls", headers=keys["admin"]).json()["items"] == []


# --- 14.12 ---------------------------------------------------------------------

def test_api_json_csv_and_audio_are_no_store(client, keys, submitted) -> None:
    for path in (f"/v1/calls/{submitted['id']}", "/v1/findings", "/v1/reports/summary?format=csv"):
        r = client.get(path, headers=keys["admin"])
        assert r.status_code == 200 and r.headers["cache-control"] == "no-store", path
    r = client.get(f"/v1/calls/{submitted['id']}/audio", headers=keys["admin"])  # 404 (a transcript): no-store too
    assert r.headers["cache-control"] == "no-store"


def test_a_new_sqlite_file_is_private(tmp_path) -> None:
    import stat

    from sqlalchemy import text

    from qa_pipeline.store.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'new' / 'qa.sqlite3'}")
    try:
        with engine.connect() as conn:
            conn.execute(text("CREATE TABLE t (x INTEGER)"))
            conn.commit()
    finally:
        engine.dispose()
    assert stat.S_IMODE((tmp_path / "new" / "qa.sqlite3").stat().st_mode) == 0o600

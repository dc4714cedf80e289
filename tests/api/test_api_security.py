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

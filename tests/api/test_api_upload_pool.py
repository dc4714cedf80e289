"""Issue 14.3: an upload holds at most one pooled database connection at a time."""

from __future__ import annotations

import io
import json
import math
import struct
import wave
from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient
from sqlalchemy.engine import URL

from api.main import create_app
from qa_pipeline.config import Settings
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import make_engine, make_session_factory
from qa_pipeline.store.models import Role

UPLOADS = 8
METADATA = json.dumps({"started_at": "2026-03-02T10:05:00+08:00", "agent_id": "a-1"})


def tone_wav(frequency: float, seconds: float = 0.5, rate: int = 8000) -> bytes:
    """A short mono 16-bit WAV; each frequency gives a different file (and content hash)."""
    frames = b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * frequency * i / rate)))
                      for i in range(int(seconds * rate)))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)
    return out.getvalue()


def test_concurrent_uploads_on_a_one_connection_pool_all_succeed(settings: Settings, database_url: URL,
                                                                 empty_store) -> None:
    engine = make_engine(database_url, pool_size=1, max_overflow=0, pool_timeout=5)
    try:
        session_factory = make_session_factory(engine)
        with session_factory() as s:
            _, secret = repo.create_api_key(s, "qa-user", Role.qa)
            s.commit()
        app = create_app(settings, session_factory=session_factory)
        with TestClient(app) as client:
            def upload(i: int) -> int:
                files = {"audio": (f"tone-{i}.wav", tone_wav(300 + 50 * i), "audio/wav")}
                r = client.post("/v1/calls", files=files, data={"metadata": METADATA},
                                headers={"X-API-Key": secret})
                return r.status_code

            with ThreadPoolExecutor(UPLOADS) as pool:
                codes = list(pool.map(upload, range(UPLOADS)))
        assert codes == [202] * UPLOADS
        assert engine.pool.checkedout() == 0
    finally:
        engine.dispose()

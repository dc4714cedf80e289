"""A recording through the whole product: upload -> in-process worker (real
Whisper model, real rule pack) -> findings listed -> reviewed -> report."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from qa_pipeline.domain.transcript import CallMetadata, Transcript, parse_transcript
from tests.api.helpers import SAMPLE_AUDIO

pytestmark = pytest.mark.asr


def wait_for(client, url, headers, timeout=900.0) -> dict:  # a safety net, not a timing test
    deadline = time.monotonic() + timeout
    while True:
        call = client.get(url, headers=headers).json()
        if call["status"] in ("done", "failed") or time.monotonic() > deadline:
            return call
        time.sleep(0.5)


def test_uploaded_recording_is_transcribed_scanned_reviewed_and_reported(settings, empty_store, keys_for):
    app = create_app(settings.model_copy(update={"worker": "inprocess"}), session_factory=empty_store)
    keys = keys_for(app)
    sidecar = json.loads((SAMPLE_AUDIO / "s-02.json").read_text(encoding="utf-8"))
    metadata = {k: v for k, v in sidecar.items() if k not in ("expected", "script")}
    with TestClient(app) as client:
        r = client.post("/v1/calls", headers=keys["qa"], data={"metadata": json.dumps(metadata)},
                        files={"audio": ("s-02.flac", (SAMPLE_AUDIO / "s-02.flac").read_bytes(), "audio/flac")})
        assert r.status_code == 202, r.text
        assert r.json()["status"] == "queued"
        call = wait_for(client, r.json()["url"], keys["qa"])
        assert call["status"] == "done", call["error"]
        assert call["external_id"] == "s-02" and call["pack_version"]
        assert len(call["utterances"]) >= 6
        assert {u["speaker"] for u in call["utterances"]} == {"agent", "customer"}

        threats = client.get("/v1/findings", params={"call_id": call["id"], "category": "threat"},
                             headers=keys["qa"]).json()["items"]
        assert threats, "s-02 has the agent threatening to expose the debt"
        expected = {e["utterance_index"] for e in sidecar["expected"] if e["category"] == "threat"}
        assert expected & {f["utterance_index"] for f in threats}
        flag = threats[0]
        assert flag["start"] is not None and flag["end"] > flag["start"]
        assert flag["evidence"]["matched"]

        # The flagged moment is playable: the recording streams from a byte offset.
        audio = client.get(f"/v1/calls/{call['id']}/audio", headers={**keys["qa"], "Range": "bytes=1000-"})
        assert audio.status_code == 206

        before = client.get("/v1/reports/summary", headers=keys["compliance"]).json()
        r = client.post(f"/v1/findings/{flag['id']}/reviews", json={"decision": "confirm", "comment": "exposure"},
                        headers=keys["qa"])
        assert r.status_code == 201
        after = client.get("/v1/reports/summary", headers=keys["compliance"]).json()

        def confirmed(report, section, key):
            return next(row["confirmed"] for row in report[section] if row["key"] == key)

        assert confirmed(after, "by_category", "threat") == confirmed(before, "by_category", "threat") + 1
        assert confirmed(after, "by_agent", metadata["agent_id"]) == confirmed(before, "by_agent",
                                                                             metadata["agent_id"]) + 1
        assert after["total"] == before["total"]


class OneLineTranscriber:
    def __init__(self) -> None:
        self.paths = []

    def transcribe(self, path, metadata: CallMetadata | None = None) -> Transcript:
        self.paths.append(path)
        return parse_transcript({**metadata.model_dump(mode="json"), "utterances": [
            {"speaker": "agent", "start": 0.5, "end": 3.0, "text": "你这个骗子，再不还钱就打断你的腿。"}]})


def test_calls_queued_while_no_worker_ran_are_processed_when_the_app_starts(settings, empty_store, keys_for):
    offline = create_app(settings, session_factory=empty_store)  # worker = external: nothing processes
    keys = keys_for(offline)
    meta = {"call_id": "s-03", "started_at": "2026-03-03T16:10:00+08:00"}
    with TestClient(offline) as client:
        r = client.post("/v1/calls", headers=keys["qa"], data={"metadata": json.dumps(meta)},
                        files={"audio": ("s-03.flac", (SAMPLE_AUDIO / "s-03.flac").read_bytes())})
        url = r.json()["url"]
        assert client.get(url, headers=keys["qa"]).json()["status"] == "queued"
    asr = OneLineTranscriber()
    online = create_app(settings.model_copy(update={"worker": "inprocess"}), session_factory=empty_store,
                        transcriber_factory=lambda: asr)
    with TestClient(online) as client:
        online.state.worker.wait_idle(timeout=60)
        call = client.get(url, headers=keys["qa"]).json()
    assert call["status"] == "done" and len(asr.paths) == 1
    assert {f["category"] for f in call["findings"]} >= {"abuse", "threat"}

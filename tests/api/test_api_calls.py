"""Calls: transcripts, uploads, listing, detail, audio streaming, bad input."""

from __future__ import annotations

import json

import pytest

from tests.api.helpers import SAMPLE_AUDIO, TRANSCRIPT

FLAC = SAMPLE_AUDIO / "s-01.flac"
META = {"call_id": "s-01", "started_at": "2026-03-02T10:05:00+08:00", "agent_id": "a-17"}


def upload(client, headers, data: bytes | None = None, name: str = "s-01.flac", meta: object = META):
    files = {"audio": (name, FLAC.read_bytes() if data is None else data, "application/octet-stream")}
    form = {"metadata": meta if isinstance(meta, str) else json.dumps(meta)}
    return client.post("/v1/calls", files=files, data=form, headers=headers)


def snapshot(client, keys) -> list:
    r = client.get("/v1/calls", headers=keys["admin"], params={"limit": 500})
    return [(c["id"], c["status"], c["external_id"]) for c in r.json()["items"]]


def test_submitted_transcript_comes_back_scanned(client, keys):
    r = client.post("/v1/calls/transcripts", json=TRANSCRIPT, headers=keys["qa"])
    assert r.status_code == 201
    call = r.json()
    assert call["status"] == "done" and call["source"] == "transcript"
    assert call["external_id"] == "c-001" and call["call_date"] == "2026-03-02"
    assert [u["index"] for u in call["utterances"]] == [0, 1, 2, 3]
    assert {"threat", "abuse"} <= {f["category"] for f in call["findings"]}
    assert all(f["pack_version"] == call["pack_version"] for f in call["findings"])
    again = client.post("/v1/calls/transcripts", json=TRANSCRIPT, headers=keys["qa"])
    assert again.status_code == 200 and again.json()["id"] == call["id"]


def test_personal_numbers_are_masked_for_qa_only(client, keys, submitted):
    call_id = submitted["id"]
    as_qa = client.get(f"/v1/calls/{call_id}", headers=keys["qa"]).json()
    as_compliance = client.get(f"/v1/calls/{call_id}", headers=keys["compliance"]).json()
    assert "13812345678" in as_compliance["utterances"][2]["text"]
    assert "13812345678" in as_compliance["metadata"]["callee"]["phone"]
    qa_text = json.dumps(as_qa, ensure_ascii=False)
    assert "13812345678" not in qa_text and "*******5678" in qa_text
    assert as_qa["metadata"]["callee"]["phone"] == "*******5678"
    flagged = [f for f in as_qa["findings"] if f["utterance_index"] == 2]
    assert flagged and all("*******5678" in f["text"] for f in flagged)
    listed = client.get("/v1/findings", params={"call_id": call_id}, headers=keys["qa"]).text
    assert "13812345678" not in listed and "*******5678" in listed
    assert "13812345678" in client.get("/v1/findings", params={"call_id": call_id}, headers=keys["admin"]).text


def test_upload_is_accepted_once_per_recording(client, keys):
    r = upload(client, keys["qa"])
    assert r.status_code == 202
    body = r.json()
    assert body["status"] == "queued" and body["created"] is True and body["url"] == f"/v1/calls/{body['id']}"
    again = upload(client, keys["qa"], name="renamed.flac", meta=META)
    assert again.status_code == 200
    assert again.json()["id"] == body["id"] and again.json()["created"] is False
    call = client.get(f"/v1/calls/{body['id']}", headers=keys["compliance"]).json()
    assert call["external_id"] == "s-01" and call["status"] == "queued"
    assert call["audio"]["filename"] == "s-01.flac" and call["audio"]["bytes"] == FLAC.stat().st_size


def test_the_same_recording_with_other_metadata_is_a_conflict_naming_the_fields(client, keys):
    """Issue 14.15: the new metadata used to be dropped without a word."""
    first = upload(client, keys["qa"], meta={**META, "callee": {"relation": "debtor", "phone": "13812345678"}})
    assert first.status_code == 202
    call_id = first.json()["id"]
    same_instant = {**META, "started_at": "2026-03-02T02:05:00Z",
                    "callee": {"relation": "debtor", "phone": "13812345678"}}
    assert upload(client, keys["qa"], meta=same_instant).status_code == 200  # the same metadata, spelled otherwise
    other = {**META, "agent_id": "a-99", "callee": {"relation": "spouse", "phone": "13812345678"}, "team": "t-2"}
    r = upload(client, keys["qa"], meta=other)
    assert r.status_code == 409
    body = r.json()
    assert body["call_id"] == call_id and body["field"] == "metadata"
    assert body["fields"] == ["agent_id", "callee.relation", "team"]
    assert f"call {call_id}" in body["detail"] and "agent_id, callee.relation, team" in body["detail"]
    call = client.get(f"/v1/calls/{call_id}", headers=keys["compliance"]).json()  # nothing changed
    assert call["agent_id"] == "a-17" and call["metadata"]["callee"]["relation"] == "debtor"
    assert "team" not in call["metadata"]
    assert len(snapshot(client, keys)) == 1


def test_call_id_defaults_to_the_file_name(client, keys):
    r = upload(client, keys["qa"], name="rec-0042.flac", meta={"started_at": META["started_at"]})
    assert r.status_code == 202
    assert client.get(r.json()["url"], headers=keys["qa"]).json()["external_id"] == "rec-0042"


def test_audio_streams_with_range_requests(client, keys):
    call_id = upload(client, keys["qa"]).json()["id"]
    data = FLAC.read_bytes()
    full = client.get(f"/v1/calls/{call_id}/audio", headers=keys["qa"])
    assert full.status_code == 200 and full.content == data
    assert full.headers["content-type"] == "audio/flac" and full.headers["accept-ranges"] == "bytes"
    part = client.get(f"/v1/calls/{call_id}/audio", headers={**keys["qa"], "Range": "bytes=100-199"})
    assert part.status_code == 206
    assert part.content == data[100:200]
    assert part.headers["content-range"] == f"bytes 100-199/{len(data)}"
    tail = client.get(f"/v1/calls/{call_id}/audio", headers={**keys["qa"], "Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == data[-10:]
    beyond = client.get(f"/v1/calls/{call_id}/audio", headers={**keys["qa"], "Range": f"bytes={len(data) + 5}-"})
    assert beyond.status_code == 416


def test_transcript_calls_have_no_audio(client, keys, submitted):
    r = client.get(f"/v1/calls/{submitted['id']}/audio", headers=keys["qa"])
    assert r.status_code == 404 and "no recording" in r.json()["detail"]


def test_list_calls_filters_and_pages(client, keys, submitted):
    upload(client, keys["qa"])
    upload(client, keys["qa"], data=(SAMPLE_AUDIO / "s-02.flac").read_bytes(), name="s-02.flac",
           meta={**META, "call_id": "s-02", "agent_id": "a-99", "started_at": "2026-03-05T10:00:00+08:00"})
    h = keys["compliance"]
    first = client.get("/v1/calls", params={"limit": 2}, headers=h).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    second = client.get("/v1/calls", params={"limit": 2, "cursor": first["next_cursor"]}, headers=h).json()
    assert len(second["items"]) == 1 and second["next_cursor"] is None
    ids = [c["id"] for c in first["items"] + second["items"]]
    assert ids == sorted(ids, reverse=True)
    done = client.get("/v1/calls", params={"status": "done"}, headers=h).json()["items"]
    assert [c["id"] for c in done] == [submitted["id"]]
    by_agent = client.get("/v1/calls", params={"agent_id": "a-99"}, headers=h).json()["items"]
    assert [c["external_id"] for c in by_agent] == ["s-02"]
    by_date = client.get("/v1/calls", params={"date_from": "2026-03-04"}, headers=h).json()["items"]
    assert [c["external_id"] for c in by_date] == ["s-02"]


@pytest.mark.parametrize("kwargs, status, field, words", [
    ({"data": b""}, 400, "audio", "empty"),
    ({"data": "不是录音".encode() * 100, "name": "x.wav"}, 415, "audio", "not a recording"),
    ({"data": (SAMPLE_AUDIO / "s-01.flac").read_bytes()[:200_000], "name": "cut.flac"}, 400, "audio", ""),
    ({"data": b"%PDF-1.7", "name": "x.pdf"}, 415, "audio", "supported"),
    ({"name": "../../etc/cron.d/x.flac"}, 400, "audio", "plain name"),
    ({"meta": {"call_id": "x"}}, 400, "metadata.started_at", "required"),
    ({"meta": {"call_id": "x", "started_at": "2026-03-02T10:05:00"}}, 400, "metadata.started_at", "offset"),
    ({"meta": "{not json"}, 400, "metadata", "JSON"),
    ({"meta": "[1, 2]"}, 400, "metadata", "object"),
    ({"meta": {**META, "callee": {"timezone": "Mars/Base"}}}, 400, "metadata.callee.timezone", "Mars"),
    ({"meta": {**META, "started_at": "9999-12-31T23:59:59-05:00"}}, 400, "metadata.started_at", "plausible"),
    ({"meta": {**META, "agent_id": "a\u0000"}}, 400, "metadata.agent_id", "NUL"),
])
def test_bad_uploads_get_a_clear_4xx_and_change_nothing(client, keys, submitted, kwargs, status, field, words):
    upload(client, keys["qa"], data=(SAMPLE_AUDIO / "s-03.flac").read_bytes(), name="s-03.flac")
    before = snapshot(client, keys)
    r = upload(client, keys["qa"], **kwargs)
    assert r.status_code == status, r.text
    body = r.json()
    assert body["field"] == field
    assert field in body["detail"] and words in body["detail"]
    assert snapshot(client, keys) == before


def test_upload_missing_a_part_names_it(client, keys):
    r = client.post("/v1/calls", data={"metadata": json.dumps(META)}, headers=keys["qa"])
    assert r.status_code == 422 and r.json()["field"] == "audio"
    r = client.post("/v1/calls", files={"audio": ("a.flac", FLAC.read_bytes())}, headers=keys["qa"])
    assert r.status_code == 422 and r.json()["field"] == "metadata"


def test_upload_over_the_size_limit_is_413(client, keys, settings):
    big = FLAC.read_bytes() * 4  # over the 3 MB limit of the test settings
    assert len(big) > settings.max_upload_bytes
    r = upload(client, keys["qa"], data=big)
    assert r.status_code == 413 and r.json()["field"] == "audio"
    assert snapshot(client, keys) == []
    # Declared too large: refused before the body is read.
    r = client.post("/v1/calls", content=b"x", headers={**keys["qa"], "Content-Length": str(50_000_000),
                                                        "Content-Type": "multipart/form-data; boundary=x"})
    assert r.status_code == 413


@pytest.mark.parametrize("body, field", [
    ({**TRANSCRIPT, "started_at": None}, "started_at"),
    ({k: v for k, v in TRANSCRIPT.items() if k != "call_id"}, "call_id"),
    ({**TRANSCRIPT, "utterances": [{"speaker": "robot", "start": 0, "end": 1, "text": "x"}]},
     "utterances[0].speaker"),
    ({**TRANSCRIPT, "utterances": [{"speaker": "agent", "start": 5, "end": 1, "text": "x"}]}, "utterances[0]"),
    ({**TRANSCRIPT, "agent_id": "a\x00b"}, "agent_id"),
    ({**TRANSCRIPT, "started_at": "0001-01-01T00:00:00+05:00"}, "started_at"),
])
def test_bad_transcripts_name_the_field(client, keys, body, field):
    """Refused with 422 naming the field; nothing is stored."""
    r = client.post("/v1/calls/transcripts", json=body, headers=keys["qa"])
    assert r.status_code in (400, 422), r.text
    assert r.json()["field"] == field
    assert snapshot(client, keys) == []


def test_infinite_times_are_refused(client, keys):
    body = json.dumps(TRANSCRIPT).replace('"end": 12.0', '"end": Infinity')
    r = client.post("/v1/calls/transcripts", content=body, headers={**keys["qa"], "Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["field"] == "utterances[3].end"
    assert snapshot(client, keys) == []


@pytest.mark.parametrize("path", ["/v1/calls/999999", "/v1/calls/999999/audio"])
def test_unknown_calls_are_404(client, keys, path):
    r = client.get(path, headers=keys["qa"])
    assert r.status_code == 404 and "999999" in r.json()["detail"]


@pytest.mark.parametrize("params, field", [
    ({"status": "sleeping"}, "status"),
    ({"date_from": "yesterday"}, "date_from"),
    ({"date_from": "2026-03-05", "date_to": "2026-03-01"}, "date_to"),
    ({"limit": 0}, "limit"),
    ({"cursor": "nope"}, "cursor"),
])
def test_bad_call_filters_are_422(client, keys, params, field):
    r = client.get("/v1/calls", params=params, headers=keys["qa"])
    assert r.status_code == 422 and r.json()["field"] == field


def test_call_ids_out_of_range_are_422_not_errors(client, keys):
    assert client.get("/v1/calls/0", headers=keys["qa"]).status_code == 422
    assert client.get(f"/v1/calls/{2**70}", headers=keys["qa"]).status_code == 422
    assert client.get("/v1/calls/abc", headers=keys["qa"]).json()["field"] == "call_id"

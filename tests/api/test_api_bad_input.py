"""Issue 14.9/14.12: inputs that used to answer 500 answer 422 naming the field; nothing is stored."""

from __future__ import annotations

import json

import pytest

from tests.api.helpers import SAMPLE_AUDIO, TRANSCRIPT

BAD_ZONES = ["Asia", "A" * 300, "Asia/" + "x" * 300, "../../etc/passwd"]


def _nested(depth: int) -> dict:
    value: dict = {}
    for _ in range(depth):
        value = {"n": value}
    return value


@pytest.mark.parametrize("zone", BAD_ZONES)
def test_bad_timezones_are_422_naming_the_field(client, keys, zone) -> None:
    body = {**TRANSCRIPT, "callee": {"relation": "debtor", "timezone": zone}}
    r = client.post("/v1/calls/transcripts", json=body, headers=keys["qa"])
    assert r.status_code == 422 and "timezone" in r.json()["field"], r.text
    r = client.post("/v1/rules/test", json={"transcript": body}, headers=keys["qa"])
    assert r.status_code == 422 and "timezone" in r.json()["field"], r.text
    files = {"audio": ("s-01.flac", (SAMPLE_AUDIO / "s-01.flac").read_bytes(), "application/octet-stream")}
    meta = {"started_at": "2026-03-02T10:05:00+08:00", "callee": {"timezone": zone}}
    r = client.post("/v1/calls", files=files, data={"metadata": json.dumps(meta)}, headers=keys["qa"])
    assert r.status_code in (400, 422) and "timezone" in r.json()["field"], r.text
    assert client.get("/v1/calls", headers=keys["admin"]).json()["items"] == []


def test_deeply_nested_metadata_is_422(client, keys) -> None:
    body = {**TRANSCRIPT, "extra": _nested(500)}
    r = client.post("/v1/calls/transcripts", content=json.dumps(body), headers={**keys["qa"],
                    "Content-Type": "application/json"})
    assert r.status_code == 422, r.text[:300]
    files = {"audio": ("s-01.flac", (SAMPLE_AUDIO / "s-01.flac").read_bytes(), "application/octet-stream")}
    meta = {"started_at": "2026-03-02T10:05:00+08:00", "extra": _nested(500)}
    r = client.post("/v1/calls", files=files, data={"metadata": json.dumps(meta)}, headers=keys["qa"])
    assert r.status_code in (400, 422) and r.json()["field"].startswith("metadata"), r.text[:300]
    assert client.get("/v1/calls", headers=keys["admin"]).json()["items"] == []


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_in_metadata_are_422(client, keys, value) -> None:
    text = json.dumps({**TRANSCRIPT, "score": 1.0}).replace('"score": 1.0', f'"score": {value}')
    r = client.post("/v1/calls/transcripts", content=text, headers={**keys["qa"], "Content-Type": "application/json"})
    assert r.status_code == 422 and "score" in (r.json()["field"] or "") , r.text[:300]
    files = {"audio": ("s-01.flac", (SAMPLE_AUDIO / "s-01.flac").read_bytes(), "application/octet-stream")}
    meta = f'{{"started_at": "2026-03-02T10:05:00+08:00", "score": {value}}}'
    r = client.post("/v1/calls", files=files, data={"metadata": meta}, headers=keys["qa"])
    assert r.status_code in (400, 422) and "score" in (r.json()["field"] or ""), r.text[:300]
    assert client.get("/v1/calls", headers=keys["admin"]).json()["items"] == []


def test_metadata_nested_5000_deep_is_refused_without_a_500(client, keys) -> None:
    deep = '{"n": ' * 5000 + "{}" + "}" * 5000
    body = json.dumps(TRANSCRIPT)[:-1] + ', "extra": ' + deep + "}"
    r = client.post("/v1/calls/transcripts", content=body, headers={**keys["qa"], "Content-Type": "application/json"})
    assert r.status_code in (400, 422), r.text[:300]
    files = {"audio": ("s-01.flac", (SAMPLE_AUDIO / "s-01.flac").read_bytes(), "application/octet-stream")}
    meta = '{"started_at": "2026-03-02T10:05:00+08:00", "extra": ' + deep + "}"
    r = client.post("/v1/calls", files=files, data={"metadata": meta}, headers=keys["qa"])
    assert r.status_code in (400, 422) and r.json()["field"].startswith("metadata"), r.text[:300]
    assert client.get("/v1/calls", headers=keys["admin"]).json()["items"] == []


@pytest.mark.parametrize("field", ["call_id", "agent_id", "debtor_id", "team"])
def test_metadata_strings_over_the_column_length_leave_no_file_behind(client, keys, settings, field) -> None:
    """14.10: refused before the recording is moved into recordings/ (no orphan files)."""
    files = {"audio": ("s-01.flac", (SAMPLE_AUDIO / "s-01.flac").read_bytes(), "application/octet-stream")}
    meta = {"started_at": "2026-03-02T10:05:00+08:00", field: "x" * 201}
    r = client.post("/v1/calls", files=files, data={"metadata": json.dumps(meta)}, headers=keys["qa"])
    assert r.status_code in (400, 422) and r.json()["field"] == f"metadata.{field}", r.text[:300]
    recordings = settings.data_dir / "recordings"
    assert not recordings.exists() or not any(p.is_file() for p in recordings.rglob("*"))
    body = {**TRANSCRIPT, field: "x" * 201}
    r = client.post("/v1/calls/transcripts", json=body, headers=keys["qa"])
    assert r.status_code in (400, 422) and r.json()["field"] == field, r.text[:300]
    assert client.get("/v1/calls", headers=keys["admin"]).json()["items"] == []

"""The transcript contract: valid input loads, bad input names file and field."""

from __future__ import annotations

import json

import pytest

from qa_pipeline.domain.transcript import load_transcript, parse_transcript
from qa_pipeline.errors import TranscriptError

GOOD = {"call_id": "c-1", "started_at": "2026-03-02T10:05:00+08:00",
        "callee": {"relation": "debtor", "timezone": "Asia/Shanghai"}, "agent_id": "a-17",
        "utterances": [{"speaker": "agent", "start": 0.0, "end": 2.1, "text": "您好"}]}


def write(tmp_path, data, name="call.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_good_transcript_loads(tmp_path):
    t = load_transcript(write(tmp_path, GOOD))
    assert t.call_id == "c-1" and t.utterances[0].speaker == "agent"
    assert t.started_at.utcoffset().total_seconds() == 8 * 3600


@pytest.mark.parametrize("callee", [None, "omit"])
def test_z_suffix_and_defaults(tmp_path, callee):
    data = {**GOOD, "started_at": "2026-03-02T02:05:00Z", "callee": callee}
    if callee == "omit":
        del data["callee"]
    t = load_transcript(write(tmp_path, data))
    assert t.callee.relation == "debtor" and t.callee.timezone is None
    assert t.started_at.utcoffset().total_seconds() == 0


@pytest.mark.parametrize("mutate,field,words", [
    (lambda d: d.pop("started_at"), "started_at", "is required"),
    (lambda d: d.update(started_at="2026-03-02T10:05:00"), "started_at", "UTC offset"),
    (lambda d: d.update(started_at="yesterday"), "started_at", "datetime"),
    (lambda d: d["utterances"][0].update(speaker="robot"), "utterances[0].speaker", "agent"),
    (lambda d: d["callee"].update(timezone="Mars/Olympus"), "callee.timezone", "unknown IANA timezone"),
    (lambda d: d["callee"].update(relation="cousin"), "callee.relation", "debtor"),
    (lambda d: d["utterances"][0].update(end=-1), "utterances[0].end", "greater than or equal"),
    (lambda d: d["utterances"][0].pop("text"), "utterances[0].text", "is required"),
])
def test_bad_fields_are_named(tmp_path, mutate, field, words):
    data = json.loads(json.dumps(GOOD))
    mutate(data)
    path = write(tmp_path, data)
    with pytest.raises(TranscriptError) as err:
        load_transcript(path)
    message = str(err.value)
    assert message.startswith(f"{path}: {field}: "), message
    assert words in message


@pytest.mark.parametrize("content,words", [
    ('{"call_id": "c-1", ', "invalid JSON at line 1"),
    ("[1, 2]", "expected a JSON object"),
    ("", "invalid JSON"),
])
def test_bad_json_is_reported_with_the_file(tmp_path, content, words):
    path = write(tmp_path, content)
    with pytest.raises(TranscriptError) as err:
        load_transcript(path)
    assert str(err.value).startswith(str(path)) and words in str(err.value)


def test_binary_file_is_not_utf8(tmp_path):
    path = tmp_path / "x.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(TranscriptError, match="not UTF-8"):
        load_transcript(path)


def test_team_is_dumped_only_when_given():
    """A call without a team dumps exactly as before `team` existed, so stored transcripts keep their
    content hash (the call's identity); one with a team keeps it."""
    doc = {"call_id": "c-1", "started_at": "2026-03-02T10:05:00+08:00", "utterances": []}
    assert "team" not in parse_transcript(doc).model_dump()
    assert "team" not in parse_transcript(doc).metadata().model_dump(mode="json")
    assert parse_transcript({**doc, "team": "east"}).model_dump()["team"] == "east"
    assert parse_transcript({**doc, "team": "east"}).metadata().team == "east"

"""`qa-pipeline transcribe` as a user runs it."""

from __future__ import annotations

import json
import os

import pytest

from qa_pipeline.domain.transcript import parse_transcript
from tests.asr_fixtures import clip_with_sidecar

pytestmark = pytest.mark.asr

CLIP_SECONDS = 8.5  # s-01's identity question and the customer's answer


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    return clip_with_sidecar(d / "short.flac", "s-01", CLIP_SECONDS, call_id="c-short")


def _bad(tmp_path):
    bad = tmp_path / "broken.wav"
    bad.write_text("this is a text file, not a recording\n", encoding="utf-8")
    bad.with_suffix(".json").write_text(json.dumps({"call_id": "c-bad", "started_at": "2026-03-02T10:00:00+08:00"}))
    return bad


def test_one_good_one_bad_file(tmp_path, cli, good):
    bad = _bad(tmp_path)
    result = cli("transcribe", str(bad), str(good))
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(bad) in errors[0] and "text file" in errors[0]
    lines = result.stdout.splitlines()
    assert len(lines) == 1  # JSON lines: the good recording only
    transcript = parse_transcript(json.loads(lines[0]))
    assert transcript.call_id == "c-short" and not transcript.roles_inferred
    speakers = [u.speaker for u in transcript.utterances]
    assert speakers[:2] == ["agent", "customer"]
    assert "本人" in transcript.utterances[0].text
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal


def test_out_dir_gets_one_file_per_call(tmp_path, cli, good):
    out = tmp_path / "out"
    result = cli("transcribe", str(good), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    written = json.loads((out / "c-short.json").read_text("utf-8"))
    assert written["call_id"] == "c-short" and written["utterances"]
    assert written["asr"]["beam_size"] >= 1 and "raw_text" in written["utterances"][0]
    assert [p.name for p in out.iterdir()] == ["c-short.json"]


def test_missing_sidecar_and_missing_file(tmp_path, cli):
    lonely = tmp_path / "lonely.wav"
    lonely.write_bytes(b"RIFF")
    result = cli("transcribe", str(lonely), str(tmp_path / "nowhere.flac"))
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert str(tmp_path / "lonely.json") in errors[0] and "sidecar" in errors[0]
    assert str(tmp_path / "nowhere.flac") in errors[1] and "not found" in errors[1]


def test_missing_model_is_explained(tmp_path, cli, good):
    env = {**os.environ, "QA_WHISPER_MODEL": str(tmp_path / "no-model")}
    result = cli("transcribe", str(good), env=env)
    assert result.returncode == 2
    assert "make setup" in result.stderr and str(tmp_path / "no-model") in result.stderr
    assert "Traceback" not in result.stderr

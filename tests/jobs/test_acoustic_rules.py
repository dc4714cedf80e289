"""Acoustic measures stored per call during processing, and rules on them, on
the recordings rendered for it (tests/audio/acoustic: shouting, overtalk,
a long silence; each sidecar says what was built in)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from api.schemas import call_detail
from qa_pipeline import jobs
from qa_pipeline.domain.acoustics import CallSound
from qa_pipeline.domain.context import CallContext
from qa_pipeline.domain.transcript import CallMetadata, Transcript, parse_metadata, parse_transcript
from qa_pipeline.engine import Scanner
from qa_pipeline.errors import RulePackError
from qa_pipeline.jobs.process import process_call
from qa_pipeline.speech.sound import measure_recording
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Call, StoredFinding

REPO = Path(__file__).resolve().parents[2]
ACOUSTIC = REPO / "tests" / "audio" / "acoustic"
FIXTURE_PACK = REPO / "tests" / "engine" / "fixture_pack"


def sidecar(name: str) -> dict:
    return json.loads((ACOUSTIC / f"{name}.json").read_text("utf-8"))


class ScriptTranscriber:
    """The recording's script as its transcript: the test is about the measures and rules, not ASR."""

    def __init__(self, name: str) -> None:
        self.script = sidecar(name)["script"]

    def transcribe(self, path: Path, metadata: CallMetadata | None = None) -> Transcript:
        assert metadata is not None
        return parse_transcript({**metadata.model_dump(mode="json"), "utterances": self.script})


def process_recording(session_factory, settings, scanner, name: str) -> Call:
    meta = {k: v for k, v in sidecar(name).items() if k not in ("script", "expected", "acoustic_expected",
                                                                 "description")}
    with (ACOUSTIC / f"{name}.flac").open("rb") as stream:
        accepted = jobs.accept_recording(session_factory, settings, stream, f"{name}.flac", parse_metadata(meta),
                                         default_timezone="Asia/Shanghai")
    assert process_call(session_factory, accepted.call_id, settings=settings, scanner=scanner,
                        transcriber=ScriptTranscriber(name)).status == "done"
    with session_factory() as s:
        call = s.get(Call, accepted.call_id)
        assert call is not None
        s.expunge(call)
        return call


def findings_of(session_factory, call_id: int) -> list[StoredFinding]:
    with session_factory() as s:
        return list(s.scalars(select(StoredFinding).where(StoredFinding.call_id == call_id)))


def test_a_shouted_threat_is_stored_with_its_measures_and_its_own_critical_finding(session_factory, settings,
                                                                                     scanner):
    expected = sidecar("ac-shout")["acoustic_expected"]
    call = process_recording(session_factory, settings, scanner, "ac-shout")
    sound = CallSound.model_validate(call.acoustics)
    loud = expected["loud_utterance_index"]
    turn = sound.turn(loud)
    assert turn is not None and turn.sustained_db_above_baseline is not None
    assert turn.sustained_db_above_baseline == pytest.approx(expected["loud_minus_median_db"], abs=1.5)
    quiet = [i for i in expected["agent_utterance_indices"] if i != loud]
    assert all((sound.turn(i).sustained_db_above_baseline or 0) < 3 for i in quiet)
    found = findings_of(session_factory, call.id)
    shouted = [f for f in found if f.rule_id == "cn.acoustic.shouted_threat"]
    assert [(f.utterance_index, f.severity, f.category) for f in shouted] == [(loud, "critical", "threat")]
    assert any(f.category == "threat" and f.utterance_index == loud and f.rule_id != "cn.acoustic.shouted_threat"
               for f in found)
    assert "持续音量" in shouted[0].evidence["explanation"]
    assert not [f for f in found if f.rule_id == "cn.acoustic.shouted_abuse"]
    # The call's detail (GET /v1/calls/{id}) carries the measures.
    with session_factory() as s:
        detail = call_detail(repo.get_call(s, call.id, full=True), mask=False)
    assert detail.acoustics == sound


def test_overtalk_and_silence_are_measured_once_and_kept(session_factory, settings, scanner):
    overtalk = sidecar("ac-overtalk")["acoustic_expected"]
    call = process_recording(session_factory, settings, scanner, "ac-overtalk")
    sound = CallSound.model_validate(call.acoustics)
    assert sound.mode == "stereo" and sound.overtalk_count == overtalk["overlap_count"]
    for built in overtalk["overlaps"]:
        turn = sound.turn(built["utterance_index"])
        assert turn is not None and turn.talk_over_s == pytest.approx(built["seconds"], abs=0.15)
    assert sound.overtalk_seconds == pytest.approx(overtalk["overlap_total_s"], abs=0.3)
    # A re-scan reads the stored measures (the recording is not measured again).
    (Path(settings.data_dir) / call.audio_path).unlink()
    assert process_call(session_factory, call.id, settings=settings, scanner=scanner, force=True).status == "done"

    silence = sidecar("ac-silence")["acoustic_expected"]
    quiet = CallSound.model_validate(process_recording(session_factory, settings, scanner, "ac-silence").acoustics)
    assert quiet.longest_silence_s == pytest.approx(silence["longest_silence_s"], abs=0.3)


def test_acoustic_selections_use_pack_thresholds_or_their_own(tmp_path: Path):
    pack = tmp_path / "pack"
    shutil.copytree(FIXTURE_PACK, pack)
    (pack / "rules" / "talk_over.yaml").write_text("""
id: fx.talk_over
title: talk-over
category: threat
severity: low
description: the agent talks over the callee for more than a second
references: [test]
scope: call
detection:
  selections:
    over: {acoustic: talk_over, over: 1.0}
  condition: over
examples:
  flag:
    - turns: [{agent: 你听我说}]
      acoustics: {turns: [{utterance_index: 0, talk_over_s: 1.5}]}
  ok:
    - turns: [{agent: 你听我说}]
      acoustics: {turns: [{utterance_index: 0, talk_over_s: 0.5}]}
""", encoding="utf-8")
    (pack / "rules" / "silence.yaml").write_text("""
id: fx.silence
title: long silence
category: threat
severity: info
description: a long silence in the call
references: [test]
scope: call
detection:
  selections:
    quiet: {acoustic: long_silence}
  condition: quiet
examples:
  flag:
    - acoustics: {longest_silence_s: 20}
  ok:
    - acoustics: {longest_silence_s: 5}
""", encoding="utf-8")
    scanner = Scanner.load(pack / "rules")
    meta = sidecar("ac-overtalk")
    transcript = parse_transcript({"call_id": "ac-overtalk", "started_at": meta["started_at"],
                                   "utterances": meta["script"]})
    sound = measure_recording(ACOUSTIC / "ac-overtalk.flac", transcript.utterances)
    found = scanner.scan(transcript, CallContext(acoustics=sound)).findings
    assert sorted(f.utterance_index for f in found if f.rule_id == "fx.talk_over") == [4]  # 1.2 s; 0.8 s is not
    assert not [f for f in found if f.rule_id == "fx.silence"]  # under the default 15 s
    # A submitted transcript has no measures: acoustic selections never hold.
    assert not [f for f in scanner.scan(transcript).findings if f.rule_id in ("fx.talk_over", "fx.silence")]
    bad = pack / "rules" / "bad.yaml"
    bad.write_text((pack / "rules" / "silence.yaml").read_text(encoding="utf-8")
                   .replace("id: fx.silence", "id: fx.bad").replace("{acoustic: long_silence}",
                                                                     "{terms: [安静], over: 3}"), encoding="utf-8")
    with pytest.raises(RulePackError, match="over applies to acoustic selections only"):
        Scanner.load(pack / "rules")

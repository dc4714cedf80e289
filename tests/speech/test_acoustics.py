"""Acoustic measures of a call (qa_pipeline.speech.acoustics) on recordings
rendered with known values (tests/audio/acoustic: an `acoustic_expected`
block in each sidecar), on ordinary sample calls, and on small signals made
here.

Decoding is fast and the measures are numpy only, so everything but the
last test (which transcribes with the Whisper model) is in the fast tier.
"""

from __future__ import annotations

import dataclasses
import json
import re
from functools import cache
from pathlib import Path

import numpy as np
import pytest

import qa_pipeline.speech.acoustics as acoustics
from qa_pipeline.domain.transcript import Utterance
from qa_pipeline.speech.acoustics import (
    AcousticThresholds,
    CallAcoustics,
    count_characters,
    measure_call,
    measure_mono,
    measure_stereo,
)
from qa_pipeline.speech.audio import SAMPLE_RATE, AudioSource, DecodedAudio, decode_audio
from tests.asr_fixtures import REPO, SAMPLES

ACOUSTIC = REPO / "tests" / "audio" / "acoustic"
MONO_MIXES = REPO / "tests" / "audio" / "mono"

# Tolerances against the values the recordings were built with.
OVERLAP_TOL_S = 0.15
SILENCE_TOL_S = 0.3
LOUD_TOL_DB = 1.5
RATE_TOL = 0.15


def _path(name: str) -> Path:
    for folder in (ACOUSTIC, SAMPLES, MONO_MIXES):
        if (folder / f"{name}.flac").is_file():
            return folder / f"{name}.flac"
    raise FileNotFoundError(name)


@cache
def _recording(name: str) -> tuple[DecodedAudio, dict]:
    path = _path(name)
    return decode_audio(path), json.loads(path.with_suffix(".json").read_text("utf-8"))


def _utterances(meta: dict) -> list[Utterance]:
    return [Utterance.model_validate(line) for line in meta["script"]]


def _agent_channel(meta: dict) -> int:
    return (meta.get("channels") or {}).get("agent", 0)


@cache
def _measured(name: str) -> CallAcoustics:
    audio, meta = _recording(name)
    return measure_call(audio, _utterances(meta), _agent_channel(meta))


def _expected(name: str) -> dict:
    return _recording(name)[1]["acoustic_expected"]


def _with_channels(audio: DecodedAudio, channels: tuple[np.ndarray, ...]) -> DecodedAudio:
    return dataclasses.replace(audio, channels=tuple(np.asarray(c, dtype=np.float32) for c in channels))


# --------------------------------------------------------------------------
# The rendered recordings
# --------------------------------------------------------------------------


def _check_overtalk(m: CallAcoustics, expected: dict, index_of=lambda i: i) -> None:
    assert m.overtalk_count == expected["overlap_count"] == 2
    for got, built, heard in zip(m.overtalks, expected["overlaps"], expected["measured"]["overlaps"]):
        assert got.by == "agent"
        assert got.duration_s == pytest.approx(heard["seconds"], abs=OVERLAP_TOL_S)
        assert got.duration_s == pytest.approx(built["seconds"], abs=OVERLAP_TOL_S)
        assert got.start == pytest.approx(built["start"], abs=OVERLAP_TOL_S)
        assert got.end == pytest.approx(built["end"], abs=OVERLAP_TOL_S)
        assert got.utterance_index == index_of(built["utterance_index"])
        assert got.interrupted_index == index_of(built["interrupted_index"])
    assert m.overtalk_seconds == pytest.approx(expected["measured"]["overlap_total_s"], abs=2 * OVERLAP_TOL_S)


def test_overtalk_the_agent_starting_over_the_customer_twice():
    m = _measured("ac-overtalk")
    _check_overtalk(m, _expected("ac-overtalk"))
    assert m.overlaps == m.overtalks  # nobody else talks over anyone
    assert m.mode == "stereo" and m.silences == () and m.longest_silence_s == 0.0
    assert m.shouting_indices == ()


def _check_silence(m: CallAcoustics, expected: dict) -> None:
    assert m.longest_silence is not None
    assert m.longest_silence_s == pytest.approx(expected["longest_silence_s"], abs=SILENCE_TOL_S)
    assert m.longest_silence.start == pytest.approx(expected["longest_silence_start"], abs=SILENCE_TOL_S)
    assert m.longest_silence.end == pytest.approx(expected["longest_silence_end"], abs=SILENCE_TOL_S)
    assert len(m.silences) == 1  # the pauses between ordinary turns are all under min_silence_s


def test_silence_the_twelve_seconds_on_hold():
    m = _measured("ac-silence")
    expected = _expected("ac-silence")
    _check_silence(m, expected)
    assert m.longest_silence is not None
    assert m.longest_silence.after_utterance == expected["after_utterance_index"]
    assert m.longest_silence.before_utterance == expected["before_utterance_index"]
    assert m.overtalk_count == 0 and m.overlaps == ()


def test_silence_is_counted_only_when_at_least_the_minimum():
    audio, meta = _recording("ac-silence")
    longer = measure_call(audio, _utterances(meta), thresholds=AcousticThresholds(min_silence_s=13.0))
    assert longer.silences == () and longer.longest_silence is None and longer.longest_silence_s == 0.0
    shorter = measure_call(audio, _utterances(meta), thresholds=AcousticThresholds(min_silence_s=0.8))
    # The ordinary pauses between turns of 0.9-1.2 s now count too; the long one stays the longest.
    assert len(shorter.silences) > 1
    assert shorter.longest_silence == _measured("ac-silence").longest_silence
    assert all(s.duration_s >= 0.8 for s in shorter.silences)


def _check_shout(m: CallAcoustics, expected: dict, loud: int, agent: list[int]) -> None:
    assert m.loudest_turn_index == loud
    assert m.loudest_turn_db_above_baseline == pytest.approx(expected["loud_minus_median_db"], abs=LOUD_TOL_DB)
    assert m.shouting_indices == (loud,)
    turn = m.for_utterance(loud)
    assert turn.shouting and turn.sustained_db_above_baseline is not None
    assert turn.sustained_db_above_baseline >= m.thresholds.shout_db
    for i in agent:
        if i != loud:
            above = m.for_utterance(i).db_above_baseline
            assert above is not None and abs(above) < 3.0, (i, above)


def test_shout_the_one_turn_twelve_db_above_the_agents_baseline():
    m = _measured("ac-shout")
    expected = _expected("ac-shout")
    _check_shout(m, expected, expected["loud_utterance_index"], expected["agent_utterance_indices"])
    assert m.agent_baseline_dbfs == pytest.approx(expected["agent_median_dbfs"], abs=LOUD_TOL_DB)
    loud = m.for_utterance(expected["loud_utterance_index"])
    assert loud.level_dbfs == pytest.approx(expected["measured"]["agent_turn_level_dbfs"]["6"], abs=LOUD_TOL_DB)
    # The callee's turns are measured against the callee's own baseline: none stands out.
    customer = [u for u in m.utterances if u.speaker == "customer" and u.db_above_baseline is not None]
    assert customer and all(abs(u.db_above_baseline or 0.0) < 3.0 for u in customer)
    assert m.overtalk_count == 0 and m.silences == ()


def _check_rate(m: CallAcoustics, expected: dict, index_of=lambda i: i) -> None:
    fast = index_of(expected["fast_utterance_index"])
    turns = {index_of(t["utterance_index"]): t for t in expected["agent_turns"]}
    rated = {i: m.for_utterance(i).rate_cpm for i in turns if m.for_utterance(i).rate_cpm is not None}
    assert max(rated, key=lambda i: rated[i] or 0.0) == fast
    assert rated[fast] == pytest.approx(turns[fast]["chars_per_minute"], rel=RATE_TOL)
    others = [r for i, r in rated.items() if i != fast]
    assert others and max(r or 0.0 for r in others) < 0.85 * (rated[fast] or 0.0)
    median = float(np.median([t["chars_per_minute"] for t in expected["agent_turns"]]))
    assert m.agent_rate_cpm == pytest.approx(median, rel=RATE_TOL)


def test_rate_the_one_fast_turn():
    m = _measured("ac-rate")
    expected = _expected("ac-rate")
    _check_rate(m, expected)
    for turn in expected["agent_turns"]:
        got = m.for_utterance(turn["utterance_index"])
        assert got.characters == turn["characters"]
        # Over the script span, pauses included: the rendered definition exactly.
        assert got.span_rate_cpm == pytest.approx(turn["chars_per_minute"], rel=0.005)
        # Over the speech heard inside it: between that and the rate without the punctuation pauses.
        assert got.rate_cpm is not None
        assert turn["chars_per_minute"] * (1 - RATE_TOL) <= got.rate_cpm
        assert got.rate_cpm <= turn["chars_per_minute_without_pauses"] * (1 + RATE_TOL)
    assert m.shouting_indices == () and m.overtalk_count == 0


@pytest.mark.parametrize("name", ["ac-overtalk", "ac-silence", "ac-shout", "ac-rate"])
def test_the_other_measures_stay_ordinary_in_each_recording(name):
    """Each recording is built to differ in one measure only."""
    m = _measured(name)
    if name != "ac-overtalk":
        assert m.overtalk_count == 0
    if name != "ac-silence":
        assert m.longest_silence_s == 0.0
    if name != "ac-shout":
        assert m.shouting_indices == ()
        assert m.loudest_turn_db_above_baseline is not None and m.loudest_turn_db_above_baseline < 3.0
    if name != "ac-rate":
        rates = [u.rate_cpm for u in m.utterances if u.speaker == "agent" and u.rate_cpm is not None]
        assert rates and max(rates) < 380


@pytest.mark.parametrize("name", ["s-01", "s-05", "s-09", "s-15", "s-01-mono"])
def test_an_ordinary_call_has_no_overtalk_no_shouting_and_no_long_silence(name):
    """s-01 a plain stereo call, s-05 the agent on the right channel, s-09 a
    mono sample, s-15 the loudest agent turn of the samples, s-01-mono a mix."""
    m = _measured(name)
    assert all(o.duration_s <= 0.5 for o in m.overtalks)
    assert m.overtalk_count == 0
    assert m.silences == ()
    assert m.loudest_turn_db_above_baseline is not None and m.loudest_turn_db_above_baseline < 6.0
    assert all((u.db_above_baseline or 0.0) < 6.0 for u in m.utterances)
    assert m.shouting_indices == ()
    assert m.agent_rate_cpm is not None and 240 <= m.agent_rate_cpm <= 360


def test_the_agent_channel_follows_the_channel_map():
    """s-05 has the customer on the left: measured the wrong way round, the
    agent's turns fall on the callee's channel and carry no speech."""
    audio, meta = _recording("s-05")
    assert _agent_channel(meta) == 1
    right = _measured("s-05")
    wrong = measure_call(audio, _utterances(meta), 0)
    agent = [i for i, line in enumerate(meta["script"]) if line["speaker"] == "agent"]
    assert all(right.for_utterance(i).speech_s > 1.0 for i in agent)
    heard = sum(right.for_utterance(i).speech_s for i in agent)
    assert sum(wrong.for_utterance(i).speech_s for i in agent) < 0.1 * heard


# --------------------------------------------------------------------------
# Robustness: VAD regions, gain, line noise, imprecise spans
# --------------------------------------------------------------------------


def _check_all(name: str, m: CallAcoustics) -> None:
    expected = _expected(name)
    if name == "ac-overtalk":
        _check_overtalk(m, expected)
    elif name == "ac-silence":
        _check_silence(m, expected)
    elif name == "ac-shout":
        _check_shout(m, expected, expected["loud_utterance_index"], expected["agent_utterance_indices"])
    else:
        _check_rate(m, expected)


RENDERED = ["ac-overtalk", "ac-silence", "ac-shout", "ac-rate"]


@pytest.mark.parametrize("name", RENDERED)
def test_silero_speech_regions_give_the_same_measures(name):
    """The transcriber's VAD regions (Silero through faster-whisper; no
    Whisper model is loaded) may limit the activity: same values."""
    from qa_pipeline.speech.model import speech_regions  # loads faster-whisper: only this test needs it

    audio, meta = _recording(name)
    regions = [speech_regions(ch) for ch in audio.channels]
    m = measure_call(audio, _utterances(meta), voice_regions=regions)
    _check_all(name, m)
    plain = _measured(name)
    assert m.longest_silence_s == pytest.approx(plain.longest_silence_s, abs=0.1)
    assert m.overtalk_seconds == pytest.approx(plain.overtalk_seconds, abs=0.1)


@pytest.mark.parametrize("name", RENDERED)
@pytest.mark.parametrize("gain_db", [-20.0, 6.0])
def test_the_recordings_gain_does_not_change_the_measures(name, gain_db):
    audio, meta = _recording(name)
    quieter = _with_channels(audio, tuple(ch * 10 ** (gain_db / 20) for ch in audio.channels))
    m = measure_call(quieter, _utterances(meta))
    _check_all(name, m)


@pytest.mark.parametrize("name", RENDERED)
def test_line_noise_at_minus_45_dbfs(name):
    """White noise on both channels, about 24 dB under the speech."""
    audio, meta = _recording(name)
    rng = np.random.default_rng(7)
    amp = 10 ** (-45 / 20)
    noisy = _with_channels(audio, tuple(ch + amp * rng.standard_normal(len(ch)) for ch in audio.channels))
    m = measure_call(noisy, _utterances(meta))
    _check_all(name, m)


@pytest.mark.parametrize("name", RENDERED)
def test_looser_utterance_spans(name):
    """Transcribed spans are not the script's: 0.3 s wider each side (as
    padding would make them) the speech inside, and so every measure, is the same."""
    audio, meta = _recording(name)
    wider = [u.model_copy(update={"start": max(0.0, u.start - 0.3), "end": u.end + 0.3}) for u in _utterances(meta)]
    m = measure_call(audio, wider)
    _check_all(name, m)
    plain = _measured(name)
    for got, ref in zip(m.utterances, plain.utterances):
        assert got.speech_s == pytest.approx(ref.speech_s, abs=0.1)
        if ref.level_dbfs is not None:
            assert got.level_dbfs == pytest.approx(ref.level_dbfs, abs=0.5)


# --------------------------------------------------------------------------
# Mono recordings: roles from the utterances
# --------------------------------------------------------------------------


def test_mono_mix_measures_like_its_stereo_recording():
    mono = _measured("s-01-mono")
    stereo = _measured("s-01")
    assert mono.mode == "mono" and stereo.mode == "stereo"
    for a, b in zip(mono.utterances, stereo.utterances):
        assert a.speech_s == pytest.approx(b.speech_s, abs=0.1)
        if b.rate_cpm is not None:
            assert a.rate_cpm == pytest.approx(b.rate_cpm, rel=0.05)
        if b.level_dbfs is not None:
            assert a.level_dbfs == pytest.approx(b.level_dbfs, abs=1.0)
    assert mono.agent_rate_cpm == pytest.approx(stereo.agent_rate_cpm, rel=0.05)


def test_mono_silence_and_shouting_from_the_one_signal():
    for name in ("ac-silence", "ac-shout"):
        audio, meta = _recording(name)
        m = measure_mono(audio.mono(), _utterances(meta), sample_rate=audio.sample_rate)
        assert m.mode == "mono"
        if name == "ac-silence":
            _check_silence(m, _expected(name))
        else:
            expected = _expected(name)
            _check_shout(m, expected, expected["loud_utterance_index"], expected["agent_utterance_indices"])


def test_mono_overtalk_comes_from_the_utterance_spans():
    """One signal cannot tell two voices apart; the spans (with inferred
    roles) can: the script's overlaps are 1.2 s and 0.8 s exactly."""
    audio, meta = _recording("ac-overtalk")
    m = measure_mono(audio.mono(), _utterances(meta))
    expected = _expected("ac-overtalk")
    assert [o.duration_s for o in m.overtalks] == pytest.approx([o["seconds"] for o in expected["overlaps"]], abs=0.01)
    assert [(o.utterance_index, o.interrupted_index) for o in m.overtalks] == [
        (o["utterance_index"], o["interrupted_index"]) for o in expected["overlaps"]
    ]
    # A dual-mono file (the same signal on both channels) is measured as mono.
    dual = _with_channels(audio, (audio.mono(), audio.mono()))
    assert dual.is_dual_mono
    assert measure_call(dual, _utterances(meta)).overtalks == m.overtalks


def test_mono_spans_overlapping_less_than_the_minimum_are_no_overtalk():
    lines = [
        Utterance(speaker="customer", start=0.0, end=3.0, text="我这个月工资还没发"),
        Utterance(speaker="agent", start=2.8, end=5.0, text="嗯"),  # 0.2 s: a backchannel
        Utterance(speaker="customer", start=4.5, end=6.0, text="你听我说"),  # the customer cuts in
        Utterance(speaker="agent", start=7.0, end=9.0, text="好的"),
    ]
    m = measure_mono(np.zeros(10 * SAMPLE_RATE, dtype=np.float32), lines)
    assert m.overtalks == ()
    assert [(o.by, o.utterance_index, o.interrupted_index, o.duration_s) for o in m.overlaps] == [
        ("customer", 2, 1, 0.5)
    ]


# --------------------------------------------------------------------------
# Small signals made here
# --------------------------------------------------------------------------


def _speech_like(seconds: float, rng: np.random.Generator, level_dbfs: float = -20.0) -> np.ndarray:
    """Noise with a syllable-rate envelope: 4 Hz, never silent for 0.2 s."""
    n = int(seconds * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    envelope = 0.55 + 0.45 * np.sin(2 * np.pi * 4 * t)
    x = rng.standard_normal(n) * envelope
    return (x / np.sqrt(np.mean(x**2)) * 10 ** (level_dbfs / 20)).astype(np.float32)


def _signal(seconds: float, bursts: list[tuple[float, float]], rng: np.random.Generator,
            level_dbfs: float = -20.0) -> np.ndarray:
    out = np.zeros(int(seconds * SAMPLE_RATE), dtype=np.float32)
    for start, end in bursts:
        piece = _speech_like(end - start, rng, level_dbfs)
        i = int(start * SAMPLE_RATE)
        out[i : i + len(piece)] = piece
    return out


def _stereo(left: np.ndarray, right: np.ndarray) -> DecodedAudio:
    source = AudioSource(path=Path("made.wav"), size_bytes=0, container="wav", codec="pcm_f32le",
                         sample_rate=SAMPLE_RATE, channels=2)
    return DecodedAudio(channels=(left, right), sample_rate=SAMPLE_RATE, source=source)


def test_who_started_the_overlap_decides_whether_it_is_overtalk():
    rng = np.random.default_rng(1)
    agent = _signal(14.0, [(0.5, 2.0), (3.5, 5.0), (6.0, 8.0), (11.0, 13.0)], rng)
    customer = _signal(14.0, [(2.5, 4.0), (4.8, 5.5), (7.0, 9.0), (10.0, 11.2)], rng)
    lines = [
        Utterance(speaker="agent", start=0.5, end=2.0, text="您好"),
        Utterance(speaker="customer", start=2.5, end=4.0, text="什么事"),
        Utterance(speaker="agent", start=3.5, end=5.0, text="您的借款"),  # starts over the customer: 0.5 s
        Utterance(speaker="customer", start=4.8, end=5.5, text="嗯"),  # a 0.2 s backchannel
        Utterance(speaker="agent", start=6.0, end=8.0, text="已经逾期了"),
        Utterance(speaker="customer", start=7.0, end=9.0, text="我知道"),  # the customer cuts in: 1.0 s
        Utterance(speaker="customer", start=10.0, end=11.2, text="还有事吗"),
        Utterance(speaker="agent", start=11.0, end=13.0, text="请尽快还款"),  # 0.2 s: too short
    ]
    m = measure_stereo(_stereo(agent, customer), 0, lines)
    assert [(o.by, o.utterance_index, o.interrupted_index) for o in m.overlaps] == [
        ("agent", 2, 1), ("customer", 5, 4)
    ]
    assert [o.duration_s for o in m.overlaps] == pytest.approx([0.5, 1.0], abs=0.05)
    assert m.overtalk_count == 1 and m.overtalk_seconds == pytest.approx(0.5, abs=0.05)
    # The same call with the channels swapped: the customer's overtalk is now the agent's.
    swapped = measure_stereo(_stereo(customer, agent), 1, lines)
    assert swapped.overlaps == m.overlaps
    # A lower minimum lets the backchannel and the short one count.
    low = measure_stereo(_stereo(agent, customer), 0, lines, thresholds=AcousticThresholds(min_overtalk_s=0.1))
    assert len(low.overlaps) == 4 and low.overtalk_count == 2


def test_shouting_must_be_sustained():
    """A 1 s burst 12 dB up is loud but not shouting; 3 s of it is."""
    rng = np.random.default_rng(2)
    turns = [(0.5, 4.5), (6.0, 10.0), (12.0, 16.0), (18.0, 22.0), (24.0, 28.0), (30.0, 34.0)]
    agent = _signal(36.0, turns, rng)
    agent[int(7.0 * SAMPLE_RATE) : int(8.0 * SAMPLE_RATE)] *= 10 ** (12 / 20)  # 1 s, turn 1
    agent[int(12.5 * SAMPLE_RATE) : int(15.5 * SAMPLE_RATE)] *= 10 ** (12 / 20)  # 3 s, turn 2
    lines = [Utterance(speaker="agent", start=s, end=e, text="我们这边是催收部门") for s, e in turns]
    m = measure_stereo(_stereo(agent, np.zeros_like(agent)), 0, lines)
    burst, shout = m.for_utterance(1), m.for_utterance(2)
    assert burst.db_above_baseline is not None and burst.db_above_baseline > 3.0
    assert not burst.shouting and burst.loud_s == pytest.approx(1.0, abs=0.5)
    assert shout.shouting and m.shouting_indices == (2,)
    assert m.loudest_turn_index == 2
    assert shout.sustained_db_above_baseline == pytest.approx(12.0, abs=1.5)
    assert shout.loud_s == pytest.approx(3.0, abs=0.5)
    # Silences between the agent's own turns count: nobody speaks in them.
    assert [s.duration_s for s in m.silences] == []  # each gap is under 3 s
    longer_gaps = measure_stereo(_stereo(agent, np.zeros_like(agent)), 0, lines,
                                 thresholds=AcousticThresholds(min_silence_s=1.0))
    assert [(s.after_utterance, s.before_utterance) for s in longer_gaps.silences] == [(i, i + 1) for i in range(5)]


def test_line_noise_alone_is_not_speech():
    rng = np.random.default_rng(3)
    noise = (rng.standard_normal(10 * SAMPLE_RATE) * 10 ** (-40 / 20)).astype(np.float32)
    lines = [Utterance(speaker="agent", start=1.0, end=4.0, text="您好")]
    m = measure_stereo(_stereo(noise, noise[::-1].copy()), 0, lines)
    assert m.for_utterance(0).speech_s == 0.0
    assert m.for_utterance(0).level_dbfs is None and m.for_utterance(0).rate_cpm is None
    assert m.overlaps == () and m.silences == ()  # no speech: no silence between speech either


# --------------------------------------------------------------------------
# Edge cases
# --------------------------------------------------------------------------


def _empty(n_channels: int) -> DecodedAudio:
    source = AudioSource(path=Path("empty.wav"), size_bytes=0, container="wav", codec="pcm_f32le",
                         sample_rate=SAMPLE_RATE, channels=n_channels)
    channels = tuple(np.zeros(0, dtype=np.float32) for _ in range(n_channels))
    return DecodedAudio(channels=channels, sample_rate=SAMPLE_RATE, source=source)


@pytest.mark.parametrize("n_channels", [0, 1, 2])
@pytest.mark.parametrize("with_lines", [False, True])
def test_empty_audio(n_channels, with_lines):
    lines = [Utterance(speaker="agent", start=0.0, end=2.0, text="您好")] if with_lines else []
    m = measure_call(_empty(n_channels), lines)
    assert m.duration_s == 0.0
    assert m.silences == () and m.longest_silence is None and m.longest_silence_s == 0.0
    assert m.overlaps == () and m.overtalk_count == 0 and m.overtalk_seconds == 0.0
    assert m.agent_rate_cpm is None and m.loudest_turn_db_above_baseline is None and m.loudest_turn_index is None
    assert m.agent_baseline_dbfs is None and m.shouting_indices == ()
    assert len(m.utterances) == len(lines)
    if lines:
        u = m.for_utterance(0)
        assert u.characters == 2 and u.speech_s == 0.0 and u.rate_cpm is None and u.level_dbfs is None


def test_no_utterances_still_measures_the_signal():
    audio, _ = _recording("ac-silence")
    m = measure_call(audio, [])
    assert m.utterances == () and m.agent_rate_cpm is None and m.loudest_turn_index is None
    assert m.longest_silence is not None
    assert m.longest_silence_s == pytest.approx(12.0, abs=SILENCE_TOL_S)
    assert m.longest_silence.after_utterance is None and m.longest_silence.before_utterance is None


def test_one_speaker_only():
    """The callee never speaks (their channel is silent, no utterance of theirs)."""
    audio, meta = _recording("ac-shout")
    agent_only = _with_channels(audio, (audio.channels[0], np.zeros_like(audio.channels[1])))
    lines = [u for u in _utterances(meta) if u.speaker == "agent"]
    m = measure_call(agent_only, lines)
    assert m.overlaps == () and m.overtalk_count == 0
    assert all(u.speaker == "agent" for u in m.utterances)
    assert m.loudest_turn_index == 3  # utterance 6 of the script is the 4th of the agent's
    assert m.loudest_turn_db_above_baseline == pytest.approx(12.0, abs=LOUD_TOL_DB)
    # Where the callee used to answer, nobody speaks now: the gaps around it are silences.
    assert m.longest_silence_s > 3.0
    # Only the callee speaking: no agent measures at all.
    customer_only = _with_channels(audio, (np.zeros_like(audio.channels[0]), audio.channels[1]))
    c = measure_call(customer_only, [u for u in _utterances(meta) if u.speaker == "customer"])
    assert c.agent_rate_cpm is None and c.loudest_turn_index is None and c.agent_baseline_dbfs is None
    assert c.overtalk_count == 0 and all(u.rate_cpm for u in c.utterances if u.speech_s >= 1.0)


def test_a_single_agent_turn_is_its_own_baseline():
    audio, meta = _recording("ac-shout")
    m = measure_call(audio, _utterances(meta)[:1])
    assert m.loudest_turn_index == 0 and m.loudest_turn_db_above_baseline == 0.0 and m.shouting_indices == ()


def test_bad_arguments():
    audio, meta = _recording("ac-shout")
    with pytest.raises(ValueError, match="agent_channel"):
        measure_stereo(audio, 2, _utterances(meta))
    with pytest.raises(ValueError, match="two channels"):
        measure_stereo(_with_channels(audio, (audio.channels[0],)), 0, _utterances(meta))
    with pytest.raises(ValueError, match="per channel"):
        measure_stereo(audio, 0, _utterances(meta), voice_regions=[[]])


def test_counting_characters():
    assert count_characters("您好，我是安信金融的客服专员，我姓陈。") == 16
    assert count_characters("还款3500元") == 7  # digits are read one by one, or near enough
    assert count_characters("打开APP还款") == 5  # a Latin word counts once
    assert count_characters(" ，。！？…") == 0


def test_every_threshold_is_documented_in_one_line_of_the_module_docstring():
    doc = acoustics.__doc__ or ""
    for f in dataclasses.fields(AcousticThresholds):
        default = f.default
        lines = [line for line in doc.splitlines() if line.startswith(f"- {f.name} = ")]
        assert len(lines) == 1, f.name
        value = float(re.match(rf"- {f.name} = (-?[\d.]+):", lines[0]).group(1))  # type: ignore[union-attr]
        assert value == default, f.name


def test_the_measures_are_frozen_plain_values():
    m = _measured("ac-overtalk")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.overtalk_count = 0  # type: ignore[misc]
    assert isinstance(m.utterances, tuple) and isinstance(m.overtalks, tuple)
    assert [u.utterance_index for u in m.utterances] == list(range(len(m.utterances)))


# --------------------------------------------------------------------------
# With the transcriber's utterances (the Whisper model)
# --------------------------------------------------------------------------


@pytest.mark.asr
@pytest.mark.parametrize("name", RENDERED)
def test_measures_with_transcribed_utterances(name):
    """The measures read the transcript's spans, not the script's: the same values come out."""
    from qa_pipeline.speech.transcriber import transcribe_recording  # loads the Whisper model

    audio, meta = _recording(name)
    transcript = transcribe_recording(_path(name))
    lines = transcript.utterances
    script = meta["script"]

    def index_of(i: int) -> int:
        """The transcript's utterance that overlaps script line i most."""
        s, e, who = script[i]["start"], script[i]["end"], script[i]["speaker"]
        shared = [min(u.end, e) - max(u.start, s) if u.speaker == who else -1.0 for u in lines]
        return int(np.argmax(shared))

    m = measure_call(audio, lines, _agent_channel(meta))
    expected = _expected(name)
    if name == "ac-overtalk":
        _check_overtalk(m, expected, index_of)
    elif name == "ac-silence":
        _check_silence(m, expected)
    elif name == "ac-shout":
        agent = [index_of(i) for i in expected["agent_utterance_indices"]]
        _check_shout(m, expected, index_of(expected["loud_utterance_index"]), agent)
    else:
        _check_rate(m, expected, index_of)

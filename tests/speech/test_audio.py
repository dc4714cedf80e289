"""Decoding recordings (qa_pipeline.speech.audio) and the labelled audio corpus (qa_pipeline.evaluation.audio)."""

from __future__ import annotations

import numpy as np
import pytest

from qa_pipeline.errors import AudioError, TranscriptError
from qa_pipeline.evaluation.audio import (
    character_error_rate,
    edit_distance,
    load_audio_corpus,
)
from qa_pipeline.speech.audio import SAMPLE_RATE, decode_audio
from tests.asr_fixtures import SAMPLES, ffmpeg, sample, sox

SECONDS = 6.0  # the agent's first turn of s-01: speech on the left only


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    """The first seconds of a stereo sample in every supported format."""
    d = tmp_path_factory.mktemp("formats")
    src = d / "src.wav"
    sox(str(sample("s-01")), str(src), "trim", "0", str(SECONDS))
    made = {
        "wav-8k-stereo": (d / "a.wav", 2),
        "wav-16k-mono": (d / "b.wav", 1),
        "flac-stereo": (d / "c.flac", 2),
        "mp3-stereo": (d / "d.mp3", 2),
        "ogg-opus-stereo": (d / "e.ogg", 2),
        "opus-mono": (d / "f.opus", 1),
        "m4a-stereo": (d / "g.m4a", 2),
        "ogg-vorbis-8k-mono": (d / "h.ogg", 1),
    }
    sox(str(src), str(made["wav-8k-stereo"][0]))
    sox(str(src), "-r", "16000", "-c", "1", str(made["wav-16k-mono"][0]), "remix", "1,2")
    sox(str(src), str(made["flac-stereo"][0]))
    ffmpeg("-i", str(src), "-c:a", "libmp3lame", "-b:a", "64k", str(made["mp3-stereo"][0]))
    ffmpeg("-i", str(src), "-c:a", "libopus", "-b:a", "32k", str(made["ogg-opus-stereo"][0]))
    ffmpeg("-i", str(src), "-ac", "1", "-c:a", "libopus", str(made["opus-mono"][0]))
    ffmpeg("-i", str(src), "-c:a", "aac", "-b:a", "64k", str(made["m4a-stereo"][0]))
    ffmpeg("-i", str(src), "-ac", "1", "-c:a", "libvorbis", str(made["ogg-vorbis-8k-mono"][0]))
    return made


FORMATS = ["wav-8k-stereo", "wav-16k-mono", "flac-stereo", "mp3-stereo", "ogg-opus-stereo", "opus-mono",
           "m4a-stereo", "ogg-vorbis-8k-mono"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_decodes_to_16k_float_channels(clips, fmt):
    path, n_channels = clips[fmt]
    audio = decode_audio(path)
    assert audio.sample_rate == SAMPLE_RATE
    assert len(audio.channels) == n_channels
    assert all(ch.dtype == np.float32 and ch.ndim == 1 for ch in audio.channels)
    assert len({len(ch) for ch in audio.channels}) == 1
    assert audio.duration == pytest.approx(SECONDS, abs=0.1)
    assert audio.source.path == path and audio.source.channels == n_channels
    assert all(np.abs(ch).max() <= 1.0 for ch in audio.channels)
    if n_channels == 2:
        left, right = (float(np.sqrt(np.mean(ch**2))) for ch in audio.channels)
        assert left > 10 * right, "the agent speaks on the left; the right carries only line noise"
        assert not audio.is_dual_mono
    else:
        assert float(np.sqrt(np.mean(audio.channels[0] ** 2))) > 0.01


def test_lossless_formats_agree(clips):
    wav = decode_audio(clips["wav-8k-stereo"][0])
    flac = decode_audio(clips["flac-stereo"][0])
    assert np.allclose(wav.channels[0], flac.channels[0], atol=1e-4)


def test_a_sample_recording_decodes_at_8k(tmp_path):
    audio = decode_audio(sample("s-01"))
    assert audio.source.sample_rate == 8000 and audio.source.container == "flac"
    assert audio.is_stereo and audio.duration > 60


def test_dual_mono_is_recognised(tmp_path, clips):
    path = tmp_path / "dual.wav"
    sox(str(clips["wav-16k-mono"][0]), "-c", "2", str(path), "remix", "1", "1")
    audio = decode_audio(path)
    assert audio.is_stereo and audio.is_dual_mono
    assert audio.mono().shape == audio.channels[0].shape


# --------------------------------------------------------------------------
# Bad recordings: an AudioError that names the file
# --------------------------------------------------------------------------


def _assert_names(exc: AudioError, path) -> str:
    assert exc.source == str(path)
    assert str(exc).startswith(str(path))
    return exc.message


def test_empty_file(tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    with pytest.raises(AudioError) as err:
        decode_audio(path)
    assert "empty" in _assert_names(err.value, path)


def test_text_file_named_wav(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("客户说下周还款。\nThis is not audio.\n", encoding="utf-8")
    with pytest.raises(AudioError) as err:
        decode_audio(path)
    assert "text file" in _assert_names(err.value, path)


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.flac"
    path.write_bytes(np.random.default_rng(1).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    with pytest.raises(AudioError) as err:
        decode_audio(path)
    _assert_names(err.value, path)


def test_zero_length_audio(tmp_path):
    path = tmp_path / "zero.wav"
    sox("-n", "-r", "16000", "-c", "1", str(path), "trim", "0", "0")
    assert path.stat().st_size > 0  # a valid header with no samples
    with pytest.raises(AudioError) as err:
        decode_audio(path)
    assert "zero-length" in _assert_names(err.value, path)


@pytest.mark.parametrize("fmt", ["wav-8k-stereo", "flac-stereo", "mp3-stereo"])
def test_truncated_file(tmp_path, clips, fmt):
    src = clips[fmt][0]
    path = tmp_path / f"cut{src.suffix}"
    data = src.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(AudioError) as err:
        decode_audio(path)
    assert "truncated" in _assert_names(err.value, path)


def test_missing_file(tmp_path):
    path = tmp_path / "gone.wav"
    with pytest.raises(AudioError) as err:
        decode_audio(path)
    assert "not found" in _assert_names(err.value, path)


def test_limits(clips):
    path = clips["flac-stereo"][0]
    with pytest.raises(AudioError) as err:
        decode_audio(path, max_seconds=2.0)
    assert "limit" in _assert_names(err.value, path)
    with pytest.raises(AudioError) as err:
        decode_audio(path, max_bytes=1000)
    assert "limit" in _assert_names(err.value, path)


# --------------------------------------------------------------------------
# Audio corpus and character error rate
# --------------------------------------------------------------------------


def test_audio_corpus_loads_every_sample():
    cases = load_audio_corpus(SAMPLES)
    assert len(cases) == len(list(SAMPLES.glob("*.flac")))
    by_id = {c.call_id: c for c in cases}
    s04 = by_id["s-04"]
    assert s04.recording == SAMPLES / "s-04.flac"
    assert [(e.category, e.utterance_index) for e in s04.expected] == [
        ("abuse", 4), ("abuse", 6), ("missing_self_identification", None)]
    assert s04.script[0].speaker == "agent" and "本人" in s04.script[0].text
    assert all(line.end >= line.start for c in cases for line in c.script)
    assert by_id["s-05"].metadata.channels is not None and by_id["s-05"].metadata.channels.agent == 1
    assert "本人" in s04.reference_text("agent") and "本人" not in s04.reference_text("customer")


def test_audio_corpus_errors_name_the_sidecar(tmp_path):
    sox("-n", "-r", "8000", "-c", "1", str(tmp_path / "x.wav"), "trim", "0", "1")
    (tmp_path / "x.json").write_text('{"call_id": "x", "started_at": "2026-03-02T10:00:00+08:00", '
                                     '"script": [{"speaker": "boss", "start": 0, "end": 1, "text": "hi"}]}')
    with pytest.raises(TranscriptError) as err:
        load_audio_corpus(tmp_path)
    assert str(tmp_path / "x.json") in str(err.value) and "script[0].speaker" in str(err.value)


def test_cer_ignores_script_and_punctuation():
    assert character_error_rate("您好，请问是王建国先生本人吗？", "您好請問是王建國先生本人嗎") == 0.0
    assert character_error_rate("ＡＢＣ，还款。", "abc还款") == 0.0


def test_cer_counts_edits_per_reference_character():
    assert character_error_rate("已经逾期十天", "已经一七十天") == pytest.approx(2 / 6)
    assert character_error_rate("还款", "") == 1.0
    assert character_error_rate("", "") == 0.0
    assert character_error_rate("", "多余") == 1.0
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("还款日", "还款") == 1

"""Issue 14.5: a long recording is refused from its header before decoding; decoding is capped."""

from __future__ import annotations

import io
import json
import wave
from pathlib import Path

import pytest

from qa_pipeline import jobs
from qa_pipeline.config import Settings
from qa_pipeline.errors import AudioError
from qa_pipeline.speech import audio as audio_module
from qa_pipeline.speech.audio import check_audio, decode_audio
from qa_pipeline.store.db import SessionFactory


def silent_wav(path: Path, seconds: float, rate: int = 8000) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\0\0" * int(seconds * rate))
    return path


def test_a_long_recording_is_refused_from_its_header_before_any_decoding(tmp_path: Path, monkeypatch) -> None:
    path = silent_wav(tmp_path / "long.wav", 90)

    def no_decoding(*args, **kwargs):
        raise AssertionError("decoding started")

    monkeypatch.setattr(audio_module.av, "AudioResampler", no_decoding)
    for fn in (check_audio, decode_audio):
        with pytest.raises(AudioError, match=r"from its header.*QA_AUDIO_MAX_SECONDS"):
            fn(path, max_seconds=60, max_bytes=10**9, max_samples=10**9)


def test_decoded_samples_are_capped_whatever_the_header_says(tmp_path: Path) -> None:
    path = silent_wav(tmp_path / "ok.wav", 20)
    for fn in (check_audio, decode_audio):
        with pytest.raises(AudioError, match="QA_AUDIO_MAX_DECODED_SAMPLES"):
            fn(path, max_seconds=3600, max_bytes=10**9, max_samples=16000 * 10)
    assert check_audio(path, max_seconds=3600, max_bytes=10**9, max_samples=16000 * 30) == pytest.approx(20, abs=0.1)


def test_upload_of_a_too_long_recording_is_refused_and_nothing_is_stored(settings: Settings,
                                                                        session_factory: SessionFactory,
                                                                        tmp_path: Path) -> None:
    limited = settings.model_copy(update={"audio_max_seconds": 60})
    data = silent_wav(tmp_path / "long.wav", 90).read_bytes()
    metadata = jobs.parse_upload_metadata(json.dumps({"started_at": "2026-03-02T10:05:00+08:00"}), "long.wav")
    with pytest.raises(AudioError, match="QA_AUDIO_MAX_SECONDS"):
        jobs.accept_recording(session_factory, limited, io.BytesIO(data), "long.wav", metadata,
                              default_timezone="Asia/Shanghai")
    recordings = limited.data_dir / "recordings"
    assert not recordings.exists() or not any(recordings.rglob("*.wav"))
    tmp = limited.data_dir / "tmp"
    assert not tmp.exists() or not any(tmp.iterdir())

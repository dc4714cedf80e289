"""Shared, cached ASR work for the audio tests.

Each sample recording is transcribed at most once per test session (the
cache lives in this module, so every test module that imports it shares
it), with the default settings and the real model.
"""

from __future__ import annotations

import json
import subprocess
from functools import cache
from pathlib import Path

from qa_pipeline.domain.transcript import Transcript

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_audio"

STEREO = "s-01"  # left agent, right customer; identity question then answer
SWAPPED = "s-05"  # customer on the left; the sidecar says channels {agent: 1, customer: 0}
MONO = "s-09"  # both speakers on one channel


def sample(name: str) -> Path:
    return SAMPLES / f"{name}.flac"


def script(name: str) -> list[dict]:
    return json.loads((SAMPLES / f"{name}.json").read_text("utf-8"))["script"]


@cache
def transcript_of(name: str) -> tuple[Transcript, tuple[float, ...]]:
    """The transcript of a sample, and the progress values reported on the way."""
    from qa_pipeline.speech.transcriber import transcribe_recording

    seen: list[float] = []
    transcript = transcribe_recording(sample(name), progress=seen.append)
    return transcript, tuple(seen)


def sox(*args: str) -> None:
    subprocess.run(["sox", "-V1", *args], check=True)


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", *args], check=True)


def clip_with_sidecar(dest: Path, name: str, seconds: float, call_id: str | None = None) -> Path:
    """The first `seconds` of a sample as `dest`, with a copy of its sidecar."""
    sox(str(sample(name)), str(dest), "trim", "0", str(seconds))
    meta = json.loads((SAMPLES / f"{name}.json").read_text("utf-8"))
    for key in ("expected", "script"):
        meta.pop(key, None)
    if call_id:
        meta["call_id"] = call_id
    dest.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return dest


def copy_sidecar(name: str, dest_audio: Path, **changes) -> None:
    meta = json.loads((SAMPLES / f"{name}.json").read_text("utf-8"))
    meta.update(changes)
    meta = {k: v for k, v in meta.items() if v is not None}
    dest_audio.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")



"""The Whisper model: options, loading, voice activity detection and
decoding. The only module that imports faster-whisper.

Decoding options travel with every transcript (`AsrOptions.record`), so a
finding can be traced to the model and settings that heard it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from faster_whisper import BatchedInferencePipeline, WhisperModel
from faster_whisper import __version__ as faster_whisper_version
from faster_whisper.transcribe import Segment
from faster_whisper.vad import VadOptions, get_speech_timestamps

from qa_pipeline.config import Settings
from qa_pipeline.errors import ModelNotInstalledError
from qa_pipeline.speech.audio import SAMPLE_RATE

INSTALL_HINT = "run `make setup` (or `python tools/install_model.py`) to install it"
_MODEL_MARKER = ".qa-pipeline-model.json"  # written by tools/install_model.py

# Speech regions for turn finding: short pauses still separate regions so
# the other channel's short answers ("对", "嗯") show up between them.
# Silero's usual 0.5 threshold missed short answers ("嗯，是我") on 8 kHz
# telephone audio; 0.3 finds them and still finds nothing in white, brown
# or mains-hum noise. Regions are capped below the decoder's 30 s window.
_TURN_VAD = VadOptions(
    threshold=0.3, min_speech_duration_ms=120, min_silence_duration_ms=200, speech_pad_ms=60, max_speech_duration_s=25
)
# QA_WHISPER_DEVICE=cuda without an explicit compute type or batch size.
_GPU_COMPUTE_TYPE = "float16"
_GPU_BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class AsrOptions:
    """Everything that decides what the ASR produces; recorded in each transcript."""

    model: str
    device: str
    compute_type: str
    cpu_threads: int
    beam_size: int
    batched: bool
    batch_size: int
    language: str
    hotwords: str | None
    initial_prompt: str | None
    pause_split_s: float
    mono_pause_split_s: float
    low_logprob: float
    low_word_prob: float
    high_no_speech: float
    vad: bool = True
    word_timestamps: bool = True
    condition_on_previous_text: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> AsrOptions:
        # On a GPU, float16 and a larger batch unless the settings say otherwise.
        chosen = settings.model_fields_set
        gpu = settings.whisper_device.startswith("cuda")
        compute_type = settings.whisper_compute_type
        if gpu and "whisper_compute_type" not in chosen:
            compute_type = _GPU_COMPUTE_TYPE
        batch_size = settings.whisper_batch_size
        if gpu and "whisper_batch_size" not in chosen:
            batch_size = _GPU_BATCH_SIZE
        return cls(
            model=settings.whisper_model,
            device=settings.whisper_device,
            compute_type=compute_type,
            cpu_threads=settings.whisper_cpu_threads,
            beam_size=settings.whisper_beam_size,
            batched=settings.whisper_batched,
            batch_size=batch_size,
            language=settings.whisper_language,
            hotwords=settings.whisper_hotwords.strip() or None,
            initial_prompt=settings.whisper_initial_prompt.strip() or None,
            pause_split_s=settings.asr_pause_split_s,
            mono_pause_split_s=settings.asr_mono_pause_split_s,
            low_logprob=settings.asr_low_logprob,
            low_word_prob=settings.asr_low_word_prob,
            high_no_speech=settings.asr_high_no_speech,
        )

    def record(self) -> dict:
        """The options as stored in `Transcript.asr`."""
        out = asdict(self)
        out["faster_whisper"] = faster_whisper_version
        out["vad_options"] = {
            "threshold": _TURN_VAD.threshold,
            "min_silence_duration_ms": _TURN_VAD.min_silence_duration_ms,
            "speech_pad_ms": _TURN_VAD.speech_pad_ms,
        }
        sha = _model_sha256(self.model)
        if sha:
            out["model_sha256"] = sha
        return out


def _looks_like_path(value: str) -> bool:
    return "/" in value or "\\" in value or value.startswith(("~", "."))


def _model_sha256(model: str) -> str | None:
    try:
        marker = json.loads((Path(model).expanduser() / _MODEL_MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return marker.get("sha256") if isinstance(marker, dict) else None


def _check_model_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ModelNotInstalledError(f"Whisper model not found: {folder} does not exist; {INSTALL_HINT}")
    model_bin = folder / "model.bin"
    if not model_bin.is_file():
        raise ModelNotInstalledError(f"Whisper model in {folder} is incomplete (no model.bin); {INSTALL_HINT}")
    missing = [n for n in ("config.json", "tokenizer.json") if not (folder / n).is_file()]
    if missing:
        raise ModelNotInstalledError(
            f"Whisper model in {folder} is incomplete (no {', '.join(missing)}); {INSTALL_HINT}"
        )
    try:
        marker = json.loads((folder / _MODEL_MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return  # a model installed by other means: nothing to compare against
    size = marker.get("size") if isinstance(marker, dict) else None
    if size is not None and model_bin.stat().st_size != size:
        raise ModelNotInstalledError(
            f"Whisper model in {folder} is corrupt (model.bin is {model_bin.stat().st_size} bytes, "
            f"expected {size}); run `python tools/install_model.py --force` to reinstall it"
        )


_MODELS: dict[tuple, WhisperModel] = {}
_MODELS_LOCK = threading.Lock()


def load_model(options: AsrOptions) -> WhisperModel:
    """The Whisper model for these options, loaded once per process."""
    key = (options.model, options.device, options.compute_type, options.cpu_threads)
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is not None:
            return model
        folder = Path(options.model).expanduser()
        is_path = _looks_like_path(options.model) or folder.exists()
        if is_path:
            _check_model_folder(folder)
        try:
            model = WhisperModel(
                str(folder) if is_path else options.model,
                device=options.device,
                compute_type=options.compute_type,
                cpu_threads=options.cpu_threads,
                local_files_only=True,  # never download at run time
            )
        except Exception as exc:
            where = str(folder) if is_path else f"model {options.model!r}"
            raise ModelNotInstalledError(
                f"cannot load the Whisper model from {where} ({type(exc).__name__}: {exc}); "
                f"the files may be missing or corrupt; {INSTALL_HINT}"
            ) from None
        _MODELS[key] = model
        return model


Span = tuple[float, float]


def speech_regions(audio: np.ndarray) -> list[Span]:
    """Silero VAD speech regions in seconds."""
    if audio.size == 0:
        return []
    return [(r["start"] / SAMPLE_RATE, r["end"] / SAMPLE_RATE) for r in get_speech_timestamps(audio, _TURN_VAD)]


class Decoder:
    """A loaded model, decoding windows of a packed signal."""

    def __init__(self, options: AsrOptions) -> None:
        self.options = options
        self.model = load_model(options)
        self._pipeline = BatchedInferencePipeline(self.model) if options.batched else None

    def decode(self, audio: np.ndarray, windows: Sequence[Span]) -> Iterable[Segment]:
        """Segments (with word timestamps) of each window of `audio`, lazily."""
        o = self.options
        common: dict[str, Any] = {
            "language": o.language,
            "beam_size": o.beam_size,
            "word_timestamps": True,
            "condition_on_previous_text": False,
            "initial_prompt": o.initial_prompt,
            "hotwords": o.hotwords,
        }
        if self._pipeline is not None:
            segments, _ = self._pipeline.transcribe(
                audio,
                batch_size=o.batch_size,
                clip_timestamps=[{"start": s, "end": e} for s, e in windows],
                # Timestamp tokens on: without them the decoder more often
                # stops early in a window and skips speech.
                without_timestamps=False,
                **common,
            )
        else:
            segments, _ = self.model.transcribe(
                audio,
                vad_filter=False,  # the packed signal is speech only already
                clip_timestamps=[t for s, e in windows for t in (s, e)],
                **common,
            )
        return segments

    def decode_clip(self, audio: np.ndarray, *, beam_size: int, temperatures: Sequence[float],
                    initial_prompt: str | None = None) -> list[Segment]:
        """One short clip decoded on its own, sequentially (no batching), with
        the given beam and temperature fallback: the careful second listen.
        (The fallback's higher temperatures sample, so a clip the beam
        search cannot make out may be read differently from run to run.)"""
        o = self.options
        segments, _ = self.model.transcribe(
            audio,
            language=o.language,
            beam_size=beam_size,
            temperature=list(temperatures),
            word_timestamps=True,
            condition_on_previous_text=False,
            initial_prompt=initial_prompt or o.initial_prompt,
            hotwords=o.hotwords,
            vad_filter=False,  # the clip is the turn's speech and its padding
        )
        return list(segments)

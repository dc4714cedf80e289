"""Character error rate on real human Mandarin speech (shared/speech/human:
AISHELL-1 and THCHS-30 clips with their published references), at 16 kHz as
recorded and band-limited to the 8 kHz phone band (300-3400 Hz, resampled to
8 kHz), next to the rendered sample calls. Says which model and device it
measured."""

from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa_pipeline.config import REPO_ROOT, Settings, get_settings
from qa_pipeline.domain.transcript import CallMetadata
from qa_pipeline.evaluation.audio import cer_characters, edit_distance, load_audio_case
from qa_pipeline.speech.transcriber import Transcriber

HUMAN = REPO_ROOT / "shared" / "speech" / "human"
_METADATA = {"started_at": "2026-03-02T10:00:00+08:00"}


@dataclass(frozen=True, slots=True)
class CerFigure:
    name: str
    clips: int
    reference_chars: int
    edits: int

    @property
    def cer(self) -> float:
        return self.edits / self.reference_chars if self.reference_chars else 0.0


def _phone_band(src: Path, dest: Path) -> Path:
    subprocess.run(["sox", "-V1", str(src), "-r", "8000", str(dest), "highpass", "300", "lowpass", "3400"], check=True)
    return dest


def _score(name: str, pairs: list[tuple[str, str]]) -> CerFigure:
    edits = chars = 0
    for ref, hyp in pairs:
        r, h = cer_characters(ref), cer_characters(hyp)
        edits += edit_distance(r, h)
        chars += len(r)
    return CerFigure(name, len(pairs), chars, edits)


def run_human_bench(settings: Settings | None = None, samples: int = 3, echo: bool = True) -> dict[str, Any]:
    settings = settings or get_settings()
    transcriber = Transcriber(settings)
    o = transcriber.options
    clips = json.loads((HUMAN / "manifest.json").read_text("utf-8"))["clips"]
    wide: list[tuple[str, str]] = []
    phone: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for clip in clips:
            path = HUMAN / clip["file"]
            meta = CallMetadata.model_validate({**_METADATA, "call_id": clip["id"]})
            heard = transcriber.transcribe(path, meta)
            wide.append((clip["text_chars"], "".join(u.text for u in heard.utterances)))
            band = _phone_band(path, Path(tmp) / f"{clip['id']}-8k.wav")
            heard = transcriber.transcribe(band, meta)
            phone.append((clip["text_chars"], "".join(u.text for u in heard.utterances)))
    rendered: list[tuple[str, str]] = []
    for path in sorted((REPO_ROOT / "sample_audio").glob("*.flac"))[:samples]:
        case = load_audio_case(path)
        heard = transcriber.transcribe(path, case.metadata)
        rendered.append((case.reference_text(), "".join(u.text for u in heard.utterances)))
    figures = [_score("human speech, 16 kHz", wide), _score("human speech, 8 kHz phone band", phone),
               _score(f"rendered sample calls ({len(rendered)}), 8 kHz", rendered)]
    if echo:
        print(f"model {o.model} on {o.device} ({o.compute_type}, batch {o.batch_size}, beam {o.beam_size})")
        for f in figures:
            print(f"  {f.name:<36} clips {f.clips:>3}  chars {f.reference_chars:>5}  CER {f.cer:6.1%}")
    return {"model": o.model, "device": o.device, "compute_type": o.compute_type, "batch_size": o.batch_size,
            "cer": {f.name: {"clips": f.clips, "chars": f.reference_chars, "cer": round(f.cer, 4)} for f in figures}}


if __name__ == "__main__":
    run_human_bench()

"""ASR speed, measured in one run: real-time factor per decoding set-up and
the share of wall time per stage.

Set-ups: the default settings, beam 1 vs 5 and batched vs sequential
decoding. Real-time factor = wall time / audio duration (lower is faster;
0.1 means ten times faster than real time). Each set-up also reports its
character error rate against the recordings' reference scripts, so speed is
never read without accuracy.
"""

from __future__ import annotations

import dataclasses
import os
import platform
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.errors import QAInputError
from qa_pipeline.evaluation.audio import AudioCase, character_error_rate, load_audio_case
from qa_pipeline.speech.model import AsrOptions
from qa_pipeline.speech.transcriber import StageTimings, Transcriber

if TYPE_CHECKING:
    from qa_pipeline.engine import Scanner


def _setups(options: AsrOptions) -> dict[str, AsrOptions]:
    """Default first; then each alternative differs from it in one option."""
    out = {"default": options}
    other_beam = 1 if options.beam_size != 1 else 5
    out[f"beam {other_beam}"] = dataclasses.replace(options, beam_size=other_beam)
    if options.beam_size != 5 and other_beam != 5:
        out["beam 5"] = dataclasses.replace(options, beam_size=5)
    out["sequential" if options.batched else "batched"] = dataclasses.replace(options, batched=not options.batched)
    return out


def _label(o: AsrOptions) -> str:
    return f"{'batched' if o.batched else 'sequential'}, beam {o.beam_size}, {o.compute_type}"


def run_asr_bench(
    recordings: list[Path],
    settings: Settings | None = None,
    scanner: Scanner | None = None,
    echo: bool = True,
) -> dict[str, Any]:
    """Transcribe `recordings` once per set-up; returns the figures (and prints them)."""
    settings = settings or get_settings()
    base = AsrOptions.from_settings(settings)
    cases: list[AudioCase | None] = []
    for path in recordings:
        try:
            cases.append(load_audio_case(path))
        except QAInputError:
            cases.append(None)  # no labelled sidecar: speed only

    def say(line: str) -> None:
        if echo:
            print(line, flush=True)

    t0 = time.perf_counter()
    Transcriber(settings, options=base)  # load the model outside the timings
    load_s = time.perf_counter() - t0
    result: dict[str, Any] = {
        "model": base.model,
        "device": base.device,
        "compute_type": base.compute_type,
        "cpu_threads": base.cpu_threads or os.cpu_count(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "recordings": [p.name for p in recordings],
        "model_load_s": round(load_s, 2),
        "setups": {},
    }
    say(f"model {base.model} on {base.device} ({base.compute_type}); {len(recordings)} recordings; load {load_s:.1f} s")
    say(f"{'set-up':<12} {'decoding':<32} {'audio s':>8} {'wall s':>7} {'RTF':>6} {'x RT':>6} {'CER':>6}")

    stage_totals = StageTimings()
    scan_s = 0.0
    for name, options in _setups(base).items():
        transcriber = Transcriber(settings, options=options)
        totals = StageTimings()
        errors = chars = 0.0
        for path, case in zip(recordings, cases):
            transcript, timings = transcriber.transcribe_timed(path, case.metadata if case else None)
            for f in dataclasses.fields(StageTimings):
                setattr(totals, f.name, getattr(totals, f.name) + getattr(timings, f.name))
            if case and case.script:
                ref = case.reference_text()
                hyp = "".join(u.text for u in transcript.utterances)
                errors += character_error_rate(ref, hyp) * len(ref)
                chars += len(ref)
            if name == "default" and scanner is not None:
                t = time.perf_counter()
                scanner.scan(transcript)
                scan_s += time.perf_counter() - t
        wall = totals.decode_s + totals.asr_s + totals.normalize_s
        rtf = wall / totals.audio_s if totals.audio_s else float("nan")
        cer = errors / chars if chars else None
        result["setups"][name] = {
            "decoding": _label(options),
            "beam_size": options.beam_size,
            "batched": options.batched,
            "audio_s": round(totals.audio_s, 2),
            "wall_s": round(wall, 2),
            "rtf": round(rtf, 4),
            "speed_x_realtime": round(1 / rtf, 1) if rtf else None,
            "cer": round(cer, 4) if cer is not None else None,
        }
        say(
            f"{name:<12} {_label(options):<32} {totals.audio_s:8.1f} {wall:7.1f} {rtf:6.3f} {1 / rtf:6.1f} "
            + (f"{cer:6.3f}" if cer is not None else "     -")
        )
        if name == "default":
            stage_totals = totals

    stages = {
        "decode": stage_totals.decode_s,
        "vad_asr": stage_totals.asr_s,
        "normalize": stage_totals.normalize_s,
    }
    if scanner is not None:
        stages["scan"] = scan_s
    total = sum(stages.values()) or 1.0
    result["stages_default"] = {k: {"seconds": round(v, 3), "share": round(v / total, 4)} for k, v in stages.items()}
    say("stage share (default): " + ", ".join(f"{k} {v / total:.1%}" for k, v in stages.items()))
    default_rtf = result["setups"]["default"]["rtf"]
    result["rtf_ratios_vs_default"] = {
        name: round(s["rtf"] / default_rtf, 2) for name, s in result["setups"].items() if default_rtf
    }
    return result


def main() -> None:
    from qa_pipeline.config import REPO_ROOT

    run_asr_bench(sorted((REPO_ROOT / "sample_audio").glob("*.flac"))[:3])


if __name__ == "__main__":
    main()

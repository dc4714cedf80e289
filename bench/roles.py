"""Mono role inference, measured: the share of utterances attributed to the
right speaker.

- on the sample scripts (what was really said, with its pauses): the cue
  lists and the turn model alone, no recogniser;
- on the mono mixes of the sample calls (tests/audio/mono), end to end: each
  transcribed utterance is compared with the script line it overlaps most.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa_pipeline.config import REPO_ROOT
from qa_pipeline.evaluation.audio import AudioCase, load_audio_case
from qa_pipeline.speech.roles import infer_roles

MONO = REPO_ROOT / "tests" / "audio" / "mono"


@dataclass(frozen=True, slots=True)
class RoleAccuracy:
    name: str
    calls: int
    utterances: int
    right: int

    @property
    def accuracy(self) -> float:
        return self.right / self.utterances if self.utterances else 0.0

    def line(self) -> str:
        return f"{self.name:<44} calls {self.calls:>3}  utterances {self.utterances:>4}  right {self.accuracy:6.1%}"


def script_accuracy(cases: list[AudioCase]) -> RoleAccuracy:
    total = right = 0
    for case in cases:
        lines = case.script
        gaps = [0.0] + [lines[i].start - lines[i - 1].end for i in range(1, len(lines))]
        guesses = infer_roles([line.text for line in lines], gaps)
        total += len(lines)
        right += sum(g.speaker == line.speaker for g, line in zip(guesses, lines))
    return RoleAccuracy("scripts (text and pauses only)", len(cases), total, right)


def audio_accuracy(recordings: list[Path]) -> RoleAccuracy:
    # Imported here: the model loads only for this part.
    from qa_pipeline.speech.transcriber import get_transcriber

    transcriber = get_transcriber()
    total = right = 0
    for path in recordings:
        case = load_audio_case(path)
        transcript = transcriber.transcribe(path, case.metadata)
        for u in transcript.utterances:
            overlaps = [(min(u.end, line.end) - max(u.start, line.start), line) for line in case.script]
            overlap, best = max(overlaps, key=lambda pair: pair[0])
            if overlap <= 0:
                continue  # nothing said there in the script
            total += 1
            right += u.speaker == best.speaker
    return RoleAccuracy("mono mixes, transcribed (tests/audio/mono)", len(recordings), total, right)


def run_roles_bench(recordings: int | None = None, echo: bool = True) -> dict[str, Any]:
    mono = sorted(MONO.glob("*.flac"))[:recordings]
    figures = [script_accuracy([load_audio_case(p) for p in sorted((REPO_ROOT / "sample_audio").glob("*.flac"))]),
               audio_accuracy(mono)]
    if echo:
        for f in figures:
            print(f.line())
    return {f.name: {"calls": f.calls, "utterances": f.utterances, "accuracy": round(f.accuracy, 4)} for f in figures}


if __name__ == "__main__":
    import sys

    run_roles_bench(int(sys.argv[1]) if len(sys.argv) > 1 else None)

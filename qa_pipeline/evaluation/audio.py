"""The labelled audio corpus (`sample_audio/`) and the ASR character error rate.

Each recording `X.<ext>` has a sidecar `X.json`: the call metadata, plus
`expected` (gold findings: category and index into the script, null for
call-level ones) and `script` (what was really said: speaker, start, end,
text). `qa-pipeline eval` uses these for end-to-end scores from audio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from qa_pipeline.domain.transcript import CallMetadata, parse_metadata, read_json_object
from qa_pipeline.errors import TranscriptError
from qa_pipeline.speech.audio import AUDIO_EXTENSIONS
from qa_pipeline.text.normalize import normalize_text

SPEAKERS = ("agent", "customer")


@dataclass(frozen=True, slots=True)
class ScriptLine:
    speaker: str
    start: float
    end: float
    text: str


@dataclass(frozen=True, slots=True)
class ExpectedFinding:
    category: str
    utterance_index: int | None  # into `AudioCase.script`; None for call-level findings


@dataclass(frozen=True, slots=True)
class AudioCase:
    recording: Path
    metadata: CallMetadata
    expected: tuple[ExpectedFinding, ...]
    script: tuple[ScriptLine, ...]

    @property
    def call_id(self) -> str:
        return self.metadata.call_id

    def reference_text(self, speaker: str | None = None) -> str:
        """What was said (by one speaker, or everyone), in order."""
        return "".join(line.text for line in self.script if speaker is None or line.speaker == speaker)


def _field(source: str, data: dict[str, Any], key: str, kind: type, default: Any) -> Any:
    value = data.get(key, default)
    if not isinstance(value, kind):
        raise TranscriptError(source, key, f"must be a {kind.__name__}")
    return value


def _script(source: str, items: list[Any]) -> tuple[ScriptLine, ...]:
    lines = []
    for i, item in enumerate(items):
        where = f"script[{i}]"
        if not isinstance(item, dict):
            raise TranscriptError(source, where, "must be an object")
        speaker = item.get("speaker")
        if speaker not in SPEAKERS:
            raise TranscriptError(source, f"{where}.speaker", "must be agent or customer")
        text = item.get("text")
        if not isinstance(text, str):
            raise TranscriptError(source, f"{where}.text", "must be a string")
        try:
            start, end = float(item["start"]), float(item["end"])
        except (KeyError, TypeError, ValueError):
            raise TranscriptError(source, where, "start and end must be numbers (seconds)") from None
        if end < start:
            raise TranscriptError(source, f"{where}.end", f"{end} is before start {start}")
        lines.append(ScriptLine(speaker, start, end, text))
    return tuple(lines)


def _expected(source: str, items: list[Any], n_script: int) -> tuple[ExpectedFinding, ...]:
    out = []
    for i, item in enumerate(items):
        where = f"expected[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("category"), str):
            raise TranscriptError(source, where, "must be an object with a category")
        index = item.get("utterance_index")
        if index is not None and (not isinstance(index, int) or not 0 <= index < max(n_script, 1)):
            raise TranscriptError(
                source, f"{where}.utterance_index", f"must be null or an index into script (0..{n_script - 1})"
            )
        out.append(ExpectedFinding(item["category"], index))
    return tuple(out)


def load_audio_case(recording: Path) -> AudioCase:
    sidecar = recording.with_suffix(".json")
    source = str(sidecar)
    data = read_json_object(sidecar)
    metadata = parse_metadata(data, source)
    script = _script(source, _field(source, data, "script", list, []))
    expected = _expected(source, _field(source, data, "expected", list, []), len(script))
    return AudioCase(recording=recording, metadata=metadata, expected=expected, script=script)


def load_audio_corpus(directory: str | Path) -> list[AudioCase]:
    """Every recording in `directory` that has a sidecar, sorted by file name."""
    directory = Path(directory)
    if not directory.is_dir():
        raise TranscriptError(str(directory), None, "not a folder")
    recordings = sorted(
        p for p in directory.iterdir()
        if p.is_file() and p.suffix.lower() in AUDIO_EXTENSIONS and p.with_suffix(".json").is_file()
    )
    return [load_audio_case(p) for p in recordings]


# --------------------------------------------------------------------------
# Character error rate
# --------------------------------------------------------------------------

# Letters, digits and CJK ideographs count; punctuation and spaces do not.
_NOT_COUNTED = re.compile(r"[^0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]+")


def cer_characters(text: str) -> str:
    """The characters CER compares: simplified, half-width, lower case, no punctuation."""
    return _NOT_COUNTED.sub("", normalize_text(text).text).lower()


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, one NumPy row at a time."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    bb = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    offsets = np.arange(len(b) + 1)
    prev = offsets.copy()
    for i, ch in enumerate(a, 1):
        cost = (bb != ord(ch)).astype(np.int64)
        # Substitution/match and deletion, then insertions as a running minimum:
        # row[j] = min_k<=j (tmp[k] + j - k).
        tmp = np.empty_like(prev)
        tmp[0] = i
        np.minimum(prev[1:] + 1, prev[:-1] + cost, out=tmp[1:])
        prev = np.minimum.accumulate(tmp - offsets) + offsets
    return int(prev[-1])


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Edits per reference character, after normalizing both sides
    (traditional -> simplified, full -> half width, punctuation dropped)."""
    ref, hyp = cer_characters(reference), cer_characters(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(ref, hyp) / len(ref)

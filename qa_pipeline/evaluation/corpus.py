"""Detection quality on a labelled corpus: per-category precision, recall, F1.

A call is labelled with the categories it violates and the utterances that
carry each (`expected` in the transcript or sidecar JSON). Detection is
scored per call x category; for each true positive we also check that the
first finding of that category points at a gold utterance.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa_pipeline.domain.findings import CATEGORIES, TRANSCRIPT_CATEGORIES, Finding
from qa_pipeline.domain.transcript import Transcript, parse_transcript, read_json_object
from qa_pipeline.engine import Scanner
from qa_pipeline.errors import TranscriptError
from qa_pipeline.evaluation.audio import character_error_rate, load_audio_corpus
from qa_pipeline.jobs.process import TranscriberLike


@dataclass(frozen=True, slots=True)
class ExpectedFinding:
    category: str
    utterance_index: int | None


@dataclass(slots=True)
class LabelledCall:
    transcript: Transcript
    expected: list[ExpectedFinding]
    source: str


def parse_expected(data: Any, source: str) -> list[ExpectedFinding]:
    if not isinstance(data, list):
        raise TranscriptError(source, "expected", "must be a list of {category, utterance_index}")
    out = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or item.get("category") not in CATEGORIES:
            raise TranscriptError(source, f"expected[{i}].category", f"unknown category {item!r}")
        idx = item.get("utterance_index")
        if idx is not None and not isinstance(idx, int):
            raise TranscriptError(source, f"expected[{i}].utterance_index", "must be an integer or null")
        out.append(ExpectedFinding(item["category"], idx))
    return out


def load_labelled_corpus(directory: Path) -> list[LabelledCall]:
    calls = []
    for path in sorted(directory.glob("*.json")):
        data = read_json_object(path)
        if "expected" not in data:
            raise TranscriptError(str(path), "expected", "is required in a labelled corpus")
        expected = parse_expected(data.pop("expected"), str(path))
        calls.append(LabelledCall(parse_transcript(data, str(path)), expected, str(path)))
    return calls


@dataclass(slots=True)
class CategoryScore:
    category: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pointed: int = 0  # true positives whose first finding is on a gold utterance
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def pointing(self) -> float:
        return self.pointed / self.tp if self.tp else 1.0


@dataclass(slots=True)
class EvalReport:
    scores: dict[str, CategoryScore]
    calls: int
    clean_calls: int
    extra: dict[str, Any] = field(default_factory=dict)

    def table(self) -> str:
        rows = [f"{'category':<24} {'support':>7} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} "
                f"{'f1':>6} {'pointing':>8}"]
        for cat, s in self.scores.items():
            rows.append(f"{cat:<24} {s.tp + s.fn:>7} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>9.3f} "
                        f"{s.recall:>7.3f} {s.f1:>6.3f} {s.pointing:>8.3f}")
        rows.append(f"{self.calls} calls, {self.clean_calls} without a violation "
                    f"({self.clean_calls / max(self.calls, 1):.0%})")
        for key, value in self.extra.items():
            rows.append(f"{key}: {value}")
        return "\n".join(rows)

    def to_json(self) -> dict[str, Any]:
        return {
            "calls": self.calls, "clean_calls": self.clean_calls, **self.extra,
            "categories": {c: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4),
                               "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                               "pointing": round(s.pointing, 4)} for c, s in self.scores.items()},
        }


PointsAt = Callable[[Finding, set], bool]


def _same_utterance(finding: Finding, gold: set) -> bool:
    return finding.utterance_index in gold


def score(results: Iterable[tuple], categories: Iterable[str] = TRANSCRIPT_CATEGORIES) -> EvalReport:
    """Results are (call_id, expected, found) or (call_id, expected, found, points_at)."""
    scores = {c: CategoryScore(c) for c in categories}
    calls = clean = 0
    for call_id, expected, found, *rest in results:
        points_at: PointsAt = rest[0] if rest else _same_utterance
        calls += 1
        clean += not expected
        for cat, s in scores.items():
            gold = {e.utterance_index for e in expected if e.category == cat}
            got = [f for f in found.findings if f.category == cat]
            if gold and got:
                s.tp += 1
                first = min(got, key=lambda f: -1 if f.utterance_index is None else f.utterance_index)
                if points_at(first, gold):
                    s.pointed += 1
            elif got:
                s.fp += 1
                s.false_alarms.append(f"{call_id} #{got[0].utterance_index} {got[0].rule_id} {got[0].evidence.matched}")
            elif gold:
                s.fn += 1
                s.misses.append(f"{call_id} #{sorted(gold, key=lambda x: -1 if x is None else x)}")
    return EvalReport(scores, calls, clean)


def evaluate_recordings(directory: Path, scanner: Scanner, transcriber: TranscriberLike | None = None) -> EvalReport:
    """End to end: transcribe each labelled recording, scan it, score it.

    A finding points at a gold utterance when its time span overlaps that
    line of the script (ASR utterances are not the script's lines). Also
    reports the character error rate of the transcripts against the scripts.
    """
    cases = load_audio_corpus(directory)
    if transcriber is None:
        # Imported here: faster-whisper loads only when recordings are scored.
        from qa_pipeline.speech.transcriber import Transcriber

        transcriber = Transcriber()
    results = []
    edits = ref_chars = 0.0
    per_call_cer: dict[str, float] = {}
    for case in cases:
        transcript = transcriber.transcribe(case.recording, case.metadata)
        found = scanner.scan(transcript)
        expected = [ExpectedFinding(e.category, e.utterance_index) for e in case.expected]
        script = case.script

        def overlaps(finding: Finding, gold: set, script=script) -> bool:
            if finding.utterance_index is None:
                return None in gold
            return any(i is not None and finding.start < script[i].end + 0.5 and script[i].start - 0.5 < finding.end
                       for i in gold)

        results.append((case.call_id, expected, found, overlaps))
        reference = case.reference_text()
        hypothesis = "".join(u.text for u in transcript.utterances)
        cer = character_error_rate(reference, hypothesis)
        per_call_cer[case.call_id] = round(cer, 3)
        n = len(reference)
        edits += cer * n
        ref_chars += n
    report = score(results)
    report.extra["character_error_rate"] = round(edits / ref_chars, 3) if ref_chars else None
    report.extra["character_error_rate_per_call"] = per_call_cer
    return report

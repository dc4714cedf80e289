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

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.domain.findings import CATEGORIES, TRANSCRIPT_CATEGORIES, CallFindings, Finding
from qa_pipeline.domain.transcript import Transcript, parse_transcript, read_json_object
from qa_pipeline.engine import Scanner
from qa_pipeline.errors import TranscriptError
from qa_pipeline.evaluation.audio import ScriptLine, character_error_rate, load_audio_corpus
from qa_pipeline.jobs.process import TranscriberLike
from qa_pipeline.jobs.second_listen import second_listen_recording
from qa_pipeline.text.embeddings import CachedEmbedder
from qa_pipeline.text.normalize import normalize_texts


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
    """Per call x category: a call with a gold label and a counted finding is a
    true positive. Findings marked needs_listening are not counted as
    violations (they wait for a reviewer); they are tallied apart: on calls
    with the label (`listen_gold`) and without (`listen_clean`)."""

    category: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pointed: int = 0  # true positives whose first finding is on a gold utterance
    listen_gold: int = 0
    listen_clean: int = 0
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
        rows = [f"{'category':<28} {'support':>7} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} "
                f"{'f1':>6} {'pointing':>8} {'listen':>7}"]
        for cat, s in self.scores.items():
            listen = f"{s.listen_gold}/{s.listen_clean}" if s.listen_gold or s.listen_clean else "-"
            rows.append(f"{cat:<28} {s.tp + s.fn:>7} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>9.3f} "
                        f"{s.recall:>7.3f} {s.f1:>6.3f} {s.pointing:>8.3f} {listen:>7}")
        rows.append(f"{self.calls} calls, {self.clean_calls} without a violation "
                    f"({self.clean_calls / max(self.calls, 1):.0%}); listen: findings that need listening "
                    f"(on labelled calls / on others), not counted above")
        for key, value in self.extra.items():
            rows.append(f"{key}: {value}")
        return "\n".join(rows)

    def to_json(self) -> dict[str, Any]:
        return {
            "calls": self.calls, "clean_calls": self.clean_calls, **self.extra,
            "categories": {c: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4),
                               "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                               "pointing": round(s.pointing, 4), "listen_gold": s.listen_gold,
                               "listen_clean": s.listen_clean} for c, s in self.scores.items()},
        }


PointsAt = Callable[[Finding, set[int | None]], bool]


def same_utterance(finding: Finding, gold: set[int | None]) -> bool:
    return finding.utterance_index in gold


@dataclass(frozen=True, slots=True)
class ScoredCall:
    """One labelled call and what the engine found on it."""

    call_id: str
    expected: list[ExpectedFinding]
    found: CallFindings
    points_at: PointsAt = same_utterance


def score(results: Iterable[ScoredCall], categories: Iterable[str] = TRANSCRIPT_CATEGORIES) -> EvalReport:
    scores = {c: CategoryScore(c) for c in categories}
    calls = clean = 0
    for call in results:
        calls += 1
        clean += not call.expected
        for cat, s in scores.items():
            gold = {e.utterance_index for e in call.expected if e.category == cat}
            of_category = [f for f in call.found.findings if f.category == cat]
            got = [f for f in of_category if not f.needs_listening]
            if any(f.needs_listening for f in of_category) and not got:
                if gold:
                    s.listen_gold += 1
                else:
                    s.listen_clean += 1
            if gold and got:
                s.tp += 1
                first = min(got, key=lambda f: -1 if f.utterance_index is None else f.utterance_index)
                if call.points_at(first, gold):
                    s.pointed += 1
            elif got:
                s.fp += 1
                s.false_alarms.append(f"{call.call_id} #{got[0].utterance_index} {got[0].rule_id} "
                                      f"{got[0].evidence.matched}")
            elif gold:
                s.fn += 1
                s.misses.append(f"{call.call_id} #{sorted(gold, key=lambda x: -1 if x is None else x)}")
    return EvalReport(scores, calls, clean)


def scan_corpus(calls: Iterable[LabelledCall], scanner: Scanner) -> EvalReport:
    calls = list(calls)
    embedder = sentence_cache(scanner, [c.transcript for c in calls])
    return score(ScoredCall(c.transcript.call_id, c.expected, scanner.scan(c.transcript, embedder=embedder))
                 for c in calls)


def sentence_cache(scanner: Scanner, transcripts: list[Transcript], batch: int = 64) -> CachedEmbedder:
    """The sentences the semantic pass will embed, embedded ahead in large
    batches (several times faster per sentence than one call at a time)."""
    cache = CachedEmbedder(scanner.embedder)
    if scanner.semantic.active:
        texts = [u.text for t in transcripts
                 for u in scanner.semantic.units([x.speaker for x in t.utterances],
                                                 normalize_texts([x.text for x in t.utterances]))]
        unique = list(dict.fromkeys(texts))
        for i in range(0, len(unique), batch):
            cache.embed(unique[i:i + batch])
    return cache


def corpus_splits(directory: Path) -> dict[str, Path]:
    """The splits of a labelled corpus: its sub-folders holding labelled calls
    (tests/corpus/dev, tests/corpus/test), or the folder itself."""
    splits = {p.name: p for p in sorted(directory.iterdir()) if p.is_dir() and any(p.glob("*.json"))}
    return splits or {directory.name: directory}


def evaluate_recordings(directory: Path, scanner: Scanner, transcriber: TranscriberLike | None = None,
                        settings: Settings | None = None) -> EvalReport:
    """End to end: transcribe each labelled recording, scan it, score it.

    A finding points at a gold utterance when its time span overlaps that
    line of the script (ASR utterances are not the script's lines). Also
    reports the character error rate of the transcripts against the scripts.
    """
    cases = load_audio_corpus(directory)
    settings = settings or get_settings()
    if transcriber is None:
        # Imported here: faster-whisper loads only when recordings are scored.
        from qa_pipeline.speech.transcriber import Transcriber

        transcriber = Transcriber()
    results = []
    edits = ref_chars = 0.0
    per_call_cer: dict[str, float] = {}
    for case in cases:
        transcript = transcriber.transcribe(case.recording, case.metadata)
        found = second_listen_recording(case.recording, transcript, scanner.scan(transcript), scanner, transcriber,
                                        settings).findings
        expected = [ExpectedFinding(e.category, e.utterance_index) for e in case.expected]
        script = case.script

        def overlaps(finding: Finding, gold: set[int | None], script: tuple[ScriptLine, ...] = script) -> bool:
            if finding.utterance_index is None or finding.start is None or finding.end is None:
                return None in gold
            return any(i is not None and finding.start < script[i].end + 0.5 and script[i].start - 0.5 < finding.end
                       for i in gold)

        results.append(ScoredCall(case.call_id, expected, found, overlaps))
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

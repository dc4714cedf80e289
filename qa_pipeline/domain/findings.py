"""Findings: what the engine flags, with the evidence a reviewer reads."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, get_args

from qa_pipeline.domain.dialogue import DialogueState

Category = Literal[
    "threat",
    "abuse",
    "impersonation",
    "third_party_disclosure",
    "identity_not_confirmed",
    "out_of_hours",
    "call_frequency",
    "missing_self_identification",
    "misleading_consequence",
    "borrowing_inducement",
]
CATEGORIES: tuple[str, ...] = get_args(Category)
# What one transcript can show; call_frequency needs the other calls of the day.
TRANSCRIPT_CATEGORIES: tuple[str, ...] = tuple(c for c in CATEGORIES if c != "call_frequency")
Severity = Literal["info", "low", "medium", "high", "critical"]
SEVERITY_ORDER = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


class MatchKind(enum.StrEnum):
    """How a match was found, surest first."""

    literal = "literal"    # the term as written (or a regular expression)
    variant = "variant"    # a listed mishearing of the term (逾期 | 一七)
    phonetic = "phonetic"  # the term by sound
    semantic = "semantic"  # a sentence close in meaning to a rule's example


class Match(NamedTuple):
    """One piece of evidence in an utterance (a named tuple: the engine makes
    several per finding, and a tuple is the cheapest object Python builds)."""

    term: str          # the lexicon term, the pattern's match, or the nearest example sentence
    text: str          # the text as it stands in the (normalized) utterance
    start: int         # offsets into the normalized utterance text
    end: int
    selection: str     # the rule selection that asked for it
    kind: MatchKind = MatchKind.literal
    score: float = 1.0
    similarity: float | None = None  # semantic matches: cosine similarity to `term`

    @property
    def phonetic(self) -> bool:
        """Found by sound (or as a listed mishearing), not by its characters."""
        return self.kind in (MatchKind.variant, MatchKind.phonetic)


@dataclass(frozen=True, slots=True)
class ListenCue:
    """Why a finding needs listening, and the stretch of audio to listen to."""

    reason: str
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class Reading:
    """One decoding of the audio behind a finding (the first pass, or the
    second listen with wider padding and a full beam search)."""

    source: str   # "first_pass" | "second_listen"
    text: str
    confidence: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactRef:
    """A contact-ledger entry a finding rests on: a dial attempt, or a recorded call."""

    attempt_id: str
    at: str                      # ISO 8601, with offset
    result: str
    agency: str | None = None
    number: str | None = None
    call_id: str | None = None   # the recording's call_id, where one was made
    recorded_only: bool = False  # a recorded call no imported attempt links to

    def to_json(self) -> dict[str, Any]:
        return {"attempt_id": self.attempt_id, "at": self.at, "result": self.result, "agency": self.agency,
                "number": self.number, "call_id": self.call_id, "recorded_only": self.recorded_only}


@dataclass(slots=True, kw_only=True)
class Evidence:
    matched: list[str]
    explanation: str
    matches: list[Match] = field(default_factory=list)
    score: float = 1.0                    # the weakest match's score
    match_kind: MatchKind = MatchKind.literal  # the weakest match's kind
    dialogue_state: DialogueState | None = None
    references: list[str] = field(default_factory=list)  # the rule's regulation clauses
    asr_confidence: float | None = None   # lowest probability of the recogniser's words under the matches
    seek: float | None = None             # seconds into the recording: the first flagged word
    listen: ListenCue | None = None
    readings: list[Reading] = field(default_factory=list)
    # Ledger rules: the attempt the finding is about, and the contacts it counted.
    attempt: str | None = None
    contacts: list[ContactRef] = field(default_factory=list)

    @property
    def phonetic(self) -> bool:
        return any(m.phonetic for m in self.matches)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "matched": self.matched,
            "explanation": self.explanation,
            "match_kind": self.match_kind.value,
            "score": round(self.score, 3),
            "phonetic": self.phonetic,
            "references": self.references,
            "spans": [_span_json(m) for m in self.matches],
        }
        if self.dialogue_state is not None:
            out["dialogue_state"] = self.dialogue_state.value
        if self.asr_confidence is not None:
            out["asr_confidence"] = round(self.asr_confidence, 3)
        if self.seek is not None:
            out["seek"] = round(self.seek, 2)
        if self.listen is not None:
            out["listen"] = {"reason": self.listen.reason, "start": round(self.listen.start, 2),
                             "end": round(self.listen.end, 2)}
        if self.attempt is not None:
            out["attempt"] = self.attempt
        if self.contacts:
            out["contacts"] = [c.to_json() for c in self.contacts]
        if self.readings:
            out["readings"] = [{"source": r.source, "text": r.text,
                                "confidence": None if r.confidence is None else round(r.confidence, 3)}
                               for r in self.readings]
        return out


def _span_json(m: Match) -> dict[str, Any]:
    out: dict[str, Any] = {"term": m.term, "text": m.text, "start": m.start, "end": m.end,
                           "selection": m.selection, "kind": m.kind.value, "phonetic": m.phonetic}
    if m.similarity is not None:
        out["similarity"] = round(m.similarity, 3)
    return out


@dataclass(slots=True, kw_only=True)
class Finding:
    """One flag. Call-level findings (out_of_hours, ...) have no utterance."""

    rule_id: str
    category: str
    severity: str
    evidence: Evidence
    utterance_index: int | None = None
    speaker: str | None = None
    start: float | None = None
    end: float | None = None
    text: str | None = None
    title: str = ""
    pack: str = ""
    pack_version: str = ""
    # 0-1: how sure (see DESIGN.md "Findings JSON"); below the pack's threshold,
    # or resting on an answer nobody could make out, it needs listening.
    confidence: float = 1.0
    needs_listening: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "category": self.category,
            "severity": self.severity,
            "utterance_index": self.utterance_index,
            "speaker": self.speaker,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "confidence": round(self.confidence, 3),
            "needs_listening": self.needs_listening,
            "title": self.title,
            "pack": self.pack,
            "pack_version": self.pack_version,
            "evidence": self.evidence.to_json(),
        }


@dataclass(slots=True)
class CallFindings:
    call_id: str
    findings: list[Finding]

    def to_json(self) -> dict[str, Any]:
        return {"call_id": self.call_id, "findings": [f.to_json() for f in self.findings]}




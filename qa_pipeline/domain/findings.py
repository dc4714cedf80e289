"""Findings: what the engine flags, with the evidence a reviewer reads."""

from __future__ import annotations

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


class Match(NamedTuple):
    """One term found in an utterance (a named tuple: the engine makes
    several per finding, and a tuple is the cheapest object Python builds)."""

    term: str          # the lexicon term
    text: str          # the text as it stands in the (normalized) utterance
    start: int         # offsets into the normalized utterance text
    end: int
    selection: str     # the rule selection that asked for it
    phonetic: bool = False  # found by sound, not by characters: scored lower
    score: float = 1.0


@dataclass(slots=True, kw_only=True)
class Evidence:
    matched: list[str]
    explanation: str
    matches: list[Match] = field(default_factory=list)
    score: float = 1.0
    phonetic: bool = False
    dialogue_state: DialogueState | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "matched": self.matched,
            "explanation": self.explanation,
            "score": round(self.score, 3),
            "phonetic": self.phonetic,
            "spans": [
                {"term": m.term, "text": m.text, "start": m.start, "end": m.end,
                 "selection": m.selection, "phonetic": m.phonetic}
                for m in self.matches
            ],
        }
        if self.dialogue_state is not None:
            out["dialogue_state"] = self.dialogue_state.value
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




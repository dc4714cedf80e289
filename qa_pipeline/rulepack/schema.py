"""The rule-pack format, as pydantic models that validate themselves when built.

A pack is a folder: `pack.yaml` (the manifest: name, version, jurisdiction,
settings) and one YAML file per rule anywhere below it. See
rules/README.md for the format written for rule authors.
"""

from __future__ import annotations

import enum
import re
from datetime import datetime, time
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from qa_pipeline.domain.acoustics import AcousticMeasure, CallSound
from qa_pipeline.domain.contacts import ContactResult
from qa_pipeline.domain.dialogue import CalleeStatus, IdentityStatus
from qa_pipeline.domain.findings import Category as RuleCategory
from qa_pipeline.domain.findings import Severity
from qa_pipeline.domain.timezones import OffsetDateTime, TimezoneName
from qa_pipeline.domain.transcript import CalleeRelation
from qa_pipeline.text.lexicon import DEFAULT_FUZZY_PAIRS

Scope = Literal["agent", "customer", "any", "call"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {value!r}: {exc}") from None
    return value


class ContactWindow(_Strict):
    start: time
    end: time

    @model_validator(mode="after")
    def _ordered(self) -> ContactWindow:
        if self.start >= self.end:
            raise ValueError("start must be before end")
        return self

    def contains(self, local: time) -> bool:
        return self.start <= local < self.end


class SelectionKind(enum.StrEnum):
    """What a selection looks for. Inline `terms` compile into a lexicon of the rule's own."""

    lexicon = "lexicon"
    terms = "terms"
    regex = "regex"
    near = "near"
    similar = "similar"
    contact_window = "contact_window"
    calls_per_day = "calls_per_day"
    ledger = "ledger"
    acoustic = "acoustic"
    flagged = "flagged"


class LedgerCheck(enum.StrEnum):
    """Checks on the contact ledger (dial attempts, answered or not)."""

    unanswered_per_number = "unanswered_per_number"  # unanswered attempts to one number in a local day
    third_party_before_unreachable = "third_party_before_unreachable"  # a third party called too early


# Example sentences longer than this mostly say several things at once.
MAX_EXAMPLE_CHARS = 120


class SimilarExamples(_Strict):
    """Sentences an utterance matches when it is close enough in meaning to
    one of `like` (and closer to it than to any of `unlike`, the near-misses)."""

    like: list[str] = Field(min_length=1, max_length=300)
    unlike: list[str] = Field(default_factory=list, max_length=300)
    # Cosine similarity the nearest `like` must reach; default: the pack's semantic.threshold.
    threshold: float | None = Field(None, gt=0, lt=1)

    @field_validator("like", "unlike")
    @classmethod
    def _sentences(cls, value: list[str]) -> list[str]:
        for i, sentence in enumerate(value):
            if not sentence.strip():
                raise ValueError(f"sentence {i} is empty")
            if len(sentence) > MAX_EXAMPLE_CHARS:
                raise ValueError(f"sentence {i} is longer than {MAX_EXAMPLE_CHARS} characters: "
                                 "split it into the sentences that carry the meaning")
        return [s.strip() for s in value]

    @model_validator(mode="after")
    def _no_sentence_on_both_sides(self) -> SimilarExamples:
        both = sorted(set(self.like) & set(self.unlike))
        if both:
            raise ValueError(f"{both[0]!r} is both in like and in unlike")
        return self


class Selection(_Strict):
    """One named thing a rule looks for. Exactly one kind per selection."""

    lexicon: list[str] | None = None      # lexicon names (files under lexicons/)
    terms: list[str] | None = None        # inline terms
    regex: list[str] | None = None        # regular expressions on the normalized text
    near: list[str] | None = None         # two other selections close to each other
    similar: SimilarExamples | None = None  # sentences close in meaning (sentence embeddings)
    contact_window: Literal["outside"] | None = None  # call level: start time outside the window
    window: ContactWindow | None = None    # for contact_window: this window instead of the pack's
    calls_per_day: Literal["over_limit"] | None = None  # call level: more calls to this debtor today than allowed
    # call level, on the contact ledger: see LedgerCheck
    ledger: LedgerCheck | None = None
    # call level, on the recording's acoustic measures: more than `over` (default: the pack's acoustic settings)
    acoustic: AcousticMeasure | None = None
    over: float | None = Field(None, ge=0)
    # call level, per utterance: the utterance has a finding of one of these categories (from the other rules)
    flagged: list[RuleCategory] | None = None
    # for calls_per_day: this limit instead of the pack's max_calls_per_day; for
    # ledger: unanswered_per_number, instead of max_unanswered_per_number
    limit: int | None = Field(None, ge=1)
    within: int = Field(12, ge=0, le=200)  # for `near`: most characters between the two hits (0: adjacent)
    ordered: bool = False                  # for `near`: the first must come before the second
    negatable: bool = False                # drop hits inside a negation's scope
    phonetic: bool = True                  # also match by sound (scored lower)
    phonetic_min_chars: int = Field(3, ge=2)  # shorter terms matched by sound collide with common words
    # Short hits (one or two characters) must be whole words by jieba's
    # segmentation: 滚 not in 滚动, 你妈 not in 你妈妈. Costs a tokenization.
    whole_words: bool = False
    same_clause: bool = True               # for `near`: both hits in one clause
    # For lexicon and terms: a hit inside a match of one of these regular
    # expressions is not a hit (妈的 in 当妈的, 贷款 in 小额贷款公司).
    not_within: list[str] | None = None
    # In a call-level rule: whose turns a lexicon, terms, regex, near or
    # similar selection is looked for in (it holds when some turn matches).
    speaker: Literal["agent", "customer"] = "agent"

    @field_validator("lexicon", "terms", "regex", "not_within", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @field_validator("regex", "not_within")
    @classmethod
    def _regexes_compile(cls, value: list[str] | None) -> list[str] | None:
        for item in value or []:
            _check_regex(item)
        return value

    @field_validator("terms")
    @classmethod
    def _terms_not_empty(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and (not value or any(not t.strip() for t in value)):
            raise ValueError("terms must be a non-empty list of non-empty strings")
        return value

    @model_validator(mode="after")
    def _exactly_one_kind(self) -> Selection:
        kinds = [k.value for k in SelectionKind if getattr(self, k.value)]
        if len(kinds) != 1:
            raise ValueError(
                "a selection needs exactly one of lexicon, terms, regex, near, similar, contact_window, "
                "calls_per_day, ledger, acoustic, flagged"
                + (f" (found {', '.join(kinds)})" if kinds else ""))
        if self.near is not None and len(self.near) != 2:
            raise ValueError("near takes exactly two selection names")
        if self.not_within is not None and not (self.lexicon or self.terms):
            raise ValueError("not_within applies to lexicon and terms selections only")
        if self.over is not None and self.acoustic is None:
            raise ValueError("over applies to acoustic selections only")
        return self

    @property
    def kind(self) -> SelectionKind:
        return next(k for k in SelectionKind if getattr(self, k.value))


class DialogueGate(_Strict):
    """Where the conversation must stand for the rule to apply."""

    identity: IdentityStatus | None = None
    callee: CalleeStatus | None = None


class Detection(_Strict):
    selections: dict[str, Selection]
    dialogue: DialogueGate | None = None
    condition: str

    @field_validator("selections")
    @classmethod
    def _names(cls, value: dict[str, Selection]) -> dict[str, Selection]:
        if not value:
            raise ValueError("a rule needs at least one selection")
        for name in value:
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                raise ValueError(f"selection name {name!r} must be letters, digits and _")
        return value


class Callee(_Strict):
    relation: CalleeRelation = "debtor"
    timezone: TimezoneName | None = None


class ExampleContact(_Strict):
    """A dial attempt in a rule example (the ledger's fields, with defaults)."""

    attempt_id: str = Field(min_length=1)
    at: OffsetDateTime
    result: ContactResult = ContactResult.answered
    number: str = "13800000000"
    debtor_id: str = "d-1"
    agency: str = "agency-a"
    relation: CalleeRelation = "debtor"
    timezone: TimezoneName | None = None


class Example(_Strict):
    """A mini call for the rule's own tests: turns, or one agent utterance."""

    turns: list[dict[Literal["agent", "customer"], str]] = Field(default_factory=list)
    started_at: OffsetDateTime = datetime.fromisoformat("2026-03-02T10:00:00+08:00")
    callee: Callee = Field(default_factory=Callee)
    call_of_day: int | None = Field(None, ge=1)  # for calls_per_day rules: this call's number that day
    # For ledger rules: the debtor's contact attempts, and which of them is this example's call.
    contacts: list[ExampleContact] = Field(default_factory=list, max_length=100)
    # For acoustic rules: the call's measures (turns by utterance index).
    acoustics: CallSound | None = None
    attempt: str | None = None

    @model_validator(mode="after")
    def _attempt_in_contacts(self) -> Example:
        if self.attempt is not None and self.attempt not in {c.attempt_id for c in self.contacts}:
            raise ValueError(f"attempt {self.attempt!r} is not the attempt_id of one of contacts")
        return self
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        if isinstance(value, str):
            return {"turns": [{"agent": value}]}
        return value

    @field_validator("turns")
    @classmethod
    def _one_speaker_per_turn(cls, value: list[dict[str, str]]) -> list[dict[str, str]]:
        for i, turn in enumerate(value):
            if len(turn) != 1:
                raise ValueError(f"turn {i} must have exactly one speaker (agent or customer)")
        return value


class Examples(_Strict):
    flag: list[Example] = Field(min_length=1)
    ok: list[Example] = Field(min_length=1)


class Rule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
    title: str = Field(min_length=1)
    status: Literal["stable", "test", "experimental", "deprecated"] = "stable"
    category: RuleCategory
    severity: Severity
    description: str = Field(min_length=1)
    references: list[str] = Field(min_length=1)
    scope: Scope
    detection: Detection
    explanation: str | None = None  # a sentence for reviewers; {matched} is filled in
    falsepositives: list[str] = Field(default_factory=list)
    examples: Examples
    tags: list[str] = Field(default_factory=list)


class PhoneticSettings(_Strict):
    fuzzy_pairs: list[tuple[str, str]] = Field(default_factory=lambda: list(DEFAULT_FUZZY_PAIRS))
    score: float = Field(0.7, gt=0, le=1)
    variant_score: float = Field(0.85, gt=0, le=1)
    min_chars: int = Field(2, ge=2)
    # Regular expressions for proper names (an institution's name, 安信资产管理公司): a sound match
    # or listed mishearing overlapping one of their matches is a name, not the word (按刑事).
    names: list[str] = Field(default_factory=list)

    @field_validator("names")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for i, pattern in enumerate(value):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"names[{i}] is not a valid regular expression: {exc}") from None
        return value


class NegationSettings(_Strict):
    cues: str = "negation_cues"                    # lexicon of negation words
    condition_verbs: str = "negation_condition_verbs"  # 不+verb here is a condition (不还钱), not a negation
    breakers: str = "negation_breakers"            # words that end a negation's scope (就, 否则)
    max_tokens: int = Field(5, ge=1, le=20)
    # A cue opening a rhetorical question negates nothing: 你不是还有信用卡吗
    # (searched from the cue to the clause's end).
    rhetorical: str = r"^(不是|不就|难道不)[^吗么嘛]*(吗|么|嘛)$"

    @field_validator("rhetorical")
    @classmethod
    def _rhetorical_compiles(cls, value: str) -> str:
        return _check_regex(value)


class DialogueSettings(_Strict):
    identity_question: list[str] = Field(min_length=1)   # regexes on the agent's words
    affirm: list[str] = Field(min_length=1)              # regexes on the answer
    deny: list[str] = Field(min_length=1)                # regexes: the callee is someone else (any time)
    deny_answer: list[str] = Field(default_factory=list)  # regexes: a "no" that only counts as an answer
    self_identify: list[str] = Field(default_factory=list)  # regexes: the callee says who they are
    # regexes: the callee says they are liable with the debtor (共同借款人, 担保人): may hear the debt
    liable_party: list[str] = Field(default_factory=list)
    # regexes: the agent asks whether the callee is liable (您是共同借款人吧); a yes to it counts as liable_party
    liable_question: list[str] = Field(default_factory=list)
    # regexes (whole answer): a recognisable reply that is no answer (你哪位, 什么事): the question stays open
    non_answer: list[str] = Field(default_factory=list)
    # A regex: fillers removed from the start of an answer before it is read (哦对，是我).
    filler: str | None = None
    # An answer this short (characters, punctuation aside) that is none of the above was not made out.
    unclear_max_chars: int = Field(4, ge=0, le=20)

    @field_validator("filler")
    @classmethod
    def _filler_compiles(cls, value: str | None) -> str | None:
        return _check_regex(value) if value is not None else None

    @field_validator("identity_question", "affirm", "deny", "deny_answer", "self_identify", "liable_party",
                     "liable_question", "non_answer")
    @classmethod
    def _compile(cls, value: list[str]) -> list[str]:
        for item in value:
            _check_regex(item)
        return value


# Who may hear about the debt by default: the debtor and those liable with them.
MAY_HEAR_DEBT: tuple[CalleeRelation, ...] = ("debtor", "co_borrower", "guarantor")


class SemanticSettings(_Strict):
    """The `similar` selection kind: sentence embeddings compared with a rule's examples."""

    threshold: float = Field(0.9, gt=0, lt=1)  # cosine similarity to the nearest `like` sentence
    margin: float = Field(0.0, ge=0, lt=1)     # and that much more than to the nearest `unlike`
    min_chars: int = Field(6, ge=1)            # shorter sentences carry too little meaning
    max_sentences: int = Field(400, ge=1)      # per call: a bound on the embedding cost
    score: float = Field(0.6, gt=0, le=1)      # a semantic match's score at the threshold (1.0 at similarity 1)


class ConfidenceSettings(_Strict):
    """A finding's confidence: its weakest match's score, times the recogniser's
    trust in the matched words, times the dialogue's certainty."""

    needs_listening_below: float = Field(0.5, ge=0, le=1)  # below this a finding needs listening
    asr_trust: float = Field(0.75, gt=0, le=1)   # a word this probable (or more) is taken as heard
    unclear_answer: float = Field(0.5, gt=0, le=1)  # factor when identity rests on an unclear answer


class AcousticSettings(_Strict):
    """Default thresholds of `acoustic` selections (a selection's `over` replaces its measure's)."""

    shout_db: float = Field(8.0, gt=0)            # sustained dB above the agent's median turn level
    talk_over_s: float = Field(2.0, gt=0)         # seconds one agent turn talks over the callee
    speech_rate_cpm: float = Field(400.0, gt=0)   # characters per minute
    silence_s: float = Field(15.0, gt=0)          # the longest silence in the call
    overtalk_count: float = Field(3, ge=0)        # agent talk-overs in the call
    overtalk_seconds: float = Field(6.0, gt=0)    # seconds of agent talk-over in the call

    def threshold(self, measure: AcousticMeasure) -> float:
        return {AcousticMeasure.shouting: self.shout_db, AcousticMeasure.talk_over: self.talk_over_s,
                AcousticMeasure.speech_rate: self.speech_rate_cpm, AcousticMeasure.long_silence: self.silence_s,
                AcousticMeasure.overtalk_count: self.overtalk_count,
                AcousticMeasure.overtalk_seconds: self.overtalk_seconds}[measure]


class PackSettings(_Strict):
    contact_window: ContactWindow = ContactWindow(start=time(8), end=time(21))
    default_timezone: TimezoneName = "Asia/Shanghai"
    may_hear_debt: list[CalleeRelation] = Field(default_factory=lambda: list(MAY_HEAR_DEBT))
    phonetic: PhoneticSettings = Field(default_factory=PhoneticSettings)
    negation: NegationSettings = Field(default_factory=NegationSettings)
    semantic: SemanticSettings = Field(default_factory=SemanticSettings)
    confidence: ConfidenceSettings = Field(default_factory=ConfidenceSettings)
    dialogue: DialogueSettings
    max_calls_per_day: int = Field(3, ge=1)
    # Contact ledger: unanswered attempts to one number per local day before
    # `ledger: unanswered_per_number` flags, and the failed attempts in a row
    # (or one invalid-number result) after which the debtor counts as unreachable.
    max_unanswered_per_number: int = Field(6, ge=1)
    unreachable_after_failures: int = Field(3, ge=1)
    acoustic: AcousticSettings = Field(default_factory=AcousticSettings)


class PackManifest(_Strict):
    name: str = Field(pattern=r"^[a-z0-9_]+$")
    version: str = Field(min_length=1)
    jurisdiction: str
    description: str = ""
    lexicons: str = "../../lexicons"  # folder of word lists, relative to the pack
    settings: PackSettings

"""Response and request bodies of the API. Builders mask personal numbers for roles that may not see them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from qa_pipeline.domain.acoustics import CallSound
from qa_pipeline.domain.findings import Category
from qa_pipeline.domain.rescan import RescanDiff
from qa_pipeline.domain.review import AppealOutcome, AppealState, ReviewDecision, ReviewState
from qa_pipeline.domain.sampling import SampleCriteria, SampleKind, SampleOutcome
from qa_pipeline.domain.transcript import Speaker, Transcript
from qa_pipeline.store.models import (
    ApiKey,
    Appeal,
    AuditEntry,
    Call,
    CallSource,
    CallStatus,
    Review,
    Role,
    StoredFinding,
)
from qa_pipeline.text.pii import mask_json, mask_text


def _storable(value: str) -> str:
    # What the databases cannot store (PostgreSQL refuses NUL; UTF-8 refuses lone surrogates).
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("is not valid Unicode text") from None
    return value


StorableText = Annotated[str, AfterValidator(_storable)]


class ErrorResponse(BaseModel):
    detail: str = Field(description="What is wrong, in a sentence.")
    field: str | None = Field(None, description="The request field at fault, e.g. `metadata.started_at`.")
    errors: list[dict[str, Any]] | None = Field(None, description="Every validation error, when there are several.")


class MetadataConflictOut(ErrorResponse):
    call_id: int = Field(description="The call the recording is stored as.")
    fields: list[str] = Field(description="The metadata fields that differ from the stored call's, e.g. `agent_id`.")


# --- calls -----------------------------------------------------------------

class AudioInfo(BaseModel):
    filename: str | None
    content_type: str | None
    bytes: int | None
    url: str = Field(description="Streams the recording; supports HTTP range requests.")


class CallSummary(BaseModel):
    id: int
    external_id: str = Field(description="The `call_id` of the metadata or transcript.")
    source: CallSource
    status: CallStatus
    error: str | None
    agent_id: str | None
    debtor_id: str | None
    started_at: datetime
    call_date: date = Field(description="Local date of the callee at the start of the call.")
    created_at: datetime
    processed_at: datetime | None
    pack_name: str | None
    pack_version: str | None
    audio: AudioInfo | None


class ErasedOut(BaseModel):
    id: int = Field(description="The erased call's id.")
    utterances: int
    findings: int
    reviews: int
    recording_deleted: bool = Field(description="Whether a recording file was deleted.")


class UtteranceOut(BaseModel):
    index: int
    speaker: str
    start: float
    end: float
    text: str
    low_confidence: bool


class ReviewOut(BaseModel):
    id: int
    finding_id: int
    reviewer: str
    decision: ReviewDecision
    comment: str
    finding_version: int | None = Field(description="the finding's version the decision was made on")
    created_at: datetime


class FindingOut(BaseModel):
    id: int
    call_id: int
    rule_id: str
    title: str
    category: str
    severity: str
    pack_name: str
    pack_version: str
    utterance_index: int | None
    speaker: str | None
    start: float | None
    end: float | None
    text: str | None
    evidence: dict[str, Any]
    confidence: float = Field(description="0-1: match kind, recogniser confidence and dialogue certainty")
    needs_listening: bool = Field(description="rests on audio nobody could make out, or below the pack's "
                                              "confidence threshold: not a violation until confirmed")
    review_state: ReviewState
    version: int = Field(description="raised by every decision; send it back as a review's `version`")
    agent_id: str | None
    call_date: date
    created_at: datetime


class RulingOut(BaseModel):
    outcome: AppealOutcome
    comment: str
    ruled_by: str
    ruled_at: datetime
    review_id: int | None = Field(description="overturned: the dismissal review written with the ruling")


class AppealOut(BaseModel):
    id: int
    finding_id: int
    call_id: int
    finding_version: int = Field(description="the confirmed version of the finding the appeal contests")
    filed_by: str
    reason: str
    filed_at: datetime
    state: AppealState
    ruling: RulingOut | None


class AppealPage(BaseModel):
    items: list[AppealOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class AppealIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: StorableText = Field(min_length=1, max_length=4000, description="why the confirmation is contested")


class RulingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: AppealOutcome = Field(description="upheld: the finding stays confirmed; overturned: it is dismissed")
    comment: StorableText = Field(min_length=1, max_length=4000, description="the ruling's reasons")


class FindingDetail(FindingOut):
    reviews: list[ReviewOut]
    appeals: list[AppealOut] = Field(default_factory=list, description="appeals (申诉) against its confirmations")
    appeal_state: AppealState | None = Field(None, description=(
        "the newest appeal's state; `overturned` with review_state `dismissed`: dismissed on appeal"))


class CallDetail(CallSummary):
    metadata: dict[str, Any]
    roles_inferred: bool
    utterances: list[UtteranceOut]
    findings: list[FindingDetail]
    acoustics: CallSound | None = Field(None, description=(
        "Recordings: the acoustic measures (silence, the agent talking over the callee, speech rate, "
        "loudness per turn against the speaker's median); null for submitted transcripts."))


class RescanHistory(BaseModel):
    items: list[RescanDiff] = Field(description="The call's re-scans, newest first.")


class CallPage(BaseModel):
    items: list[CallSummary]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class FindingPage(BaseModel):
    items: list[FindingOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class UploadAccepted(BaseModel):
    id: int
    status: CallStatus
    created: bool = Field(description="False when the same recording was stored before.")
    url: str


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: ReviewDecision = Field(description="confirm or dismiss an open finding (or overturn the other "
                                                 "decision); reopen a confirmed or dismissed one.")
    comment: StorableText = Field("", max_length=4000, description="the reason; required to dismiss")
    version: int | None = Field(None, ge=0, le=2**31 - 1, description=(
        "the finding's `version` the decision was made on; if the finding has changed since, the decision "
        "is refused with 409 and both decisions are returned"))


class AttemptedDecision(BaseModel):
    decision: ReviewDecision
    comment: str
    version: int


class StoredDecision(BaseModel):
    version: int
    review_state: ReviewState
    review: ReviewOut | None = Field(description="the latest review, the one that changed the finding")


class ReviewRefused(BaseModel):
    """409 for a decision made on an older version: what was sent and what is stored."""

    detail: str
    field: str | None
    attempted: AttemptedDecision | None = Field(None, description="null when the decision did not apply at all")
    current: StoredDecision | None = None


class ReviewCreated(BaseModel):
    review: ReviewOut
    finding: FindingDetail


# --- assignment ------------------------------------------------------------

ReviewerName = Annotated[StorableText, Field(min_length=1, max_length=200)]


class AssignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    call_ids: list[Annotated[int, Field(ge=1, le=2**63 - 1)]] = Field(min_length=1, description=(
        "the calls to assign (at most QA_ASSIGN_MAX_CALLS)"))
    reviewer: ReviewerName | None = Field(description=(
        "a user name or an API key's name, as reviews name reviewers; null unassigns"))


class RoundRobinIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reviewers: list[ReviewerName] = Field(min_length=1, max_length=200, description="API key names, dealt in turn")
    limit: int | None = Field(None, ge=1, description="at most this many calls (default and cap: QA_ASSIGN_MAX_CALLS)")
    reassign: bool = Field(False, description="deal out calls already assigned too")


class AssignmentOut(BaseModel):
    call_id: int
    reviewer: str | None
    previous: str | None


class AssignOut(BaseModel):
    changed: list[AssignmentOut] = Field(description="the calls whose assignment changed")


class RoundRobinOut(BaseModel):
    assigned: dict[str, list[int]] = Field(description="reviewer -> the call ids dealt to them")


# --- reports ---------------------------------------------------------------

class CountOut(BaseModel):
    key: str | None
    total: int
    open: int
    confirmed: int
    dismissed: int


class SummaryReport(BaseModel):
    total: int
    by_category: list[CountOut]
    by_agent: list[CountOut]
    by_rule: list[CountOut]
    by_day: list[CountOut]


# --- rules -----------------------------------------------------------------

class RuleOut(BaseModel):
    id: str
    title: str
    category: str
    severity: str
    description: str
    references: list[str]


class PackOut(BaseModel):
    name: str
    version: str
    jurisdiction: str | None
    rules: list[RuleOut]


class RulesOut(BaseModel):
    packs: list[PackOut]


RELOAD_NOTE = ("The other server processes on this database (workers of one server, or several servers) load "
               "the pack from their own disk within QA_PACK_FOLLOW_SECONDS; Celery workers and batch audits "
               "take it up when they next start.")


class ReloadOut(BaseModel):
    old_version: str = Field(description="The pack version used until this reload.")
    new_version: str = Field(description="The pack version used from now on, by new requests and new jobs.")
    name: str
    rules: int
    note: str = Field(RELOAD_NOTE, description="How the reload reaches other processes.")


class RulePrecisionOut(BaseModel):
    rule_id: str
    category: str
    confirmed: int
    dismissed: int
    open: int
    precision: float | None = Field(description="confirmed / (confirmed + dismissed); null before any review")


class ReviewedHitOut(BaseModel):
    rule_id: str
    finding_id: int
    call: str
    decision: str
    text: str
    comment: str


class RulePrecisionReport(BaseModel):
    rules: list[RulePrecisionOut]
    dismissed: list[ReviewedHitOut] = Field(description="The newest dismissed hits: what the rules get wrong")


class RuleTestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, min_length=1, max_length=20000,
                             description="One utterance to test; scanned as said by `speaker`.")
    speaker: Speaker = "agent"
    transcript: Transcript | None = Field(None, description="A whole transcript to test instead of `text`.")
    rule_ids: list[str] | None = Field(None, max_length=200, description="Only report these rules' findings.")

    @model_validator(mode="after")
    def _one_input(self) -> RuleTestIn:
        if (self.text is None) == (self.transcript is None):
            raise ValueError("give exactly one of `text` or `transcript`")
        return self


class RuleTestOut(BaseModel):
    pack_name: str
    pack_version: str
    findings: list[dict[str, Any]] = Field(description="Findings JSON as `qa-pipeline scan` writes it.")


# --- keys and audit --------------------------------------------------------

class KeyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: StorableText = Field(min_length=1, max_length=200, pattern=r"\S")
    role: Role


class KeyOut(BaseModel):
    id: int
    name: str
    role: Role
    prefix: str
    created_at: datetime
    revoked_at: datetime | None


class KeyCreated(KeyOut):
    key: str = Field(description="The secret. Shown only once; only its hash is stored.")


class AuditOut(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str | None
    detail: dict[str, Any]
    prev_hash: str = Field(description="The hash of the entry before (the chain `qa-pipeline audit-log verify` walks).")
    entry_hash: str = Field(description="sha256 over this entry's fields and `prev_hash`.")


class AuditPage(BaseModel):
    items: list[AuditOut]
    next_cursor: str | None


class Backlog(BaseModel):
    queued: int
    processing: int
    dead_letter: int = Field(description="Calls that failed QA_MAX_PROCESSING_ATTEMPTS times, waiting for an admin.")
    oldest_queued_seconds: float | None = Field(description="How long the oldest queued call has waited.")


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    database: str
    worker: str
    disk_free_bytes: int | None = Field(None, description="Free space in the data folder.")
    backlog: Backlog | None = None
    problems: list[str] = Field(default_factory=list, description="Why the status is degraded.")


# --- builders --------------------------------------------------------------

def _text(value: str | None, mask: bool) -> str | None:
    return mask_text(value) if mask and value else value


def audio_info(call: Call, *, mask: bool = False) -> AudioInfo | None:
    if not call.audio_path:
        return None
    return AudioInfo(filename=_text(call.audio_filename, mask), content_type=call.audio_content_type,
                     bytes=call.audio_bytes, url=f"/v1/calls/{call.id}/audio")


def call_summary(call: Call, *, mask: bool) -> CallSummary:
    """A call's summary; with `mask`, personal numbers in its ids, file name and error are masked."""
    return CallSummary(
        id=call.id, external_id=_text(call.external_id, mask) or "", source=call.source, status=call.status,
        error=_text(call.error, mask), agent_id=_text(call.agent_id, mask), debtor_id=_text(call.debtor_id, mask),
        started_at=call.started_at, call_date=call.call_date,
        created_at=call.created_at, processed_at=call.processed_at, pack_name=call.pack_name,
        pack_version=call.pack_version, audio=audio_info(call, mask=mask))


def review_out(review: Review, *, mask: bool) -> ReviewOut:
    return ReviewOut(id=review.id, finding_id=review.finding_id, reviewer=review.reviewer,
                     decision=review.decision, comment=_text(review.comment, mask) or "",
                     finding_version=review.finding_version, created_at=review.created_at)


def finding_out(f: StoredFinding, *, mask: bool) -> FindingOut:
    return FindingOut(
        id=f.id, call_id=f.call_id, rule_id=f.rule_id, title=f.title, category=f.category, severity=f.severity,
        pack_name=f.pack_name, pack_version=f.pack_version, utterance_index=f.utterance_index,
        speaker=f.speaker, start=f.start, end=f.end, text=_text(f.text, mask),
        evidence=mask_json(f.evidence) if mask else f.evidence, confidence=f.confidence,
        needs_listening=f.needs_listening, review_state=f.review_state, version=f.version,
        agent_id=f.agent_id, call_date=f.call_date, created_at=f.created_at)


def finding_detail(f: StoredFinding, *, mask: bool) -> FindingDetail:
    return FindingDetail(**finding_out(f, mask=mask).model_dump(),
                         reviews=[review_out(r, mask=mask) for r in f.reviews],
                         appeals=[appeal_out(a, mask=mask) for a in f.appeals],
                         appeal_state=f.appeals[-1].state if f.appeals else None)


def appeal_out(appeal: Appeal, *, mask: bool) -> AppealOut:
    ruling = appeal.ruling
    return AppealOut(
        id=appeal.id, finding_id=appeal.finding_id, call_id=appeal.finding.call_id,
        finding_version=appeal.finding_version, filed_by=appeal.filed_by, reason=_text(appeal.reason, mask) or "",
        filed_at=appeal.filed_at, state=appeal.state,
        ruling=RulingOut(outcome=ruling.outcome, comment=_text(ruling.comment, mask) or "", ruled_by=ruling.ruled_by,
                         ruled_at=ruling.ruled_at, review_id=ruling.review_id) if ruling else None)


def call_detail(call: Call, *, mask: bool) -> CallDetail:
    return CallDetail(
        **call_summary(call, mask=mask).model_dump(),
        metadata=mask_json(call.call_metadata) if mask else call.call_metadata,
        roles_inferred=call.roles_inferred,
        utterances=[UtteranceOut(index=u.index, speaker=u.speaker, start=u.start, end=u.end,
                                 text=_text(u.text, mask) or "", low_confidence=u.low_confidence)
                    for u in call.utterances],
        findings=[finding_detail(f, mask=mask) for f in call.findings],
        acoustics=CallSound.model_validate(call.acoustics) if call.acoustics else None)


def key_out(key: ApiKey) -> KeyOut:
    return KeyOut(id=key.id, name=key.name, role=key.role, prefix=key.prefix, created_at=key.created_at,
                  revoked_at=key.revoked_at)


def audit_out(entry: AuditEntry) -> AuditOut:
    return AuditOut(id=entry.id, at=entry.at, actor=entry.actor, action=entry.action,
                    object_type=entry.object_type, object_id=entry.object_id, detail=entry.detail,
                    prev_hash=entry.prev_hash, entry_hash=entry.entry_hash)


_ERROR_TEXT = {
    400: "Bad input; `field` names what is wrong.",
    401: "No API key, or an unknown or revoked one.",
    403: "The key's role may not do this.",
    404: "No such object.",
    409: "The request conflicts with the object's state.",
    413: "The upload is over the size limit.",
    415: "Not a recording in a supported format.",
    422: "A parameter or body field is invalid; `field` names it.",
    503: "A service the request needs is not available.",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route can answer with."""
    return {code: {"model": ErrorResponse, "description": _ERROR_TEXT[code]} for code in codes}


# --- QA programme: scorecards, rates, sampling plans -----------------------------

class ScoreItemOut(BaseModel):
    id: str
    title: str
    weight: float
    fatal: bool
    confirmed: int = Field(description="Confirmed findings the item covers.")
    open: int = Field(description="Unreviewed findings the item covers.")


class CallScoreOut(BaseModel):
    call_id: int
    scorecard: str
    score: float = Field(description="100 minus the weights of items breached by confirmed findings (0 if fatal).")
    provisional: float = Field(description="The score if every open finding were confirmed.")
    fatal: bool
    items: list[ScoreItemOut]


class AgentScoreOut(BaseModel):
    agent_id: str | None
    period_start: date
    calls: int
    mean_score: float
    mean_provisional: float
    fatal_calls: int


class ScoreReport(BaseModel):
    scorecard: str
    period: str
    date_from: date
    date_to: date
    agents: list[AgentScoreOut]


class RateOut(BaseModel):
    key: str | None
    calls: int
    findings: int
    confirmed: int
    per_100_calls: float
    confirmed_per_100_calls: float
    calls_url: str | None = Field(description="The review page listing the calls behind this row (none for "
                                                "calls without an agent or team).")


class RateReport(BaseModel):
    by: str
    date_from: date
    date_to: date
    rows: list[RateOut]


class SamplePlanIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: StorableText = Field(min_length=1, max_length=200)
    kind: SampleKind
    size: int = Field(ge=1, description="How many calls to draw (at most QA_SAMPLE_MAX_CALLS).")
    seed: int | None = Field(None, ge=0, le=2**62, description="The draw's seed; random when left out.")
    criteria: SampleCriteria = Field(default_factory=SampleCriteria)


class IntervalOut(BaseModel):
    low: float
    high: float


class MissRateOut(BaseModel):
    misses: int
    reviewed: int = Field(description="Sampled clean calls reviewed.")
    rate: float | None
    interval_95: IntervalOut | None = Field(description="Wilson score interval.")


class SampleVerdictOut(BaseModel):
    id: int
    reviewer: str
    outcome: SampleOutcome
    category: str | None
    note: str
    created_at: datetime


class SampledCallOut(BaseModel):
    call_id: int
    external_id: str
    agent_id: str | None
    clean: bool
    verdicts: list[SampleVerdictOut]


class SamplePlanOut(BaseModel):
    id: int
    name: str
    kind: SampleKind
    size: int
    seed: int
    criteria: dict[str, Any]
    created_by: str
    created_at: datetime
    sampled: int
    reviewed: int
    clean_sampled: int
    misses: int
    clean_miss_rate: MissRateOut


class SamplePlanDetail(SamplePlanOut):
    calls: list[SampledCallOut]


class SampleVerdictIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: SampleOutcome
    category: Category | None = None
    note: StorableText = Field("", max_length=4000)

"""Database models (SQLAlchemy 2.0 typed mappings).

Denormalized columns on `findings` (agent_id, call_date) exist so that
`GET /v1/findings` filters and the summary report never need a join on a
table of a million rows. A call's metadata never changes after it is stored,
so the copies cannot drift.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
)
from sqlalchemy import false as sa_false
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from qa_pipeline.domain.contacts import ContactResult
from qa_pipeline.domain.review import AppealOutcome, AppealState, ReviewDecision, ReviewState, is_reviewed
from qa_pipeline.domain.sampling import SampleKind, SampleOutcome


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# Integer primary keys: BIGINT on PostgreSQL; SQLite needs plain INTEGER to alias rowid.
BigId = BigInteger().with_variant(Integer(), "sqlite")
JsonDoc = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


class CallStatus(enum.StrEnum):
    queued = "queued"
    processing = "processing"
    done = "done"
    failed = "failed"
    # Failed `Settings.max_processing_attempts` times: no longer picked up by any worker
    # until an admin re-queues it (`qa-pipeline db requeue`, POST /v1/calls/{id}/requeue).
    dead_letter = "dead_letter"


class CallSource(enum.StrEnum):
    audio = "audio"
    transcript = "transcript"


class Role(enum.StrEnum):
    qa = "qa"
    compliance = "compliance"
    admin = "admin"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as VARCHAR + CHECK so adding a value is a plain migration on both databases.
    return Enum(cls, name=name, native_enum=False, length=16, validate_strings=True,
                values_callable=lambda e: [m.value for m in e])


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    })


class Call(Base):
    """One recording or submitted transcript. Identified by its content hash."""

    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[CallSource] = mapped_column(_enum(CallSource, "call_source"))
    external_id: Mapped[str] = mapped_column(String(200), index=True)  # metadata call_id
    agent_id: Mapped[str | None] = mapped_column(String(200))
    debtor_id: Mapped[str | None] = mapped_column(String(200))
    team: Mapped[str | None] = mapped_column(String(200))  # metadata team, for rates per team
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    call_date: Mapped[date] = mapped_column(Date)  # local date of the callee
    call_metadata: Mapped[dict[str, Any]] = mapped_column("metadata", JsonDoc)
    audio_path: Mapped[str | None] = mapped_column(String(300))  # relative to data_dir
    audio_filename: Mapped[str | None] = mapped_column(String(255))
    audio_content_type: Mapped[str | None] = mapped_column(String(50))
    audio_bytes: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[CallStatus] = mapped_column(_enum(CallStatus, "call_status"))
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # claims by workers since it was last done
    roles_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    # Recordings: the acoustic measures (`CallSound` JSON), made once when the call is transcribed.
    acoustics: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc)
    pack_name: Mapped[str | None] = mapped_column(String(100))
    pack_version: Mapped[str | None] = mapped_column(String(50))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # by a processing worker
    # A reviewer who opened the call holds it until then; others see who (see `repository.claim_call`).
    review_claimed_by: Mapped[str | None] = mapped_column(String(200))
    review_claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The reviewer (key name, as reviews name them) the call is assigned to; see `store.assignment`.
    assigned_to: Mapped[str | None] = mapped_column(String(200))
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The retention policy deleted the recording file then (`audio_path` is None since); the transcript stays.
    recording_deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    utterances: Mapped[list[StoredUtterance]] = relationship(
        back_populates="call", order_by="StoredUtterance.index", cascade="all, delete-orphan",
        passive_deletes=True)
    findings: Mapped[list[StoredFinding]] = relationship(
        back_populates="call", order_by="StoredFinding.id", passive_deletes=True)

    __table_args__ = (
        Index("ix_calls_status_id", "status", "id"),
        Index("ix_calls_agent_id_id", "agent_id", "id"),
        Index("ix_calls_call_date_id", "call_date", "id"),
        # Calls to one debtor on one day, for the call-frequency rule.
        Index("ix_calls_debtor_id_call_date", "debtor_id", "call_date"),
        Index("ix_calls_debtor_id_id", "debtor_id", "id"),
        Index("ix_calls_assigned_to_id", "assigned_to", "id"),
        Index("ix_calls_team_call_date", "team", "call_date"),
    )


class StoredUtterance(Base):
    __tablename__ = "utterances"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(16))
    start: Mapped[float] = mapped_column(Float)
    end: Mapped[float] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)
    low_confidence: Mapped[bool] = mapped_column(Boolean, default=False)
    # The recogniser's words (Word.model_dump()); None for typed transcripts.
    words: Mapped[list[dict[str, Any]] | None] = mapped_column(JsonDoc, nullable=True)

    call: Mapped[Call] = relationship(back_populates="utterances")

    __table_args__ = (UniqueConstraint("call_id", "index"),)


class StoredFinding(Base):
    """A flag raised by a rule on a call. Kept across re-scans once reviewed."""

    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="RESTRICT"))
    rule_id: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(50))
    severity: Mapped[str] = mapped_column(String(16))
    pack_name: Mapped[str] = mapped_column(String(100))
    pack_version: Mapped[str] = mapped_column(String(50))
    utterance_index: Mapped[int | None] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(String(16))
    start: Mapped[float | None] = mapped_column(Float)
    end: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    # How sure the finding is (match kind, recogniser, dialogue), and whether
    # it rests on something nobody could hear well: reviewed like the others,
    # but not counted as a violation until a reviewer confirms it.
    confidence: Mapped[float] = mapped_column(Float, default=1.0, server_default="1.0")
    needs_listening: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    review_state: Mapped[ReviewState] = mapped_column(
        _enum(ReviewState, "review_state"), default=ReviewState.open)
    # Raised by one with every decision (compare-and-set in `repository.add_review`): a decision
    # made on a page showing an older version is refused instead of overwriting the newer one.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    agent_id: Mapped[str | None] = mapped_column(String(200))  # copy of calls.agent_id
    call_date: Mapped[date] = mapped_column(Date)               # copy of calls.call_date
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    call: Mapped[Call] = relationship(back_populates="findings")
    reviews: Mapped[list[Review]] = relationship(
        back_populates="finding", order_by="Review.id", passive_deletes="all")
    appeals: Mapped[list[Appeal]] = relationship(
        back_populates="finding", order_by="Appeal.id", passive_deletes="all")

    # Lists are ordered newest call first: (call_date, id) descending. A filter
    # on one column plus a date range walks one of these in that order and
    # stops at the page size; other filters are checked on the way.
    @property
    def reviewed(self) -> bool:
        """Kept as it is by a re-scan (see `is_reviewed`)."""
        return is_reviewed(self.review_state, len(self.reviews))

    __table_args__ = (
        Index("ix_findings_call_id", "call_id"),
        Index("ix_findings_call_date_id", "call_date", "id"),
        Index("ix_findings_category_call_date_id", "category", "call_date", "id"),
        Index("ix_findings_severity_call_date_id", "severity", "call_date", "id"),
        Index("ix_findings_review_state_call_date_id", "review_state", "call_date", "id"),
        Index("ix_findings_agent_id_call_date_id", "agent_id", "call_date", "id"),
        Index("ix_findings_rule_id_call_date_id", "rule_id", "call_date", "id"),
        Index("ix_findings_needs_listening_call_date_id", "needs_listening", "call_date", "id"),
    )


class CallRescan(Base):
    """A re-scan of a done call: the pack versions before and after and what it changed (a
    `domain.rescan.RescanDiff`). Written by `jobs.process` on every scan but a call's first."""

    __tablename__ = "call_rescans"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    old_pack_name: Mapped[str | None] = mapped_column(String(100))
    old_pack_version: Mapped[str | None] = mapped_column(String(50))
    new_pack_name: Mapped[str] = mapped_column(String(100))
    new_pack_version: Mapped[str] = mapped_column(String(50))
    # The counts, for lists; the findings themselves (`DiffFinding` JSON) under "added", "removed", "kept".
    added: Mapped[int] = mapped_column(Integer)
    removed: Mapped[int] = mapped_column(Integer)
    kept: Mapped[int] = mapped_column(Integer)
    kept_reviewed: Mapped[int] = mapped_column(Integer)
    findings: Mapped[dict[str, Any]] = mapped_column(JsonDoc)

    __table_args__ = (Index("ix_call_rescans_call_id_id", "call_id", "id"),)


class QueueRow(Base):
    """A call with open findings, as the queue lists it: its worst open severity and open count,
    overall (facet '') and per category, severity and rule (facet names the column, value its value).

    Kept by database triggers on findings (migration 0016, `store/migrations/summaries.py`);
    the code only reads it.
    """

    __tablename__ = "queue_calls"

    facet: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True)
    worst: Mapped[int] = mapped_column(Integer)      # SEVERITY_ORDER of the worst open finding
    findings: Mapped[int] = mapped_column(Integer)   # open findings
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())  # copies of the call's
    agent_id: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        Index("ix_queue_calls_worst", "facet", "value", "worst", "started_at", "call_id"),
        Index("ix_queue_calls_started_at", "facet", "value", "started_at", "call_id"),
        Index("ix_queue_calls_agent_id", "facet", "value", "agent_id", "worst", "started_at", "call_id"),
        Index("ix_queue_calls_call_id", "call_id"),
    )


class FindingTally(Base):
    """How many findings are in one (review state, category, severity, rule, agent), as of the
    last `repository.compact_tallies`; the `FindingTallyChange` rows since then add to it."""

    __tablename__ = "finding_tallies"

    review_state: Mapped[str] = mapped_column(String(16), primary_key=True)
    category: Mapped[str] = mapped_column(String(50), primary_key=True)
    severity: Mapped[str] = mapped_column(String(16), primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(200), primary_key=True)  # '' for none
    n: Mapped[int] = mapped_column(BigInteger)


class FindingTallyChange(Base):
    """+1 for a finding that arrived in a combination, -1 for one that left it.

    Appended by database triggers on findings (migration 0016), so writers never wait for each
    other; `repository.compact_tallies` folds them into `FindingTally`.
    """

    __tablename__ = "finding_tally_changes"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    review_state: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(50))
    severity: Mapped[str] = mapped_column(String(16))
    rule_id: Mapped[str] = mapped_column(String(200))
    agent_id: Mapped[str] = mapped_column(String(200))  # '' for none
    n: Mapped[int] = mapped_column(BigInteger)


class Review(Base):
    """A reviewer's decision on a finding. Append-only: never updated or deleted."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="RESTRICT"), index=True)
    api_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id", ondelete="SET NULL"))
    reviewer: Mapped[str] = mapped_column(String(200))
    decision: Mapped[ReviewDecision] = mapped_column(_enum(ReviewDecision, "review_decision"))
    comment: Mapped[str] = mapped_column(Text, default="")
    finding_version: Mapped[int | None] = mapped_column(Integer)  # the finding's version it was made on
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    finding: Mapped[StoredFinding] = relationship(back_populates="reviews")


class Appeal(Base):
    """An agent's or supervisor's appeal (申诉) against a confirmed finding. Append-only.

    `finding_version` is the confirmed version it contests: one appeal per confirmation.
    """

    __tablename__ = "appeals"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="RESTRICT"))
    finding_version: Mapped[int] = mapped_column(Integer)
    filed_by: Mapped[str] = mapped_column(String(200))
    api_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text)
    filed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)

    finding: Mapped[StoredFinding] = relationship(back_populates="appeals")
    ruling: Mapped[AppealRuling | None] = relationship(back_populates="appeal", uselist=False)

    @property
    def state(self) -> AppealState:
        return AppealState.pending if self.ruling is None else AppealState(self.ruling.outcome.value)

    __table_args__ = (UniqueConstraint("finding_id", "finding_version"),)


class AppealRuling(Base):
    """A compliance officer's final ruling on an appeal. Append-only; one per appeal.

    An overturned finding is dismissed by a review written with the ruling (`review_id`).
    """

    __tablename__ = "appeal_rulings"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id", ondelete="RESTRICT"), unique=True)
    outcome: Mapped[AppealOutcome] = mapped_column(_enum(AppealOutcome, "appeal_outcome"))
    comment: Mapped[str] = mapped_column(Text)
    ruled_by: Mapped[str] = mapped_column(String(200))
    api_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id", ondelete="SET NULL"))
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id", ondelete="RESTRICT"))
    ruled_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    appeal: Mapped[Appeal] = relationship(back_populates="ruling")


class ApiKey(Base):
    """An API key. Only the SHA-256 of the secret is stored."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))  # shown in listings to tell keys apart
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class User(Base):
    """A named reviewer account for the review pages (keys stay for machines and the API).

    `name` is stored in lower case (user names are case-insensitive); `password_hash` holds the
    KDF, its parameters and the per-user salt (see `store.users`).
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    password_set_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Failed passwords in a row (any address); at QA_USER_MAX_FAILURES the account locks until locked_until.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


class WebSession(Base):
    """A signed-in review-page session, kept on the server: signing out ends it for every copy of the cookie.

    `id` is the SHA-256 of the random token the cookie carries (the token itself is not stored).
    A session belongs to an API key or to a user, never both.
    """

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    api_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (CheckConstraint("(api_key_id IS NULL) <> (user_id IS NULL)", name="one_principal"),)


class AuditEntry(Base):
    """Who did what to which object, and when.

    A hash chain (see `audit_chain`): `prev_hash` is the entry before's `entry_hash`, and
    `entry_hash` the sha256 over this entry's fields and `prev_hash`, set by `repository.audit`.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))  # key name, or "system"
    api_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(50))
    object_type: Mapped[str] = mapped_column(String(50))
    object_id: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[dict[str, Any]] = mapped_column(JsonDoc, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_log_object", "object_type", "object_id"),)


class ContactAttempt(Base):
    """One dial attempt of the contact ledger (a call-detail record), answered or not.

    Identified by `attempt_id`: importing the same record again changes
    nothing. `local_date` is the callee's calendar day, from `timezone` (the
    record's, or the pack's default at import).
    """

    __tablename__ = "contact_attempts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    attempt_id: Mapped[str] = mapped_column(String(200), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    local_date: Mapped[date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(50))
    debtor_id: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(200))
    result: Mapped[ContactResult] = mapped_column(_enum(ContactResult, "contact_result"))
    relation: Mapped[str] = mapped_column(String(16))
    call_external_id: Mapped[str | None] = mapped_column(String(200))  # the recording's call_id
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_contact_attempts_debtor_id_at", "debtor_id", "at"),
        Index("ix_contact_attempts_number_local_date", "number", "local_date"),
        Index("ix_contact_attempts_call_external_id", "call_external_id"),
    )


class SamplingPlan(Base):
    """A sample of calls put in front of reviewers to measure what the rules miss.

    `criteria` is the `SampleCriteria` the calls were drawn from (JSON); the drawn calls are
    `SampledCall` rows, fixed when the plan is created.
    """

    __tablename__ = "sampling_plans"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[SampleKind] = mapped_column(_enum(SampleKind, "sample_kind"))
    criteria: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    size: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(BigInteger)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    calls: Mapped[list[SampledCall]] = relationship(back_populates="plan", order_by="SampledCall.position",
                                                    passive_deletes="all")


class SampledCall(Base):
    """A call drawn into a sampling plan; `clean`: it had no findings when drawn."""

    __tablename__ = "sampled_calls"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("sampling_plans.id", ondelete="RESTRICT"))
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    clean: Mapped[bool] = mapped_column(Boolean)

    plan: Mapped[SamplingPlan] = relationship(back_populates="calls")
    call: Mapped[Call] = relationship()
    reviews: Mapped[list[SampleReview]] = relationship(back_populates="sampled", order_by="SampleReview.id",
                                                       passive_deletes="all")

    __table_args__ = (UniqueConstraint("plan_id", "call_id"), Index("ix_sampled_calls_plan_id_position",
                                                                     "plan_id", "position"))


class SampleReview(Base):
    """A reviewer's verdict on a sampled call. Append-only: the latest one counts."""

    __tablename__ = "sample_reviews"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    sampled_call_id: Mapped[int] = mapped_column(ForeignKey("sampled_calls.id", ondelete="RESTRICT"), index=True)
    api_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id", ondelete="SET NULL"))
    reviewer: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[SampleOutcome] = mapped_column(_enum(SampleOutcome, "sample_outcome"))
    category: Mapped[str | None] = mapped_column(String(50))  # what was missed
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    sampled: Mapped[SampledCall] = relationship(back_populates="reviews")


# Made by migration 0008 for the transcript search, outside the models (they are dialect-specific):
# SQLite's FTS5 table (and the shadow tables FTS5 keeps) and PostgreSQL's trigram indexes.
SEARCH_OBJECTS = ("utterances_fts", "ix_utterances_text_trgm", "ix_findings_text_trgm")


def is_search_object(name: str | None) -> bool:
    if not name:
        return False
    return any(name == n or name.startswith(n + "_") for n in SEARCH_OBJECTS)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """For Alembic's comparison of the models with a database: leave the search objects out."""
    return not is_search_object(name)


class AppendOnlyError(RuntimeError):
    """An attempt to change or delete a review, an audit entry, an appeal or its ruling, or a sample review."""


APPEND_ONLY = (Review, AuditEntry, Appeal, AppealRuling, SampleReview)


@event.listens_for(Session, "before_flush")
def _append_only(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, APPEND_ONLY) and (obj in session.deleted or session.is_modified(obj)):
            raise AppendOnlyError(f"{type(obj).__name__} rows are append-only")

"""Queries and writes on the store, shared by the API, processing and the CLI.

Functions take a Session and leave committing to the caller, so one request
or one job is one transaction.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import enum
import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Generic, NamedTuple, TypeVar, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    case,
    delete,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    tuple_,
    update,
)
from sqlalchemy.engine import CursorResult, Result
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from qa_pipeline.domain.findings import SEVERITY_ORDER
from qa_pipeline.domain.rescan import DiffFinding, RescanDiff
from qa_pipeline.domain.review import ReviewDecision, ReviewState, needs_reason
from qa_pipeline.store import tallies
from qa_pipeline.store.audit_chain import chain_head, entry_hash, lock_chain
from qa_pipeline.store.models import (
    ApiKey,
    Appeal,
    AuditEntry,
    Call,
    CallRescan,
    CallStatus,
    QueueRow,
    Review,
    Role,
    StoredFinding,
    StoredUtterance,
    User,
    WebSession,
    utcnow,
)

MAX_PAGE = 500


class NotFound(LookupError):
    def __init__(self, kind: str, ident: object) -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(f"{kind} {ident} not found")


class InvalidCursor(ValueError):
    pass


class ReviewConflict(ValueError):
    """A decision that does not apply to the finding's current state."""


class StaleReview(ReviewConflict):
    """A decision made on an older version of the finding than the stored one.

    Carries what is stored now, so both decisions can be shown side by side.
    """

    def __init__(self, finding: StoredFinding, made_on: int) -> None:
        self.finding = finding
        self.made_on = made_on
        self.current_version = finding.version
        self.current_state = finding.review_state
        self.latest: Review | None = finding.reviews[-1] if finding.reviews else None
        super().__init__(f"finding {finding.id} changed since version {made_on} (now version {finding.version}, "
                         f"{finding.review_state.value}); the decision was not stored")


class UnderAppeal(ReviewConflict):
    """A decision on a finding whose confirmation is under appeal: the appeal's ruling decides it."""


class ReasonRequired(ValueError):
    """A decision (a dismissal, an appeal, a ruling) given without the reason it needs; `field` names it."""

    def __init__(self, message: str, field: str = "comment") -> None:
        self.field = field
        super().__init__(message)


# --- cursors ---------------------------------------------------------------
# A cursor holds the sort key of the last row of a page, opaque to clients.

def encode_cursor(*key: object) -> str:
    raw = "|".join(v.isoformat() if isinstance(v, date) else str(v) for v in key)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, kinds: Sequence[type] = (int,)) -> list[Any]:
    """The sort key in `cursor`, one value per kind (int or date)."""
    try:
        parts = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii").split("|")
        if len(parts) != len(kinds):
            raise ValueError
        values = [date.fromisoformat(p) if kind is date else int(p) for p, kind in zip(parts, kinds, strict=True)]
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise InvalidCursor("not a cursor returned by this API") from None
    if not isinstance(values[-1], int) or not 0 < values[-1] < 2**63:
        raise InvalidCursor("not a cursor returned by this API")
    return values


T = TypeVar("T")


@dataclass(slots=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None


def paged(session: Session, stmt: Select[Any], key: Sequence[Any], cursor: str | None, limit: int) -> Page[Any]:
    """Keyset paging, descending on the `key` columns (the last is the primary key)."""
    kinds = [date if isinstance(col.type, Date) else int for col in key]
    if cursor:
        values = decode_cursor(cursor, kinds)
        stmt = stmt.where(tuple_(*key) < tuple_(*values) if len(key) > 1 else key[0] < values[0])
    rows = list(session.scalars(stmt.order_by(*(col.desc() for col in key)).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    if not (more and rows):
        return Page(rows, None)
    return Page(rows, encode_cursor(*(getattr(rows[-1], col.key) for col in key)))


# --- calls -----------------------------------------------------------------

def get_call(session: Session, call_id: int, *, full: bool = False) -> Call:
    options = [selectinload(Call.utterances),
               selectinload(Call.findings).selectinload(StoredFinding.reviews),
               selectinload(Call.findings).selectinload(StoredFinding.appeals).selectinload(Appeal.ruling)] \
        if full else []
    call = session.get(Call, call_id, options=options)
    if call is None:
        raise NotFound("call", call_id)
    return call


def add_rescan(session: Session, diff: RescanDiff) -> CallRescan:
    """Store a re-scan's diff; the caller commits."""
    row = CallRescan(call_id=diff.call_id, at=diff.at, old_pack_name=diff.old_pack_name,
                     old_pack_version=diff.old_pack_version, new_pack_name=diff.new_pack_name,
                     new_pack_version=diff.new_pack_version, added=len(diff.added), removed=len(diff.removed),
                     kept=len(diff.kept), kept_reviewed=diff.kept_reviewed,
                     findings={side: [f.model_dump(mode="json") for f in getattr(diff, side)]
                               for side in ("added", "removed", "kept")})
    session.add(row)
    return row


def call_rescans(session: Session, call_id: int, *, limit: int = MAX_PAGE) -> list[RescanDiff]:
    """A call's re-scans, newest first (at most `limit`)."""
    rows = session.scalars(select(CallRescan).where(CallRescan.call_id == call_id)
                           .order_by(CallRescan.id.desc()).limit(limit))
    return [RescanDiff(call_id=r.call_id, at=r.at, old_pack_name=r.old_pack_name,
                       old_pack_version=r.old_pack_version, new_pack_name=r.new_pack_name,
                       new_pack_version=r.new_pack_version,
                       **{side: [DiffFinding.model_validate(f) for f in r.findings.get(side, [])]
                          for side in ("added", "removed", "kept")})
            for r in rows]


def call_by_hash(session: Session, content_hash: str) -> Call | None:
    return session.scalar(select(Call).where(Call.content_hash == content_hash))


@dataclass(slots=True)
class CallFilter:
    status: Sequence[CallStatus] = ()
    agent_id: Sequence[str] = ()
    external_id: str | None = None
    debtor_id: str | None = None
    category: Sequence[str] = ()   # calls with at least one finding in one of these
    text: str | None = None        # words said in the call (a substring of an utterance)
    date_from: date | None = None
    date_to: date | None = None
    team: str | None = None
    rule_id: str | None = None                # calls with a finding of this rule
    finding_state: ReviewState | None = None  # calls with a finding in this review state
    clean: bool = False                       # calls with no findings at all


# The trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL) serves searches of this many characters or more;
# shorter ones (most Chinese words are two characters) are a plain substring scan.
TRIGRAM = 3


def utterances_saying(session: Session, text: str) -> Select[Any]:
    """The ids of calls with an utterance containing `text` (case as stored; LIKE wildcards taken literally)."""
    stmt = select(StoredUtterance.call_id)
    if session.get_bind().dialect.name == "sqlite" and len(text) >= TRIGRAM:
        phrase = '"' + text.replace('"', '""') + '"'  # one FTS5 phrase: with trigrams, a substring match
        hits: Select[Any] = select(literal_column("rowid")).select_from(table("utterances_fts")).where(
            literal_column("utterances_fts").op("MATCH")(phrase))
        return stmt.where(StoredUtterance.id.in_(hits)).distinct()
    return stmt.where(StoredUtterance.text.contains(text, autoescape=True)).distinct()


def said_in_call(session: Session, text: str) -> ColumnElement[bool]:
    """Calls with an utterance containing `text`. Long enough for the trigram index: the index finds
    the utterances. Shorter: each call is probed (its utterances by the (call_id, index) key) in the
    page's order, so a page of the newest calls stops at its last row instead of reading every
    utterance first (1M findings, 800k utterances, PostgreSQL: 0.6 ms against 270 ms, `make bench`)."""
    if len(text) >= TRIGRAM:
        return Call.id.in_(utterances_saying(session, text))
    return exists().where(StoredUtterance.call_id == Call.id,
                          StoredUtterance.text.contains(text, autoescape=True))


def _filter_calls(session: Session, stmt: Select[Any], flt: CallFilter) -> Select[Any]:
    if flt.status:
        stmt = stmt.where(Call.status.in_(list(flt.status)))
    if flt.agent_id:
        stmt = stmt.where(Call.agent_id.in_(list(flt.agent_id)))
    if flt.external_id:
        stmt = stmt.where(Call.external_id == flt.external_id)
    if flt.debtor_id:
        stmt = stmt.where(Call.debtor_id == flt.debtor_id)
    if flt.team:
        stmt = stmt.where(Call.team == flt.team)
    # One finding must meet every finding condition (a confirmed finding *of this rule*).
    finding_conditions = ([StoredFinding.category.in_(list(flt.category))] if flt.category else []) \
        + ([StoredFinding.rule_id == flt.rule_id] if flt.rule_id else []) \
        + ([StoredFinding.review_state == flt.finding_state] if flt.finding_state else [])
    if finding_conditions:
        stmt = stmt.where(Call.id.in_(select(StoredFinding.call_id).where(*finding_conditions)))
    if flt.clean:
        stmt = stmt.where(~select(StoredFinding.id).where(StoredFinding.call_id == Call.id).exists())
    if flt.text:
        stmt = stmt.where(said_in_call(session, flt.text))
    if flt.date_from:
        stmt = stmt.where(Call.call_date >= flt.date_from)
    if flt.date_to:
        stmt = stmt.where(Call.call_date <= flt.date_to)
    return stmt


def list_calls(session: Session, flt: CallFilter, cursor: str | None = None, limit: int = 50) -> Page[Call]:
    return paged(session, _filter_calls(session, select(Call), flt), [Call.id], cursor, limit)


def call_ids(session: Session, flt: CallFilter) -> list[int]:
    """The ids of every call the filter matches, in id order."""
    return list(session.scalars(_filter_calls(session, select(Call.id), flt).order_by(Call.id)))


def count_calls(session: Session, flt: CallFilter, *, cap: int | None = None) -> int:
    """How many calls match; with `cap`, counting stops past it (`cap + 1` means "more than `cap`")."""
    if cap is None:
        return session.scalar(_filter_calls(session, select(func.count()).select_from(Call), flt)) or 0
    matching = _filter_calls(session, select(Call.id), flt).limit(cap + 1).subquery()
    return session.scalar(select(func.count()).select_from(matching)) or 0


@dataclass(slots=True)
class FindingTally:
    total: int = 0
    open: int = 0
    worst: str | None = None


def finding_tallies(session: Session, call_ids: Sequence[int]) -> dict[int, FindingTally]:
    """Findings per call (all, open, worst severity) for a page of calls; calls without any are absent."""
    out: dict[int, FindingTally] = {}
    if not call_ids:
        return out
    rows = session.execute(select(StoredFinding.call_id, StoredFinding.severity, StoredFinding.review_state,
                                  func.count()).where(StoredFinding.call_id.in_(list(call_ids)))
                           .group_by(StoredFinding.call_id, StoredFinding.severity, StoredFinding.review_state))
    for call_id, severity, state, n in rows:
        tally = out.setdefault(call_id, FindingTally())
        tally.total += n
        tally.open += n if ReviewState(state) == ReviewState.open else 0
        if tally.worst is None or SEVERITY_ORDER.get(severity, -1) > SEVERITY_ORDER.get(tally.worst, -1):
            tally.worst = severity
    return out


def first_utterances_saying(session: Session, call_ids: Sequence[int], text: str) -> dict[int, StoredUtterance]:
    """For each call, its first utterance containing `text` (to show where a search hit)."""
    if not call_ids or not text:
        return {}
    stmt = select(StoredUtterance).where(StoredUtterance.call_id.in_(list(call_ids)),
                                         StoredUtterance.text.contains(text, autoescape=True)) \
        .order_by(StoredUtterance.call_id, StoredUtterance.index)
    out: dict[int, StoredUtterance] = {}
    for u in session.scalars(stmt):
        out.setdefault(u.call_id, u)
    return out


# --- erasure and retention ---------------------------------------------------

@dataclass(frozen=True, slots=True)
class ErasedRows:
    """What deleting a call removed from the database."""

    utterances: int
    findings: int
    reviews: int


def erase_call_rows(session: Session, call: Call) -> ErasedRows:
    """Delete a call with its transcript, findings and their reviews; the caller commits.

    The one place reviews are deleted (the ORM refuses it everywhere else): the reviews of an
    erased call go with it, since their comments quote what was said. The audit log keeps
    its entries; the caller adds one saying the call was erased.
    """
    findings = select(StoredFinding.id).where(StoredFinding.call_id == call.id).scalar_subquery()
    quietly = {"synchronize_session": False}
    reviews = rows_changed(session.execute(delete(Review).where(Review.finding_id.in_(findings))
                                           .execution_options(**quietly)))
    found = rows_changed(session.execute(delete(StoredFinding).where(StoredFinding.call_id == call.id)
                                         .execution_options(**quietly)))
    said = rows_changed(session.execute(delete(StoredUtterance).where(StoredUtterance.call_id == call.id)
                                        .execution_options(**quietly)))
    session.execute(delete(CallRescan).where(CallRescan.call_id == call.id).execution_options(**quietly))
    if rows_changed(session.execute(delete(Call).where(Call.id == call.id).execution_options(**quietly))) != 1:
        raise NotFound("call", call.id)  # erased meanwhile by someone else
    session.expunge(call)
    return ErasedRows(utterances=said, findings=found, reviews=reviews)


class AgedCall(NamedTuple):
    call_id: int
    audio_path: str | None  # relative to the data folder


def calls_started_before(session: Session, cutoff: datetime, *, with_recording: bool = False) -> list[AgedCall]:
    """Calls that started before `cutoff` (only those still holding a recording file, with `with_recording`)."""
    stmt = select(Call.id, Call.audio_path).where(Call.started_at < cutoff)
    if with_recording:
        stmt = stmt.where(Call.audio_path.is_not(None))
    return [AgedCall(call_id, audio_path) for call_id, audio_path in session.execute(stmt.order_by(Call.id))]


# --- findings --------------------------------------------------------------

_Row = TypeVarTuple("_Row")


@dataclass(slots=True)
class FindingFilter:
    category: Sequence[str] = ()
    severity: Sequence[str] = ()
    review_state: Sequence[ReviewState] = ()
    agent_id: Sequence[str] = ()
    rule_id: Sequence[str] = ()
    call_id: int | None = None
    needs_listening: bool | None = None
    date_from: date | None = None  # the call's local date, inclusive
    date_to: date | None = None
    text: str | None = None        # a substring of the flagged text
    assigned_to: str | None = None  # findings of calls assigned to this reviewer

    def without(self, facet: str) -> FindingFilter:
        """The same filter with no condition on `facet` (one of the sequence fields)."""
        copy = dataclasses.replace(self)
        setattr(copy, facet, ())
        return copy


def _filter_findings(stmt: Select[*_Row], flt: FindingFilter) -> Select[*_Row]:
    for column, values in ((StoredFinding.category, flt.category), (StoredFinding.severity, flt.severity),
                           (StoredFinding.review_state, flt.review_state), (StoredFinding.agent_id, flt.agent_id),
                           (StoredFinding.rule_id, flt.rule_id)):
        values = list(dict.fromkeys(values))
        if len(values) == 1:
            stmt = stmt.where(column == values[0])
        elif values:
            stmt = stmt.where(column.in_(values))
    if flt.call_id is not None:
        stmt = stmt.where(StoredFinding.call_id == flt.call_id)
    if flt.needs_listening is not None:
        stmt = stmt.where(StoredFinding.needs_listening.is_(flt.needs_listening))
    if flt.date_from:
        stmt = stmt.where(StoredFinding.call_date >= flt.date_from)
    if flt.date_to:
        stmt = stmt.where(StoredFinding.call_date <= flt.date_to)
    if flt.text:
        stmt = stmt.where(StoredFinding.text.contains(flt.text, autoescape=True))
    if flt.assigned_to:
        stmt = stmt.where(StoredFinding.call_id.in_(select(Call.id).where(Call.assigned_to == flt.assigned_to)))
    return stmt


def list_findings(session: Session, flt: FindingFilter, cursor: str | None = None,
                  limit: int = 50) -> Page[StoredFinding]:
    return paged(session, _filter_findings(select(StoredFinding), flt), [StoredFinding.call_date, StoredFinding.id],
                 cursor, limit)


def calls_of_findings(session: Session, finding_ids: Sequence[int]) -> list[int]:
    """The calls these findings are on, in id order."""
    if not finding_ids:
        return []
    return list(session.scalars(select(StoredFinding.call_id).where(StoredFinding.id.in_(list(finding_ids)))
                                .distinct().order_by(StoredFinding.call_id)))
def tallied(flt: FindingFilter) -> dict[str, list[str]] | None:
    """The filter as conditions on the tallies' dimensions, or None when it names anything else
    (a call, a date, text, listening, an assignee), which only the findings themselves can answer."""
    if (flt.call_id is not None or flt.needs_listening is not None or flt.date_from or flt.date_to or flt.text
            or flt.assigned_to):
        return None
    return {"review_state": [s.value for s in flt.review_state], "category": list(flt.category),
            "severity": list(flt.severity), "rule_id": list(flt.rule_id), "agent_id": list(flt.agent_id)}


def count_findings(session: Session, flt: FindingFilter) -> int:
    conditions = tallied(flt)
    if conditions is not None:
        return tallies.count(session, conditions)
    return session.scalar(_filter_findings(select(func.count()).select_from(StoredFinding), flt)) or 0


def get_finding(session: Session, finding_id: int, *, for_update: bool = False) -> StoredFinding:
    """A finding with its reviews; `for_update` locks its row (PostgreSQL) until the transaction ends."""
    finding = session.get(StoredFinding, finding_id, options=[
        selectinload(StoredFinding.reviews), selectinload(StoredFinding.appeals).selectinload(Appeal.ruling)],
                          with_for_update=for_update)
    if finding is None:
        raise NotFound("finding", finding_id)
    return finding


# --- the queue: findings grouped by call ------------------------------------

class QueueSort(enum.StrEnum):
    severity = "severity"  # worst finding first, then the newest call
    date = "date"          # newest call first
    agent = "agent"        # agent A-Z, then worst finding first


SEVERITY_RANK = case(SEVERITY_ORDER, value=StoredFinding.severity, else_=-1)


@dataclass(slots=True)
class QueueCall:
    """One call in the queue with the findings of it that match the filter."""

    call: Call
    worst: int              # SEVERITY_ORDER of its worst matching finding
    findings: list[StoredFinding]


def _summary_key(flt: FindingFilter) -> tuple[str, str] | None:
    """The `queue_calls` rows that answer this filter: (facet, value); None when they cannot.

    They summarise open findings, per call and per one category, severity or rule; agent, dates
    and assignee are the call's own. Other filters group the findings themselves.
    """
    if list(dict.fromkeys(flt.review_state)) != [ReviewState.open] or flt.call_id is not None \
            or flt.needs_listening is not None or flt.text:
        return None
    named = [(facet, list(dict.fromkeys(values))) for facet, values in
             (("category", flt.category), ("severity", flt.severity), ("rule_id", flt.rule_id)) if values]
    if not named:
        return "", ""
    if len(named) == 1 and len(named[0][1]) == 1:
        return named[0][0], named[0][1][0]
    return None


def _summary_order(key: tuple[str, str], flt: FindingFilter, sort: QueueSort) -> Select[int, int]:
    row = QueueRow
    stmt = select(row.call_id.label("call_id"), row.worst.label("worst")).where(
        row.facet == key[0], row.value == key[1])
    agents = list(dict.fromkeys(flt.agent_id))
    if agents:
        stmt = stmt.where(row.agent_id.in_(agents) if len(agents) > 1 else row.agent_id == agents[0])
    if flt.date_from or flt.date_to or flt.assigned_to:
        stmt = stmt.join(Call, Call.id == row.call_id)
        if flt.date_from:
            stmt = stmt.where(Call.call_date >= flt.date_from)
        if flt.date_to:
            stmt = stmt.where(Call.call_date <= flt.date_to)
        if flt.assigned_to:
            stmt = stmt.where(Call.assigned_to == flt.assigned_to)
    if sort == QueueSort.date:
        return stmt.order_by(row.started_at.desc(), row.worst.desc(), row.call_id.desc())
    if sort == QueueSort.agent:
        return stmt.order_by(row.agent_id.asc().nulls_last(), row.worst.desc(), row.started_at.desc(),
                             row.call_id.desc())
    return stmt.order_by(row.worst.desc(), row.started_at.desc(), row.call_id.desc())


def _grouped_order(flt: FindingFilter, sort: QueueSort) -> Select[Any]:
    grouped = _filter_findings(
        select(StoredFinding.call_id.label("call_id"), func.max(SEVERITY_RANK).label("worst"))
        .group_by(StoredFinding.call_id), flt).subquery()
    stmt = select(grouped.c.call_id, grouped.c.worst).join(Call, Call.id == grouped.c.call_id)
    if sort == QueueSort.date:
        return stmt.order_by(Call.started_at.desc(), grouped.c.worst.desc(), Call.id.desc())
    if sort == QueueSort.agent:
        return stmt.order_by(Call.agent_id.is_(None), Call.agent_id, grouped.c.worst.desc(),
                             Call.started_at.desc(), Call.id.desc())
    return stmt.order_by(grouped.c.worst.desc(), Call.started_at.desc(), Call.id.desc())


def _queue_order(flt: FindingFilter, sort: QueueSort, summaries: bool = True) -> Select[int, int] | Select[Any]:
    """(call_id, worst) of the queue's calls in order: from `queue_calls` where it answers the
    filter (a row per call), else by grouping the matching findings (`summaries=False` forces that)."""
    key = _summary_key(flt) if summaries else None
    return _summary_order(key, flt, sort) if key is not None else _grouped_order(flt, sort)


def count_queue_calls(session: Session, flt: FindingFilter, *, summaries: bool = True) -> int:
    key = _summary_key(flt) if summaries else None
    if key is not None:
        return session.scalar(select(func.count()).select_from(_summary_order(key, flt, QueueSort.date)
                                                               .order_by(None).subquery())) or 0
    stmt = _filter_findings(select(func.count(func.distinct(StoredFinding.call_id))), flt)
    return session.scalar(stmt) or 0


def list_queue(session: Session, flt: FindingFilter, sort: QueueSort = QueueSort.severity, *,
               offset: int = 0, limit: int = 50, summaries: bool = True) -> list[QueueCall]:
    """Calls with matching findings, one entry per call, in the queue's order.

    Each call's findings are the matching ones, worst severity first, then by time in the call.
    """
    order = session.execute(_queue_order(flt, sort, summaries).offset(offset).limit(limit)).all()
    if not order:
        return []
    ids = [row.call_id for row in order]
    calls = {c.id: c for c in session.scalars(select(Call).where(Call.id.in_(ids)))}
    by_call: dict[int, list[StoredFinding]] = {i: [] for i in ids}
    stmt = _filter_findings(select(StoredFinding).where(StoredFinding.call_id.in_(ids)), flt)
    for f in session.scalars(stmt.options(selectinload(StoredFinding.reviews))):
        by_call[f.call_id].append(f)
    for found in by_call.values():
        found.sort(key=lambda f: (-SEVERITY_ORDER.get(f.severity, -1), f.start is not None, f.start or 0.0, f.id))
    return [QueueCall(call=calls[row.call_id], worst=row.worst, findings=by_call[row.call_id]) for row in order]


def next_in_queue(session: Session, flt: FindingFilter, sort: QueueSort, after_call_id: int,
                  scan_limit: int = 10_000) -> int | None:
    """The call that follows `after_call_id` in the queue (the first one if it is not there)."""
    ids = [row.call_id for row in session.execute(_queue_order(flt, sort).limit(scan_limit))]
    if after_call_id in ids:
        rest = ids[ids.index(after_call_id) + 1:]
        return rest[0] if rest else None
    return ids[0] if ids else None


# --- reviews ---------------------------------------------------------------

_NEXT_STATE = {
    ReviewDecision.confirm: ReviewState.confirmed,
    ReviewDecision.dismiss: ReviewState.dismissed,
    ReviewDecision.reopen: ReviewState.open,
}


def add_review(session: Session, finding: StoredFinding, decision: ReviewDecision, *, reviewer: str,
               api_key_id: int | None = None, comment: str = "", made_on: int | None = None,
               ruling_on: Appeal | None = None) -> Review:
    """Append a review and move the finding to its new state.

    confirm/dismiss apply to an open finding or overturn the other decision;
    reopen applies to a confirmed or dismissed one. `made_on` is the finding's
    version the reviewer saw: when the finding has moved on since, the decision
    is refused (StaleReview). The state change is a compare-and-set on the
    version, so of two decisions racing on one version exactly one is stored.
    While an appeal is pending, only its ruling (`ruling_on`) decides the finding (UnderAppeal).
    """
    new_state = _NEXT_STATE[decision]
    if needs_reason(decision) and not comment.strip():
        raise ReasonRequired(f"comment: a '{decision.value}' needs a reason")
    pending = next((a for a in finding.appeals if a.ruling is None and a is not ruling_on), None)
    if pending is not None:
        raise UnderAppeal(f"finding {finding.id} is under appeal (#{pending.id}); the compliance officer's "
                          "ruling decides it")
    seen = finding.version
    if made_on is not None and made_on != seen:
        raise StaleReview(finding, made_on)
    if finding.review_state == new_state:
        raise ReviewConflict(f"finding {finding.id} is already {finding.review_state.value}; "
                             f"'{decision.value}' does not apply")
    changed = session.execute(
        update(StoredFinding).where(StoredFinding.id == finding.id, StoredFinding.version == seen)
        .values(version=seen + 1, review_state=new_state).execution_options(synchronize_session=False))
    if rows_changed(changed) != 1:  # another decision got there between our read and this write
        session.expire(finding)
        raise StaleReview(finding, seen)
    set_committed_value(finding, "version", seen + 1)
    set_committed_value(finding, "review_state", new_state)
    review = Review(finding=finding, decision=decision, reviewer=reviewer, api_key_id=api_key_id,
                    comment=comment, finding_version=seen, created_at=utcnow())
    session.add(review)
    return review


# --- claims: who is reviewing a call ------------------------------------------

@dataclass(slots=True)
class Claim:
    reviewer: str
    until: datetime
    mine: bool


def claim_call(session: Session, call: Call, reviewer: str, minutes: int) -> Claim:
    """Claim `call` for `reviewer` for `minutes`, unless someone else holds an unexpired claim.

    Returns the claim that holds after the attempt (the reviewer's own, or the other one).
    A compare-and-set: of two reviewers opening a call at once, one gets it.
    """
    now = utcnow()
    until = now + timedelta(minutes=minutes)
    free = or_(Call.review_claimed_by.is_(None), Call.review_claimed_by == reviewer,
               Call.review_claimed_until.is_(None), Call.review_claimed_until < now)
    changed = session.execute(update(Call).where(Call.id == call.id, free)
                              .values(review_claimed_by=reviewer, review_claimed_until=until)
                              .execution_options(synchronize_session=False))
    session.refresh(call, ["review_claimed_by", "review_claimed_until"])
    if rows_changed(changed) == 1:
        return Claim(reviewer, until, mine=True)
    assert call.review_claimed_by is not None and call.review_claimed_until is not None
    return Claim(call.review_claimed_by, call.review_claimed_until, mine=False)


def active_claims(session: Session, call_ids: Sequence[int]) -> dict[int, Claim]:
    """The unexpired claims on these calls (`mine` is False: the caller compares reviewers)."""
    if not call_ids:
        return {}
    now = utcnow()
    rows = session.execute(select(Call.id, Call.review_claimed_by, Call.review_claimed_until).where(
        Call.id.in_(list(call_ids)), Call.review_claimed_by.is_not(None), Call.review_claimed_until > now))
    return {row.id: Claim(row.review_claimed_by, row.review_claimed_until, mine=False) for row in rows}


# --- summary report --------------------------------------------------------

DIMENSIONS = {
    "category": StoredFinding.category,
    "agent": StoredFinding.agent_id,
    "rule": StoredFinding.rule_id,
    "day": StoredFinding.call_date,
}


@dataclass(slots=True)
class Count:
    key: str | None
    total: int = 0
    by_state: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in ReviewState})


def summary(session: Session, flt: FindingFilter) -> dict[str, list[Count]]:
    """Findings counted per category, agent, rule and day, split by review state."""
    out: dict[str, list[Count]] = {}
    for name, column in DIMENSIONS.items():
        stmt = _filter_findings(
            select(column, StoredFinding.review_state, func.count()).group_by(column, StoredFinding.review_state), flt)
        counts: dict[Any, Count] = {}
        for key, state, n in session.execute(stmt):
            key = key.isoformat() if isinstance(key, date) else key
            c = counts.setdefault(key, Count(key))
            c.total += n
            c.by_state[ReviewState(state).value] += n
        out[name] = sorted(counts.values(), key=lambda c: (c.key is None, c.key or ""))
    return out


# --- API keys --------------------------------------------------------------

KEY_PREFIX = "qak_"


def hash_key(secret: str) -> str:
    # Keys are 256 random bits, so a fast hash is enough (no password stretching needed).
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_api_key(session: Session, name: str, role: Role) -> tuple[ApiKey, str]:
    """Create a key; the secret is returned here once and stored only hashed."""
    name = name.strip()
    if not name:
        raise ValueError("name: must not be empty")
    if session.scalar(select(ApiKey.id).where(ApiKey.name == name)) is not None:
        raise ValueError(f"name: a key named {name!r} already exists")
    if session.scalar(select(User.id).where(User.name == name.lower())) is not None:
        raise ValueError(f"name: a user is named {name!r}; reviews would not tell the two apart")
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(name=name, role=role, key_hash=hash_key(secret), prefix=secret[:12], created_at=utcnow())
    session.add(key)
    session.flush()
    return key, secret


def authenticate_key(session: Session, secret: str) -> ApiKey | None:
    if not secret or len(secret) > 200:
        return None
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(secret)))
    if key is None or key.revoked_at is not None:
        return None
    return key


def list_api_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.id)))


def revoke_api_key(session: Session, key_id: int) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None:
        raise NotFound("API key", key_id)
    if key.revoked_at is None:
        key.revoked_at = utcnow()
    # Its review-page sessions end on the server as well.
    session.execute(update(WebSession).where(WebSession.api_key_id == key_id, WebSession.ended_at.is_(None))
                    .values(ended_at=utcnow()))
    return key


# --- audit log -------------------------------------------------------------

def rows_changed(result: Result[*tuple[Any, ...]]) -> int:
    """Rows an UPDATE or DELETE changed (its result is a CursorResult, which
    SQLAlchemy's types do not say for `Session.execute`)."""
    assert isinstance(result, CursorResult)
    return result.rowcount


def audit(session: Session, action: str, object_type: str, object_id: object = None, *,
          actor: str = "system", api_key_id: int | None = None, **detail: Any) -> AuditEntry:
    """Append an entry to the audit log, chained to the one before it.

    The only writer of audit entries. It holds the chain (`lock_chain`) until the caller's
    transaction ends, so the caller should commit soon after.
    """
    entry = AuditEntry(action=action, object_type=object_type,
                       object_id=None if object_id is None else str(object_id),
                       actor=actor, api_key_id=api_key_id, detail=_jsonable(detail), at=utcnow())
    lock_chain(session)
    entry.prev_hash = chain_head(session)
    entry.entry_hash = entry_hash(entry.prev_hash, entry)
    session.add(entry)
    session.flush()  # now the head: the next entry of this transaction chains to it
    return entry


def list_audit(session: Session, *, object_type: str | None = None, object_id: str | None = None,
               cursor: str | None = None, limit: int = 50) -> Page[AuditEntry]:
    stmt = select(AuditEntry)
    if object_type:
        stmt = stmt.where(AuditEntry.object_type == object_type)
    if object_id:
        stmt = stmt.where(AuditEntry.object_id == object_id)
    return paged(session, stmt, [AuditEntry.id], cursor, limit)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def count(session: Session, model: type[Any], *where: Any) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

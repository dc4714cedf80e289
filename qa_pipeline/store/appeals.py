"""Appeals (申诉): an agent or supervisor contests a confirmed finding within a window after the
confirmation; a compliance officer makes the final ruling.

Everything is new rows: an appeal, a ruling, and for an overturned finding a dismissal review
written by the ruling officer. Appeals and rulings are append-only like reviews (ORM and trigger).

Functions take a Session and leave committing to the caller.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from qa_pipeline.domain.review import AppealOutcome, AppealState, ReviewDecision, ReviewState
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Appeal, AppealRuling, StoredFinding, utcnow


class AppealRefused(ValueError):
    """An appeal or a ruling that does not apply to the finding as it stands (HTTP 409)."""

    field = "finding"


class AppealWindowClosed(AppealRefused):
    """An appeal filed after the window that followed the confirmation."""


class OwnAppeal(AppealRefused):
    """A ruling by the one who filed the appeal: the final word is someone else's."""

    field = "appeal"


def confirmed_at(finding: StoredFinding) -> datetime | None:
    """When the finding's standing confirmation was made (its latest review); None unless confirmed."""
    if finding.review_state != ReviewState.confirmed or not finding.reviews:
        return None
    latest = finding.reviews[-1]
    return latest.created_at if latest.decision == ReviewDecision.confirm else None


def appeal_deadline(finding: StoredFinding, window: timedelta) -> datetime | None:
    """The last moment the standing confirmation may be appealed; None when there is none to appeal."""
    at = confirmed_at(finding)
    if at is None or any(a.finding_version == finding.version for a in finding.appeals):
        return None
    return at + window


def file_appeal(session: Session, finding: StoredFinding, *, filed_by: str, reason: str, window: timedelta,
                api_key_id: int | None = None, now: datetime | None = None) -> Appeal:
    """Contest the finding's confirmation. One appeal per confirmation, within `window` of it."""
    reason = reason.strip()
    if not reason:
        raise repo.ReasonRequired("reason: an appeal needs a reason", field="reason")
    at = confirmed_at(finding)
    if at is None:
        raise AppealRefused(f"finding {finding.id} is {finding.review_state.value}; "
                            "only a confirmed finding can be appealed")
    if any(a.finding_version == finding.version for a in finding.appeals):
        raise AppealRefused(f"finding {finding.id}: its confirmation has been appealed already")
    now = now or utcnow()
    if now > at + window:
        raise AppealWindowClosed(
            f"finding {finding.id} was confirmed on {at.isoformat(timespec='minutes')}; appeals close "
            f"{window.days} days after the confirmation (QA_APPEAL_WINDOW_DAYS)")
    appeal = Appeal(finding=finding, finding_version=finding.version, filed_by=filed_by, api_key_id=api_key_id,
                    reason=reason, filed_at=now)
    session.add(appeal)
    session.flush()
    repo.audit(session, "finding.appeal", "finding", finding.id, actor=filed_by, api_key_id=api_key_id,
               appeal_id=appeal.id, finding_version=finding.version)
    return appeal


def rule_on_appeal(session: Session, appeal: Appeal, outcome: AppealOutcome, *, ruled_by: str, comment: str,
                   api_key_id: int | None = None) -> AppealRuling:
    """The final ruling. Overturned: the finding is dismissed by a review citing the appeal."""
    comment = comment.strip()
    if not comment:
        raise repo.ReasonRequired("comment: a ruling needs a comment")
    if appeal.ruling is not None:
        raise AppealRefused(f"appeal {appeal.id} was ruled on already ({appeal.ruling.outcome.value})")
    if ruled_by == appeal.filed_by:
        raise OwnAppeal(f"appeal {appeal.id} was filed by {ruled_by}; another compliance officer rules on it")
    finding = repo.get_finding(session, appeal.finding_id, for_update=True)
    if finding.version != appeal.finding_version:
        raise AppealRefused(f"finding {finding.id} changed since the appeal (version {appeal.finding_version}, "
                            f"now {finding.version}, {finding.review_state.value}); the appeal no longer applies")
    review = None
    if outcome == AppealOutcome.overturned:
        review = repo.add_review(session, finding, ReviewDecision.dismiss, reviewer=ruled_by, api_key_id=api_key_id,
                                 comment=f"申诉 #{appeal.id} 改判 / appeal #{appeal.id} overturned: {comment}",
                                 made_on=appeal.finding_version, ruling_on=appeal)
        session.flush()
    ruling = AppealRuling(appeal_id=appeal.id, outcome=outcome, comment=comment, ruled_by=ruled_by,
                          api_key_id=api_key_id, review_id=review.id if review else None, ruled_at=utcnow())
    session.add(ruling)
    session.flush()
    set_committed_value(appeal, "ruling", ruling)  # loaded, not a change: appeals are append-only
    repo.audit(session, "appeal.ruling", "appeal", appeal.id, actor=ruled_by, api_key_id=api_key_id,
               finding_id=finding.id, outcome=outcome, review_id=ruling.review_id)
    return ruling


def get_appeal(session: Session, appeal_id: int) -> Appeal:
    appeal = session.get(Appeal, appeal_id, options=[selectinload(Appeal.ruling)])
    if appeal is None:
        raise repo.NotFound("appeal", appeal_id)
    return appeal


def list_appeals(session: Session, state: AppealState | None = None, cursor: str | None = None,
                 limit: int = 50) -> repo.Page[Appeal]:
    """Appeals, newest first; `state` pending, upheld or overturned."""
    stmt = select(Appeal).options(selectinload(Appeal.ruling), selectinload(Appeal.finding))
    if state == AppealState.pending:
        stmt = stmt.where(~Appeal.ruling.has())
    elif state is not None:
        stmt = stmt.where(Appeal.ruling.has(AppealRuling.outcome == AppealOutcome(state.value)))
    return repo.paged(session, stmt, [Appeal.id], cursor, limit)


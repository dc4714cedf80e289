"""Reviews carry the version they were made on (compare-and-set), dismissals need a reason, and call claims.

Runs on SQLite and PostgreSQL (the `session_factory` fixture).
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import (
    Call,
    CallSource,
    CallStatus,
    Review,
    ReviewDecision,
    ReviewState,
    StoredFinding,
)


@pytest.fixture
def finding_id(session_factory) -> int:
    with session_factory() as s:
        call = Call(content_hash="f" * 64, source=CallSource.transcript, external_id="c-cas", agent_id="a-1",
                    started_at=datetime(2026, 3, 2, 2, tzinfo=UTC), call_date=date(2026, 3, 2), call_metadata={},
                    status=CallStatus.done)
        f = StoredFinding(call=call, rule_id="cn.threat.violence", category="threat", severity="critical",
                          pack_name="cn", pack_version="1", utterance_index=2, evidence={}, agent_id="a-1",
                          call_date=date(2026, 3, 2))
        s.add(f)
        s.commit()
        return f.id


def test_a_decision_on_an_old_version_is_refused_with_the_stored_one(session_factory, finding_id: int) -> None:
    with session_factory() as s:
        f = repo.get_finding(s, finding_id)
        assert f.version == 0
        review = repo.add_review(s, f, ReviewDecision.confirm, reviewer="li", comment="威胁", made_on=0)
        s.commit()
        assert review.finding_version == 0 and f.version == 1
    with session_factory() as s:
        f = repo.get_finding(s, finding_id)
        with pytest.raises(repo.StaleReview) as info:
            repo.add_review(s, f, ReviewDecision.dismiss, reviewer="wang", comment="客户说的", made_on=0)
        stale = info.value
        assert (stale.made_on, stale.current_version, stale.current_state) == (0, 1, ReviewState.confirmed)
        assert stale.latest is not None and (stale.latest.reviewer, stale.latest.comment) == ("li", "威胁")
        s.rollback()
        # On the current version the same decision is stored.
        f = repo.get_finding(s, finding_id)
        repo.add_review(s, f, ReviewDecision.dismiss, reviewer="wang", comment="客户说的", made_on=1)
        s.commit()
    with session_factory() as s:
        f = repo.get_finding(s, finding_id)
        assert (f.version, f.review_state) == (2, ReviewState.dismissed)
        assert [(r.reviewer, r.finding_version) for r in f.reviews] == [("li", 0), ("wang", 1)]


def test_a_dismissal_needs_a_reason(session_factory, finding_id: int) -> None:
    with session_factory() as s:
        f = repo.get_finding(s, finding_id)
        with pytest.raises(repo.ReasonRequired):
            repo.add_review(s, f, ReviewDecision.dismiss, reviewer="li", comment="  ")
        assert f.version == 0 and f.review_state == ReviewState.open and not f.reviews


def test_parallel_decisions_store_exactly_one(session_factory, finding_id: int) -> None:
    """Two reviewers read the same version and decide at once: the compare-and-set lets one through."""
    barrier = threading.Barrier(2, timeout=30)
    outcomes: list[str] = []

    def decide(reviewer: str, decision: ReviewDecision) -> None:
        with session_factory() as s:
            f = repo.get_finding(s, finding_id)  # both read version 0 (no row lock taken)
            seen = f.version
            barrier.wait()
            try:
                repo.add_review(s, f, decision, reviewer=reviewer, comment="理由", made_on=seen)
                s.commit()
                outcomes.append("stored")
            except repo.ReviewConflict:
                s.rollback()
                outcomes.append("refused")

    threads = [threading.Thread(target=decide, args=("li", ReviewDecision.confirm)),
               threading.Thread(target=decide, args=("wang", ReviewDecision.confirm))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes) == ["refused", "stored"]
    with session_factory() as s:
        assert len(s.scalars(select(Review).where(Review.finding_id == finding_id)).all()) == 1
        assert s.get(StoredFinding, finding_id).version == 1


def test_claims_are_held_then_expire(session_factory, finding_id: int) -> None:
    with session_factory() as s:
        call = s.get(StoredFinding, finding_id).call
        mine = repo.claim_call(s, call, "li", 15)
        s.commit()
        assert mine.mine and mine.reviewer == "li"
        assert mine.until > datetime.now(UTC) + timedelta(minutes=14)
        theirs = repo.claim_call(s, call, "wang", 15)
        s.commit()
        assert not theirs.mine and theirs.reviewer == "li"
        assert repo.claim_call(s, call, "li", 15).mine  # renewing your own claim
        assert repo.active_claims(s, [call.id])[call.id].reviewer == "li"
        s.execute(update(Call).where(Call.id == call.id).values(
            review_claimed_until=datetime.now(UTC) - timedelta(seconds=1)))
        s.commit()
        assert repo.active_claims(s, [call.id]) == {}
        taken = repo.claim_call(s, call, "wang", 15)
        s.commit()
        assert taken.mine and taken.reviewer == "wang"

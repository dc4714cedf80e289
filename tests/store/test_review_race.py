"""Issue 14.6: two reviewers who saw the same state: one review is stored, the other refused."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from qa_pipeline.domain.review import ReviewDecision, ReviewState
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Call, CallSource, CallStatus, Review, StoredFinding


def _finding(session_factory) -> int:
    with session_factory() as s:
        call = Call(content_hash="f" * 64, source=CallSource.transcript, external_id="c-race", agent_id="a-1",
                    started_at=datetime(2026, 3, 1, 2, tzinfo=UTC), call_date=date(2026, 3, 1),
                    call_metadata={}, status=CallStatus.done)
        finding = StoredFinding(call=call, rule_id="cn.r", category="threat", severity="high", title="t",
                                pack_name="p", pack_version="1", evidence={}, agent_id="a-1",
                                call_date=date(2026, 3, 1), review_state=ReviewState.open)
        s.add_all([call, finding])
        s.commit()
        return finding.id


@pytest.mark.parametrize("second", [ReviewDecision.confirm, ReviewDecision.dismiss])
def test_a_review_based_on_a_stale_state_is_refused(session_factory, second) -> None:
    finding_id = _finding(session_factory)
    with session_factory() as first_s, session_factory() as second_s:
        seen_first = repo.get_finding(first_s, finding_id)
        seen_second = repo.get_finding(second_s, finding_id)  # both saw "open"
        repo.add_review(first_s, seen_first, ReviewDecision.confirm, reviewer="one")
        first_s.commit()
        with pytest.raises(repo.ReviewConflict, match="changed since version 0"):
            repo.add_review(second_s, seen_second, second, reviewer="two", comment="not a threat")
        second_s.rollback()
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == 1
        assert s.get(StoredFinding, finding_id).review_state == ReviewState.confirmed


@pytest.mark.parametrize("table", ["audit_log", "reviews"])
def test_the_database_refuses_updates_of_append_only_rows(session_factory, table) -> None:
    """14.13: append-only is enforced by a trigger, not only by the ORM hook."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    finding_id = _finding(session_factory)
    with session_factory() as s:
        finding = repo.get_finding(s, finding_id)
        repo.add_review(s, finding, ReviewDecision.confirm, reviewer="one")
        repo.audit(s, "finding.review", "finding", finding_id, actor="one")
        s.commit()
    with session_factory() as s:
        column = "actor" if table == "audit_log" else "reviewer"
        with pytest.raises(DBAPIError, match="append-only"):
            s.execute(text(f"UPDATE {table} SET {column} = 'someone else'"))
            s.commit()

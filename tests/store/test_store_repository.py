"""Queries: finding filters and cursor paging, reviews, summary counts, API keys."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import (
    ApiKey,
    Call,
    CallSource,
    CallStatus,
    ReviewDecision,
    ReviewState,
    Role,
    StoredFinding,
)

CATEGORIES = ["threat", "abuse", "impersonation"]
SEVERITIES = ["low", "high", "critical"]


@pytest.fixture
def findings(session_factory) -> list[dict]:
    """30 findings over 3 agents, 3 days, 3 categories; returns their attributes by id."""
    rows = []
    with session_factory() as s:
        for c in range(3):
            day = date(2026, 3, 1 + c)
            call = Call(content_hash=f"{c:064d}", source=CallSource.transcript, external_id=f"c-{c}",
                        agent_id=f"a-{c}", started_at=datetime(2026, 3, 1 + c, 2, tzinfo=UTC),
                        call_date=day, call_metadata={}, status=CallStatus.done)
            s.add(call)
            for i in range(10):
                f = StoredFinding(call=call, rule_id=f"cn.r{i % 2}", category=CATEGORIES[i % 3],
                            severity=SEVERITIES[(i + c) % 3], pack_name="cn", pack_version="1",
                            utterance_index=i, evidence={}, agent_id=call.agent_id, call_date=day,
                            review_state=ReviewState.confirmed if i == 0 else ReviewState.open)
                s.add(f)
        s.commit()
        for f in s.scalars(select(StoredFinding)):
            rows.append({"id": f.id, "category": f.category, "severity": f.severity, "agent_id": f.agent_id,
                             "rule_id": f.rule_id, "call_date": f.call_date, "review_state": f.review_state})
    return rows


def _ids(rows, **match) -> list[int]:
    return sorted((r["id"] for r in rows if all(r[k] in v for k, v in match.items())), reverse=True)


@pytest.mark.parametrize("flt, match", [
    (repo.FindingFilter(category=["threat"]), {"category": ["threat"]}),
    (repo.FindingFilter(severity=["high", "critical"]), {"severity": ["high", "critical"]}),
    (repo.FindingFilter(review_state=[ReviewState.confirmed]), {"review_state": [ReviewState.confirmed]}),
    (repo.FindingFilter(agent_id=["a-1"], rule_id=["cn.r0"]), {"agent_id": ["a-1"], "rule_id": ["cn.r0"]}),
    (repo.FindingFilter(date_from=date(2026, 3, 2), date_to=date(2026, 3, 3)),
     {"call_date": [date(2026, 3, 2), date(2026, 3, 3)]}),
    (repo.FindingFilter(date_to=date(2026, 3, 1), category=["abuse"]),
     {"call_date": [date(2026, 3, 1)], "category": ["abuse"]}),
])
def test_finding_filters(session_factory, findings, flt, match):
    with session_factory() as s:
        page = repo.list_findings(s, flt, limit=100)
    expected = _ids(findings, **match)
    assert expected, "the fixture must hold matching findings"
    assert [f.id for f in page.items] == expected
    assert page.next_cursor is None


def test_cursor_paging_visits_every_finding_once_newest_first(session_factory, findings):
    seen: list[int] = []
    cursor = None
    pages = 0
    with session_factory() as s:
        while True:
            page = repo.list_findings(s, repo.FindingFilter(category=["threat", "abuse"]), cursor, limit=7)
            seen += [f.id for f in page.items]
            pages += 1
            cursor = page.next_cursor
            if cursor is None:
                break
    assert seen == _ids(findings, category=["threat", "abuse"])
    assert pages == -(-len(seen) // 7)


@pytest.mark.parametrize("cursor", ["garbage", "aWQ6LTE", "eDox", "%%%"])
def test_bad_cursor_is_refused(session_factory, findings, cursor):
    with session_factory() as s, pytest.raises(repo.InvalidCursor):
        repo.list_findings(s, repo.FindingFilter(), cursor)


def test_review_transitions(session_factory, findings):
    with session_factory() as s:
        f = repo.get_finding(s, findings[1]["id"])
        assert f.review_state is ReviewState.open
        with pytest.raises(repo.ReviewConflict):
            repo.add_review(s, f, ReviewDecision.reopen, reviewer="qa")
        repo.add_review(s, f, ReviewDecision.confirm, reviewer="qa", comment="clear threat")
        assert f.review_state is ReviewState.confirmed
        with pytest.raises(repo.ReviewConflict):
            repo.add_review(s, f, ReviewDecision.confirm, reviewer="qa")
        repo.add_review(s, f, ReviewDecision.dismiss, reviewer="lead", comment="misheard")
        repo.add_review(s, f, ReviewDecision.reopen, reviewer="lead")
        s.commit()
    with session_factory() as s:
        f = repo.get_finding(s, findings[1]["id"])
        assert f.review_state is ReviewState.open
        assert [(r.reviewer, r.decision.value) for r in f.reviews] == [
            ("qa", "confirm"), ("lead", "dismiss"), ("lead", "reopen")]


def test_summary_counts_per_dimension_and_state(session_factory, findings):
    with session_factory() as s:
        counts = repo.summary(s, repo.FindingFilter())
        by_agent = {c.key: c for c in counts["agent"]}
        assert {k: c.total for k, c in by_agent.items()} == {"a-0": 10, "a-1": 10, "a-2": 10}
        assert by_agent["a-0"].by_state == {"open": 9, "confirmed": 1, "dismissed": 0}
        assert {c.key: c.total for c in counts["category"]} == {"threat": 12, "abuse": 9, "impersonation": 9}
        assert {c.key: c.total for c in counts["day"]} == {"2026-03-01": 10, "2026-03-02": 10, "2026-03-03": 10}
        assert {c.key: c.total for c in counts["rule"]} == {"cn.r0": 15, "cn.r1": 15}
        only = repo.summary(s, repo.FindingFilter(agent_id=["a-2"], category=["threat"]))
        assert [(c.key, c.total) for c in only["agent"]] == [("a-2", 4)]


def test_api_keys_are_stored_hashed_and_can_be_revoked(session_factory):
    with session_factory() as s:
        key, secret = repo.create_api_key(s, "alice", Role.qa)
        s.commit()
        stored = s.scalar(select(ApiKey.key_hash))
        assert secret not in stored and stored == repo.hash_key(secret)
        assert secret.startswith(key.prefix)
        assert repo.authenticate_key(s, secret).name == "alice"
        assert repo.authenticate_key(s, secret + "x") is None
        with pytest.raises(ValueError, match="already exists"):
            repo.create_api_key(s, "alice", Role.admin)
        repo.revoke_api_key(s, key.id)
        s.commit()
        assert repo.authenticate_key(s, secret) is None

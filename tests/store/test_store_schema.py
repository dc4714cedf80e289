"""Migrations, model round trips and the append-only rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from qa_pipeline.store import db
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import (
    AppendOnlyError,
    Base,
    Call,
    CallSource,
    CallStatus,
    Review,
    ReviewDecision,
    ReviewState,
    StoredFinding,
    StoredUtterance,
    include_object,
)
from qa_pipeline.store.repository import FindingFilter

SHANGHAI = timezone(timedelta(hours=8))


def make_call(content_hash: str = "a" * 64, **kw: object) -> Call:
    values: dict[str, object] = {
        "content_hash": content_hash, "source": CallSource.transcript, "external_id": "c-1", "agent_id": "a-17",
        "started_at": datetime(2026, 3, 2, 10, 5, tzinfo=SHANGHAI), "call_date": date(2026, 3, 2),
        "call_metadata": {"call_id": "c-1"}, "status": CallStatus.queued}
    values.update(kw)
    return Call(**values)


def make_finding(call: Call, **kw: object) -> StoredFinding:
    values: dict[str, object] = {
        "call": call, "rule_id": "cn.threat.violence", "category": "threat", "severity": "critical", "pack_name": "cn",
        "pack_version": "1", "utterance_index": 0, "evidence": {"matched": ["打断腿"]}, "agent_id": call.agent_id,
        "call_date": call.call_date}
    values.update(kw)
    return StoredFinding(**values)


def test_migrations_reach_head_and_match_the_models(engine):
    assert db.current_revision(engine) == db.head_revision()
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


@pytest.mark.parametrize("flt", [
    FindingFilter(),
    FindingFilter(category=["threat"]),
    FindingFilter(severity=["critical"], date_from=date(2026, 3, 1), date_to=date(2026, 3, 7)),
    FindingFilter(review_state=[ReviewState.open]),
    FindingFilter(agent_id=["a-17"], date_from=date(2026, 3, 1)),
    FindingFilter(rule_id=["cn.threat.violence"], date_to=date(2026, 3, 1)),
])
def test_finding_lists_are_served_by_an_index_in_page_order(engine, flt):
    """Each filter (with or without a date range) walks an index in the list's order: no sort of the matches."""
    stmt = select(StoredFinding)
    stmt = repo._filter_findings(stmt, flt).order_by(StoredFinding.call_date.desc(), StoredFinding.id.desc()).limit(51)
    with engine.connect() as conn:
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        if engine.dialect.name == "sqlite":
            plan = " ".join(str(row[-1]) for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
            assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, plan
        else:
            conn.execute(text("SET enable_seqscan = off"))  # the test tables are tiny; ask what an index can do
            plan = " ".join(row[0] for row in conn.execute(text(f"EXPLAIN {sql}")))
            assert "Index" in plan and "Sort" not in plan, plan


def test_migrations_downgrade_and_upgrade_again(database_url, tmp_path):
    backend = database_url.get_backend_name()
    with db.scratch_database(backend, directory=tmp_path, prefix="qa_test_mig") as url:
        assert db.current_revision(url) == db.head_revision()
        db.downgrade(url, "base")
        assert db.current_revision(url) is None
        engine = db.make_engine(url)
        try:
            assert "calls" not in inspect(engine).get_table_names()
        finally:
            engine.dispose()
        db.upgrade(url)
        assert db.current_revision(url) == db.head_revision()


def test_call_round_trip_keeps_times_aware_and_utterances_ordered(session_factory):
    with session_factory() as s:
        call = make_call()
        call.utterances = [StoredUtterance(index=1, speaker="customer", start=2.5, end=3.4, text="对，是我。"),
                           StoredUtterance(index=0, speaker="agent", start=0.0, end=2.1, text="您好")]
        s.add(call)
        s.commit()
        call_id = call.id
    with session_factory() as s:
        call = s.get(Call, call_id)
        assert call.started_at == datetime(2026, 3, 2, 2, 5, tzinfo=UTC)
        assert call.started_at.tzinfo is not None
        assert [u.index for u in call.utterances] == [0, 1]
        assert call.call_metadata == {"call_id": "c-1"}
        assert call.status is CallStatus.queued


def test_content_hash_is_unique(session_factory):
    with session_factory() as s:
        s.add(make_call())
        s.commit()
        s.add(make_call(external_id="other"))
        with pytest.raises(IntegrityError):
            s.commit()


def test_reviews_are_append_only(session_factory):
    with session_factory() as s:
        finding = make_finding(make_call())
        review = Review(finding=finding, reviewer="qa-1", decision=ReviewDecision.confirm, comment="ok")
        s.add_all([finding, review])
        s.commit()
        review.comment = "changed"
        with pytest.raises(AppendOnlyError):
            s.flush()
        s.rollback()
        s.delete(s.get(Review, review.id))
        with pytest.raises(AppendOnlyError):
            s.flush()
        s.rollback()
        assert s.scalar(select(Review.comment)) == "ok"


def test_a_reviewed_finding_cannot_be_deleted(session_factory):
    with session_factory() as s:
        finding = make_finding(make_call())
        s.add_all([finding, Review(finding=finding, reviewer="qa-1", decision=ReviewDecision.dismiss)])
        s.commit()
        s.delete(finding)
        with pytest.raises(IntegrityError):
            s.commit()


def test_audit_entries_are_append_only(session_factory):
    with session_factory() as s:
        entry = repo.audit(s, "call.upload", "call", 1, actor="x")
        s.commit()
        entry.actor = "y"
        with pytest.raises(AppendOnlyError):
            s.commit()

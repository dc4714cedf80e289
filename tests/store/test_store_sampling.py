"""Sampling verdicts are append-only in the ORM and in the database (trigger, migration 0012); a draw is
reproducible from its seed; the Wilson interval; migration 0012 fills in the calls' team."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import MetaData, Table, insert, select, text
from sqlalchemy.exc import DBAPIError

from qa_pipeline.domain.sampling import SampleCriteria, SampleKind, SampleOutcome, wilson_interval
from qa_pipeline.store import db, sampling
from qa_pipeline.store.models import AppendOnlyError, CallStatus, SampleReview
from tests.store.test_store_schema import make_call


def stored_plan(s, calls: int = 6):
    s.add_all([make_call(f"{i:064x}", external_id=f"c-{i}", status=CallStatus.done) for i in range(calls)])
    s.flush()
    return sampling.create_plan(s, name="p", kind=SampleKind.random, criteria=SampleCriteria(), size=3, seed=11,
                                created_by="qa-1")


def test_a_verdict_cannot_be_changed(session_factory):
    with session_factory() as s:
        plan = stored_plan(s)
        verdict = sampling.add_verdict(s, plan, plan.calls[0].call_id, SampleOutcome.no_miss, reviewer="qa-1")
        s.commit()
        verdict.note = "changed"
        with pytest.raises(AppendOnlyError):
            s.flush()
        s.rollback()
        with pytest.raises(DBAPIError, match="append-only"):
            s.execute(text("UPDATE sample_reviews SET note = 'changed'"))
        s.rollback()
        assert s.scalar(select(SampleReview.note)) == ""


def test_the_same_seed_draws_the_same_calls(session_factory):
    with session_factory() as s:
        plan = stored_plan(s, calls=20)
        again = sampling.draw(s, SampleCriteria(), 3, 11)
        assert [c.call_id for c in plan.calls] == again and len(set(again)) == 3
        assert sampling.draw(s, SampleCriteria(), 3, 12) != again
        assert len(sampling.draw(s, SampleCriteria(), 50, 11)) == 20  # fewer calls than asked: all of them


@pytest.mark.parametrize("k, n, low, high", [(0, 10, 0.0, 0.2775), (1, 2, 0.0945, 0.9055), (5, 5, 0.5655, 1.0)])
def test_wilson_interval(k, n, low, high):
    interval = wilson_interval(k, n)
    assert interval is not None
    assert interval.low == pytest.approx(low, abs=1e-4) and interval.high == pytest.approx(high, abs=1e-4)
    assert wilson_interval(0, 0) is None


def test_migration_0012_takes_the_team_from_stored_metadata(database_url, tmp_path):
    backend = database_url.get_backend_name()
    with db.scratch_database(backend, directory=tmp_path, prefix="qa_test_team") as url:
        db.downgrade(url, "0009")
        engine = db.make_engine(url)
        try:
            calls = Table("calls", MetaData(), autoload_with=engine)
            row = {"source": "transcript", "started_at": datetime(2026, 3, 2, 2, 5, tzinfo=UTC),
                   "call_date": date(2026, 3, 2), "status": "done", "attempts": 0, "roles_inferred": False,
                   "created_at": datetime(2026, 3, 2, 3, tzinfo=UTC)}
            with engine.begin() as conn:
                for i, metadata in enumerate([{"call_id": "c-0", "team": "east"}, {"call_id": "c-1"},
                                              {"call_id": "c-2", "team": 7}]):
                    conn.execute(insert(calls).values(content_hash=f"{i:064x}", external_id=f"c-{i}",
                                                      metadata=metadata, **row))
            db.upgrade(url)
            with engine.connect() as conn:
                teams = dict(conn.execute(text("SELECT external_id, team FROM calls")).all())
        finally:
            engine.dispose()
    assert teams == {"c-0": "east", "c-1": None, "c-2": None}  # only a text team is a team

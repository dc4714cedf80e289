"""Issue 14.14: the audit log is a hash chain; `qa-pipeline audit-log verify` finds an entry changed,
deleted or moved by raw SQL (the append-only trigger taken away first), on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

from api.main import create_app
from qa_pipeline.store import db
from qa_pipeline.store import repository as repo
from qa_pipeline.store.audit_chain import GENESIS, verify_chain
from qa_pipeline.store.models import AuditEntry
from tests.api.conftest import make_keys

SQLITE_TRIGGER = ("CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log "
                  "BEGIN SELECT RAISE(ABORT, 'audit_log rows are append-only'); END")


@contextmanager
def trigger_off(engine: Engine) -> Iterator[None]:
    """What an attacker with SQL access would do first: take the append-only trigger away (put back after)."""
    postgresql = engine.dialect.name == "postgresql"
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only" if postgresql
                          else "DROP TRIGGER audit_log_append_only"))
    try:
        yield
    finally:
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only" if postgresql
                              else SQLITE_TRIGGER))


def _entries(session_factory, n: int) -> list[int]:
    ids = []
    for i in range(n):
        with session_factory() as s:
            entry = repo.audit(s, "call.view", "call", i, actor=f"reviewer-{i}", via="api", score=0.5 * i,
                               words=["逾期", "还款"], nested={"a": [1, 2.0, None]})
            s.commit()
            ids.append(entry.id)
    return ids


def test_each_entry_is_chained_to_the_one_before(session_factory):
    first = _entries(session_factory, 3)[0]
    with session_factory() as s:  # two entries in one transaction chain too
        repo.audit(s, "key.create", "api_key", 1, actor="cli")
        repo.audit(s, "key.revoke", "api_key", 1, actor="cli")
        s.commit()
    with session_factory() as s:
        rows = s.query(AuditEntry).order_by(AuditEntry.id).all()
        assert rows[0].id == first and rows[0].prev_hash == GENESIS
        assert [r.prev_hash for r in rows[1:]] == [r.entry_hash for r in rows[:-1]]
        assert len({r.entry_hash for r in rows}) == 5
        check = verify_chain(s)
    assert check.intact and check.entries == 5 and check.head_hash == rows[-1].entry_hash


def test_an_empty_log_is_intact(session_factory):
    with session_factory() as s:
        check = verify_chain(s)
    assert check.intact and check.entries == 0 and check.head_hash == GENESIS


TAMPERING = {
    # what is done to the 2nd of 4 entries -> the entry verify names, and what it says
    "edited": (["UPDATE audit_log SET actor = 'someone else' WHERE id = :b"], 1, "changed after it was written"),
    "detail edited": (["UPDATE audit_log SET detail = '{}' WHERE id = :b"], 1, "changed after it was written"),
    "deleted": (["DELETE FROM audit_log WHERE id = :b"], 2, "deleted"),
    "reordered": (["UPDATE audit_log SET id = -1 WHERE id = :b", "UPDATE audit_log SET id = :b WHERE id = :c",
                   "UPDATE audit_log SET id = :c WHERE id = -1"], 1, "reordered"),
}


@pytest.mark.parametrize("kind", sorted(TAMPERING))
def test_verify_names_the_first_entry_where_the_chain_breaks(session_factory, engine, kind):
    ids = _entries(session_factory, 4)
    statements, broken_at, says = TAMPERING[kind]
    with trigger_off(engine), engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement), {"b": ids[1], "c": ids[2]})
    with session_factory() as s:
        check = verify_chain(s)
    assert not check.intact and check.broken is not None
    assert check.broken.entry_id == ids[broken_at] and says in check.broken.reason
    assert check.entries == 1  # the first entry is still good


def test_cli_verify_exits_0_when_intact_and_1_naming_the_entry(cli, session_factory, engine, database_url,
                                                                 tmp_path):
    ids = _entries(session_factory, 3)
    env = {**os.environ, "QA_DATABASE_URL": database_url.render_as_string(hide_password=False),
           "QA_DATA_DIR": str(tmp_path / "data")}
    run = cli("audit-log", "verify", env=env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("3 entries, chain intact") and f"entry {ids[-1]}" in run.stdout
    with trigger_off(engine), engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET object_id = '999' WHERE id = :id"), {"id": ids[1]})
    run = cli("audit-log", "verify", env=env)
    assert run.returncode == 1
    assert f"entry {ids[1]}:" in run.stderr and "changed" in run.stderr


def test_concurrent_appends_keep_one_chain(postgres_settings):
    """Writers in parallel on PostgreSQL: each appends after the other, none forks the chain."""
    engine = db.make_engine(postgres_settings.effective_database_url, pool_size=8, max_overflow=0)
    factory = db.make_session_factory(engine)
    threads, per_thread = 8, 15
    start = threading.Barrier(threads)
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            start.wait()
            for i in range(per_thread):
                with factory() as s:
                    repo.audit(s, "call.view", "call", i, actor=f"w{worker}")
                    repo.audit(s, "call.audio", "call", i, actor=f"w{worker}")
                    s.commit()
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        workers = [threading.Thread(target=write, args=(w,)) for w in range(threads)]
        for t in workers:
            t.start()
        for t in workers:
            t.join(120)
        assert errors == []
        with factory() as s:
            check = verify_chain(s)
        assert check.intact, check.broken
        assert check.entries == threads * per_thread * 2
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_the_migration_chains_the_entries_written_before_it(backend, tmp_path):
    with db.scratch_database(backend, directory=tmp_path, prefix="qa_test_chain") as url:
        db.downgrade(url, "0009")
        _old_entries(url)
        db.upgrade(url)
        engine = db.make_engine(url)
        try:
            with db.make_session_factory(engine)() as s:
                assert verify_chain(s).entries == 3
                repo.audit(s, "call.view", "call", 4, actor="after")  # new entries continue the chain
                s.commit()
                check = verify_chain(s)
                assert check.intact and check.entries == 4
        finally:
            engine.dispose()


def _old_entries(url: URL) -> None:
    engine = db.make_engine(url)
    try:
        with engine.begin() as conn:
            details = [{"via": "api"}, {"n": 3, "x": 2.5, "big": 1e20, "name": "王建国"}, {}]
            conn.execute(AuditEntry.__table__.insert(), [
                {"at": datetime(2026, 3, 2, 10, i, 5, 123456, tzinfo=UTC), "actor": f"r{i}", "action": "call.view",
                 "object_type": "call", "object_id": str(i), "detail": detail} for i, detail in enumerate(details)])
    finally:
        engine.dispose()


def test_the_audit_route_shows_the_chain(settings, session_factory):
    app = create_app(settings, session_factory=session_factory)
    keys = make_keys(app)
    _entries(session_factory, 2)
    with TestClient(app) as client:
        items = client.get("/v1/audit", headers=keys["admin"]).json()["items"]  # newest first
    assert items[0]["prev_hash"] == items[1]["entry_hash"] and items[1]["prev_hash"] == GENESIS

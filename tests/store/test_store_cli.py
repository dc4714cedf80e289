"""`qa-pipeline db upgrade` and `qa-pipeline keys ...`, run as a user would."""

from __future__ import annotations

import os

from sqlalchemy.engine import URL

from qa_pipeline.store import db
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Role


def _env(url: URL, tmp_path) -> dict[str, str]:
    return {**os.environ, "QA_DATABASE_URL": url.render_as_string(hide_password=False),
            "QA_DATA_DIR": str(tmp_path / "data")}


def test_db_upgrade_creates_the_schema(cli, database_url, tmp_path):
    with db.scratch_database(database_url.get_backend_name(), directory=tmp_path, prefix="qa_test_cli") as url:
        db.downgrade(url, "base")
        assert db.current_revision(url) is None
        run = cli("db", "upgrade", env=_env(url, tmp_path))
        assert run.returncode == 0, run.stderr
        assert db.head_revision() in run.stdout
        assert db.current_revision(url) == db.head_revision()
        again = cli("db", "upgrade", env=_env(url, tmp_path))  # idempotent
        assert again.returncode == 0 and db.current_revision(url) == db.head_revision()


def test_keys_create_prints_the_key_once_and_stores_its_hash(cli, database_url, session_factory, tmp_path):
    env = _env(database_url, tmp_path)
    run = cli("keys", "create", "--role", "compliance", "--name", "officer-1", env=env)
    assert run.returncode == 0, run.stderr
    secret = run.stdout.strip()
    assert secret.startswith(repo.KEY_PREFIX) and len(secret) > 40
    with session_factory() as s:
        key = repo.authenticate_key(s, secret)
        assert key is not None and key.role is Role.compliance and key.name == "officer-1"
        assert key.key_hash != secret
    listed = cli("keys", "list", env=env)
    assert "officer-1" in listed.stdout and secret not in listed.stdout
    dup = cli("keys", "create", "--role", "qa", "--name", "officer-1", env=env)
    assert dup.returncode != 0 and "already exists" in dup.stderr
    bad = cli("keys", "create", "--role", "boss", "--name", "x", env=env)
    assert bad.returncode == 2 and "boss" in bad.stderr
    revoke = cli("keys", "revoke", str(key.id), env=env)
    assert revoke.returncode == 0
    with session_factory() as s:
        assert repo.authenticate_key(s, secret) is None


def test_commands_refuse_a_database_that_is_not_migrated(cli, tmp_path):
    url = URL.create("sqlite", database=str(tmp_path / "empty.sqlite3"))
    run = cli("keys", "create", "--role", "qa", "--name", "x", env=_env(url, tmp_path))
    assert run.returncode != 0 and "qa-pipeline db upgrade" in run.stderr

"""Fixtures shared by the whole suite."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import URL

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus" / "dev"
SAMPLES = REPO / "sample_audio"


@pytest.fixture(scope="session")
def scanner():
    from qa_pipeline.engine.scanner import Scanner

    return Scanner.load(REPO / "rules" / "cn_collection")


@pytest.fixture
def cli():
    """Run `qa-pipeline` in a subprocess, as a user would."""
    import subprocess

    def run(*args: str, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "qa_pipeline", *args], capture_output=True, text=True,
                              input=input, env=env, cwd=REPO, timeout=900)

    return run


# Storage and API tests: every test that uses these runs on a scratch SQLite
# file and on a scratch PostgreSQL database (created on the local server,
# dropped at the end of the session).
@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[URL]:
    from qa_pipeline.store.db import scratch_database

    with scratch_database(request.param, directory=tmp_path_factory.mktemp("db"), prefix="qa_test") as url:
        yield url


@pytest.fixture(scope="session")
def engine(database_url: URL) -> Iterator[Engine]:
    from qa_pipeline.store.db import make_engine

    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def empty_store(engine: Engine):
    """A session factory on empty tables (the schema stays, made by the migrations)."""
    from qa_pipeline.store.db import make_session_factory
    from qa_pipeline.store.models import Base

    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
    return make_session_factory(engine)

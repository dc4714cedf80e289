"""Fixtures shared by the whole suite."""

from __future__ import annotations

import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine
from sqlalchemy.engine import URL

from qa_pipeline.cli import main as cli_main
from qa_pipeline.config import Settings, get_settings
from qa_pipeline.engine import Scanner
from qa_pipeline.engine.scanner import default_embedder
from qa_pipeline.store.db import SessionFactory, make_engine, make_session_factory, scratch_database
from qa_pipeline.store.models import Base
from qa_pipeline.text.embeddings import CachedEmbedder

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus" / "dev"
SAMPLES = REPO / "sample_audio"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that run on the PostgreSQL server are marked `postgres`: the
    PostgreSQL half of the `database_url` pairs, and users of `postgres_url`."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgres = callspec is not None and callspec.params.get("database_url") == "postgresql"
        if on_postgres or "postgres_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def scanner() -> Scanner:
    """The production pack with the production embedder (and its vector file),
    behind one in-memory cache for the session."""
    return Scanner.load(REPO / "rules" / "cn_collection", embedder=CachedEmbedder(default_embedder()))


@pytest.fixture
def cli_process():
    """Run `qa-pipeline` in a subprocess, as a user would: for what only a
    real process shows (the entry point, exit codes, what a fresh interpreter
    imports)."""
    def run(*args: str, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "qa_pipeline", *args], capture_output=True, text=True,
                              input=input, env=env, cwd=REPO, timeout=900)

    return run


@pytest.fixture
def cli():
    """Run a `qa-pipeline` command in this process (click's runner), with the
    settings read afresh from `env` as a new process would; the exit status,
    stdout and stderr come back as from a subprocess. Seconds quicker per call
    than `cli_process`: no interpreter start, imports or jieba dictionary load."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
        get_settings.cache_clear()
        try:
            result = runner.invoke(cli_main, list(args), input=input, env=env)
        finally:
            get_settings.cache_clear()
        stderr = result.stderr
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            # an uncaught error: a real process prints its traceback and exits 1
            assert result.exc_info is not None
            stderr += "".join(traceback.format_exception(*result.exc_info))
        return subprocess.CompletedProcess(["qa-pipeline", *args], result.exit_code, result.stdout, stderr)

    return run


# Storage and API tests: every test that uses these runs on a scratch SQLite
# file and on a scratch PostgreSQL database (created on the local server,
# dropped at the end of the session).
def empty_tables(engine: Engine) -> None:
    """Every table emptied; the queue's summaries last (deleting findings writes to them)."""
    summaries = {"queue_calls", "finding_tallies", "finding_tally_changes"}
    tables = [t for t in reversed(Base.metadata.sorted_tables) if t.name not in summaries]
    with engine.begin() as conn:
        for table in tables + [Base.metadata.tables[name] for name in sorted(summaries)]:
            conn.execute(table.delete())


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[URL]:
    with scratch_database(request.param, directory=tmp_path_factory.mktemp("db"), prefix="qa_test") as url:
        yield url


@pytest.fixture(scope="session")
def engine(database_url: URL) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def empty_store(engine: Engine) -> SessionFactory:
    """A session factory on empty tables (the schema stays, made by the migrations)."""
    empty_tables(engine)
    return make_session_factory(engine)


# Settings for the storage, job and API tests: a scratch data folder and the database above.
@pytest.fixture
def session_factory(empty_store: SessionFactory) -> SessionFactory:
    return empty_store


@pytest.fixture
def settings(tmp_path: Path, database_url: URL) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url.render_as_string(hide_password=False),
                    worker="external", max_upload_bytes=5_000_000)


# Batch-audit and call-frequency tests choose their database themselves.
@pytest.fixture
def sqlite_settings(tmp_path: Path) -> Settings:
    data = tmp_path / "data"
    return Settings(data_dir=data, database_url=f"sqlite:///{data / 'qa.sqlite3'}", worker="external")


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[URL]:
    with scratch_database("postgresql", directory=tmp_path_factory.mktemp("pg"), prefix="qa_test_audit") as url:
        yield url


@pytest.fixture
def postgres_settings(tmp_path: Path, postgres_url: URL) -> Iterator[Settings]:
    """Settings on the scratch PostgreSQL database, emptied first."""
    engine = make_engine(postgres_url)
    empty_tables(engine)
    engine.dispose()
    yield Settings(data_dir=tmp_path / "data", database_url=postgres_url.render_as_string(hide_password=False),
                   worker="external")




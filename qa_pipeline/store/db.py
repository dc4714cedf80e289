"""Engine, sessions and migrations, from Settings.

`session_factory(settings)` is what the API, the in-process worker, the batch
audit and Celery workers share. The schema is created by the Alembic
migrations only (`upgrade()`), never by `metadata.create_all`.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from qa_pipeline.config import Settings, get_settings

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

SessionFactory = sessionmaker[Session]
T = TypeVar("T")

log = logging.getLogger(__name__)


def normalize_url(url: str | URL) -> URL:
    """Accept `postgresql://` and `postgres://` for psycopg 3 (the driver we ship)."""
    parsed = make_url(str(url)) if not isinstance(url, URL) else url
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")  # readers do not block the worker's writes
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _create_private(path: Path) -> None:
    """Create the SQLite file readable by its owner only (0600): it holds personal data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    parsed = normalize_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            _create_private(Path(parsed.database))
        kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, **kwargs)


def make_session_factory(engine: Engine) -> SessionFactory:
    # expire_on_commit=False: objects stay readable after commit, for responses.
    return sessionmaker(engine, expire_on_commit=False)


_lock = threading.Lock()


@lru_cache(maxsize=8)
def _cached_engine(url: str) -> Engine:
    return make_engine(url)


def get_engine(settings: Settings | None = None) -> Engine:
    settings = settings or get_settings()
    with _lock:
        return _cached_engine(settings.effective_database_url)


def session_factory(settings: Settings | None = None) -> SessionFactory:
    return make_session_factory(get_engine(settings))


# --- outages -----------------------------------------------------------------

def is_unavailable(exc: BaseException) -> bool:
    """The database did not answer (server down or restarting, connection lost, SQLite busy),
    as opposed to a statement it refused: worth trying again later."""
    if not isinstance(exc, DBAPIError):
        return False
    return exc.connection_invalidated or isinstance(exc, (OperationalError, InterfaceError))


def first_line(exc: BaseException) -> str:
    """The driver's message without SQLAlchemy's statement and background link."""
    message = str(getattr(exc, "orig", None) or exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__


def retry_while_unavailable(work: Callable[[], T], budget_s: float, what: str) -> T:
    """`work()`, tried again with backoff (0.5 s doubling to 8 s) while the database is
    unavailable, for at most `budget_s` seconds; then its last error is raised."""
    deadline = time.monotonic() + budget_s
    delay = 0.5
    while True:
        try:
            return work()
        except Exception as exc:
            left = deadline - time.monotonic()
            if not is_unavailable(exc) or left <= 0:
                raise
            wait = min(delay, left)
            log.warning("%s: the database is unavailable (%s); trying again in %.1f s", what, first_line(exc), wait)
            time.sleep(wait)
            delay = min(delay * 2, 8.0)


# --- migrations ------------------------------------------------------------

def alembic_config(url: str | URL) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation: a literal % in a password must be doubled.
    cfg.set_main_option("sqlalchemy.url", normalize_url(url).render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def upgrade(url: str | URL, revision: str = "head") -> None:
    """Apply migrations up to `revision` (creates the SQLite file if needed)."""
    from alembic import command

    parsed = normalize_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(parsed), revision)


def downgrade(url: str | URL, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(url), revision)


def current_revision(url_or_engine: str | URL | Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    engine = url_or_engine if isinstance(url_or_engine, Engine) else make_engine(url_or_engine)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        if engine is not url_or_engine:
            engine.dispose()


def check_schema(engine: Engine) -> None:
    """Refuse to run against a database whose schema is not the current one."""
    rev, head = current_revision(engine), head_revision()
    if rev != head:
        raise RuntimeError(f"the database {engine.url.render_as_string()} is at schema revision {rev or 'none'}, "
                           f"not {head}: run `qa-pipeline db upgrade`")


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


# --- PostgreSQL databases for tests and the bench ---------------------------

_DB_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def create_postgres_database(server_url: str | URL, name: str) -> URL:
    """Create database `name` on the server of `server_url`; return its URL."""
    if not _DB_NAME.match(name):
        raise ValueError(f"database name {name!r}: lower-case letters, digits and _ only")
    server = normalize_url(server_url)
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return server.set(database=name)


def drop_postgres_database(server_url: str | URL, name: str) -> None:
    if not _DB_NAME.match(name):
        raise ValueError(f"database name {name!r}: lower-case letters, digits and _ only")
    engine = create_engine(normalize_url(server_url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


@contextmanager
def scratch_database(backend: Literal["sqlite", "postgresql"], *, directory: Path,
                     server_url: str | URL | None = None, prefix: str = "qa_scratch") -> Iterator[URL]:
    """A new, migrated database that is deleted afterwards (tests, benchmarks).

    SQLite: a file in `directory`. PostgreSQL: a uniquely named database on
    `server_url` (default: `Settings.postgres_server_url`), dropped at the end.
    """
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    if backend == "sqlite":
        path = Path(directory) / f"{name}.sqlite3"
        url = make_url(f"sqlite:///{path}")
        upgrade(url)
        try:
            yield url
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    server = normalize_url(server_url or get_settings().postgres_server_url)
    url = create_postgres_database(server, name)
    try:
        upgrade(url)
        yield url
    finally:
        drop_postgres_database(server, name)

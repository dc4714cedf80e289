"""Alembic environment. The URL comes from the caller's Config (see store.db.upgrade)
or, for the `alembic` command line, from the settings (QA_DATABASE_URL)."""

from __future__ import annotations

from alembic import context

from qa_pipeline.store.db import make_engine, normalize_url
from qa_pipeline.store.models import Base, include_object

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        from qa_pipeline.config import get_settings

        url = get_settings().effective_database_url
    return normalize_url(url).render_as_string(hide_password=False)


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = make_engine(_url())
    try:
        with engine.connect() as connection:
            # Batch mode: SQLite can only change a table by copying it.
            context.configure(connection=connection, target_metadata=target_metadata,
                              render_as_batch=True, compare_type=True, include_object=include_object)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

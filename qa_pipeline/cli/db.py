"""`qa-pipeline db ...`: schema migrations, re-scans and re-queueing dead letters."""

from __future__ import annotations

import click

from qa_pipeline.config import get_settings
from qa_pipeline.jobs import CallStateConflict, requeue_call, rescan_calls
from qa_pipeline.store import db as store
from qa_pipeline.store import repository as repo


@click.group()
def db() -> None:
    """The database: migrations (SQLite file by default, PostgreSQL by QA_DATABASE_URL)."""


@db.command()
@click.option("--revision", default="head", show_default=True, help="Migrate to this revision.")
def upgrade(revision: str) -> None:
    """Create or migrate the schema."""
    url = get_settings().effective_database_url
    store.upgrade(url, revision)
    click.echo(f"database at revision {store.current_revision(url)}")


@db.command()
def current() -> None:
    """Print the schema revision of the database and the latest one."""
    click.echo(f"database: {store.current_revision(get_settings().effective_database_url) or 'empty'}; "
               f"latest: {store.head_revision()}")


@db.command()
@click.option("--all", "force", is_flag=True, help="Re-scan every done call, not only those of older pack versions.")
def rescan(force: bool) -> None:
    """Re-scan stored calls with the current rule pack; reviewed findings are kept."""
    settings = get_settings()
    store.check_schema(store.get_engine(settings))
    counts = rescan_calls(store.session_factory(settings), settings=settings, force=force)
    click.echo(", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing to re-scan")


@db.command()
@click.argument("call_id", type=int)
def requeue(call_id: int) -> None:
    """Put a call out of dead_letter back in the queue (its attempts reset); audited."""
    settings = get_settings()
    store.check_schema(store.get_engine(settings))
    with store.session_factory(settings)() as session:
        try:
            call = requeue_call(session, call_id, actor="cli")
        except (repo.NotFound, CallStateConflict) as exc:
            raise click.ClickException(str(exc)) from None
        session.commit()
    click.echo(f"call {call.id} queued again; a worker picks it up at its next sweep")

"""`qa-pipeline audit-log ...`: check the audit log's hash chain."""

from __future__ import annotations

import click

from qa_pipeline.config import get_settings
from qa_pipeline.store.audit_chain import verify_chain
from qa_pipeline.store.db import check_schema, get_engine, session_factory


@click.group("audit-log")
def audit_log() -> None:
    """The audit log: every entry is chained to the one before it by its hash."""


@audit_log.command()
def verify() -> None:
    """Walk the chain; exit 1 naming the first entry that was changed, deleted or moved."""
    settings = get_settings()
    check_schema(get_engine(settings))
    with session_factory(settings)() as session:
        check = verify_chain(session)
    if check.broken is not None:
        click.echo(f"audit log: entry {check.broken.entry_id}: {check.broken.reason} "
                   f"({check.entries} entries before it are intact)", err=True)
        raise SystemExit(1)
    head = f"; head: entry {check.head_id} {check.head_hash}" if check.head_id is not None else ""
    click.echo(f"{check.entries} entries, chain intact{head}")

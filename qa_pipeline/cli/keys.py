"""`qa-pipeline keys ...`: API keys for the HTTP API."""

from __future__ import annotations

import click
from sqlalchemy.orm import Session

from qa_pipeline.config import get_settings
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import check_schema, get_engine, session_factory
from qa_pipeline.store.models import Role

ROLES = ("qa", "compliance", "admin")


def _session() -> Session:
    settings = get_settings()
    check_schema(get_engine(settings))
    return session_factory(settings)()


@click.group()
def keys() -> None:
    """API keys (roles: qa uploads and reviews; compliance queries, reviews, reports; admin everything)."""


@keys.command()
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--name", required=True, help="Who or what uses the key; shown as the reviewer.")
def create(role: str, name: str) -> None:
    """Create a key and print it. It is shown only this once; only its hash is stored."""
    with _session() as session:
        try:
            key, secret = repo.create_api_key(session, name, Role(role))
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        repo.audit(session, "key.create", "api_key", key.id, actor="cli", name=key.name, role=key.role)
        session.commit()
    click.echo(secret)


@keys.command("list")
def list_() -> None:
    """List keys (names, roles, prefixes; never the secrets)."""
    with _session() as session:
        for key in repo.list_api_keys(session):
            state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
            click.echo(f"{key.id}\t{key.name}\t{key.role.value}\t{key.prefix}…\t{state}")


@keys.command()
@click.argument("key_id", type=int)
def revoke(key_id: int) -> None:
    """Revoke a key by id."""
    with _session() as session:
        try:
            key = repo.revoke_api_key(session, key_id)
        except repo.NotFound as exc:
            raise click.UsageError(str(exc)) from None
        repo.audit(session, "key.revoke", "api_key", key.id, actor="cli")
        session.commit()
    click.echo(f"revoked {key.name}")

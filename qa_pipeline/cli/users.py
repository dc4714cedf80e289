"""`qa-pipeline users ...`: named reviewer accounts for the review pages (keys stay for machines)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click
from sqlalchemy.orm import Session

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.store import repository as repo
from qa_pipeline.store import users
from qa_pipeline.store.db import check_schema, get_engine, session_factory
from qa_pipeline.store.models import Role, utcnow

ROLES = tuple(r.value for r in Role)


@contextmanager
def _session() -> Iterator[tuple[Session, Settings]]:
    settings = get_settings()
    check_schema(get_engine(settings))
    with session_factory(settings)() as session:
        try:
            yield session, settings
        except (users.UserError, users.UnknownUser) as exc:
            raise click.UsageError(str(exc)) from None


def _read_password(from_stdin: bool) -> str:
    """The new password: one line of stdin (its line end dropped), or typed twice at a hidden prompt.
    Never an argument: those show in `ps` and shell history."""
    if from_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        if not password:
            raise click.UsageError("password: --password-stdin read an empty line")
        return password.removesuffix("\r")
    password = click.prompt("Password", hide_input=True, confirmation_prompt="Repeat the password")
    assert isinstance(password, str)
    return password


password_stdin = click.option("--password-stdin", is_flag=True,
                              help="Read the password from the first line of stdin instead of a prompt.")


@click.group("users")
def users_() -> None:
    """Reviewer accounts: people sign in to the review pages with a user name and a password."""


@users_.command()
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True,
              help="qa reviews; compliance also queries, reports and rules on appeals; admin does everything.")
@click.option("--display", default="", help="The name shown on the pages, e.g. 李娜.")
@password_stdin
def add(name: str, role: str, display: str, password_stdin: bool) -> None:
    """Add a user NAME (letters, digits, '.', '-', '_'; case-insensitive)."""
    with _session() as (session, settings):
        users.normalize_name(name)  # a bad name is refused before the password is asked for
        password = _read_password(password_stdin)
        user = users.add_user(session, name, Role(role), password, display_name=display,
                              min_length=settings.password_min_length, log2_n=settings.password_scrypt_log2_n)
        repo.audit(session, "user.add", "user", user.id, actor="cli", name=user.name, role=user.role)
        session.commit()
        click.echo(f"added {user.name} ({user.role.value})")


@users_.command("list")
def list_() -> None:
    """List users: name, display name, role, state, created."""
    with _session() as (session, _):
        for user in users.list_users(session):
            state = f"disabled {user.disabled_at:%Y-%m-%d}" if user.disabled_at else "active"
            if user.disabled_at is None and user.locked_until is not None and user.locked_until > utcnow():
                state = f"locked until {user.locked_until:%Y-%m-%d %H:%M} UTC (set-password unlocks)"
            click.echo(f"{user.name}\t{user.display_name or '-'}\t{user.role.value}\t{state}\t"
                       f"created {user.created_at:%Y-%m-%d}")


@users_.command()
@click.argument("name")
def disable(name: str) -> None:
    """Disable a user: they can no longer sign in, and their sessions end now."""
    with _session() as (session, _):
        user, ended = users.disable_user(session, name)
        repo.audit(session, "user.disable", "user", user.id, actor="cli", name=user.name, sessions_ended=ended)
        session.commit()
        click.echo(f"disabled {user.name}; {ended} session(s) ended")


@users_.command("set-password")
@click.argument("name")
@password_stdin
def set_password(name: str, password_stdin: bool) -> None:
    """Set a user's password; their sessions end now."""
    with _session() as (session, settings):
        users.get_user(session, name)  # an unknown name is refused before the password is asked for
        password = _read_password(password_stdin)
        user, ended = users.set_password(session, name, password, min_length=settings.password_min_length,
                                         log2_n=settings.password_scrypt_log2_n)
        repo.audit(session, "user.password_set", "user", user.id, actor="cli", name=user.name, sessions_ended=ended)
        session.commit()
        click.echo(f"password set for {user.name}; {ended} session(s) ended")

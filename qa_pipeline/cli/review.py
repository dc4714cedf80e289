"""`qa-pipeline review ...`: the review team's work: assigning calls to reviewers."""

from __future__ import annotations

import click

from qa_pipeline.config import get_settings
from qa_pipeline.store import assignment
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import check_schema, get_engine, session_factory


@click.group()
def review() -> None:
    """The review team: assign calls to reviewers (named by their API key's name)."""


@review.command()
@click.option("--round-robin", "round_robin", is_flag=True,
              help="Deal the calls with open findings to --reviewers in turn, worst finding first.")
@click.option("--reviewers", help="Comma-separated reviewer names (API key names), for --round-robin.")
@click.option("--to", "reviewer", help="Assign the --call ids to this reviewer.")
@click.option("--call", "call_ids", type=int, multiple=True, help="A call id (repeat for several), with --to.")
@click.option("--unassign", is_flag=True, help="Take the --call ids off whoever has them.")
@click.option("--reassign", is_flag=True, help="With --round-robin: deal out calls already assigned too.")
@click.option("--limit", type=click.IntRange(min=1), help="With --round-robin: at most this many calls "
              "(default and cap: QA_ASSIGN_MAX_CALLS).")
def assign(round_robin: bool, reviewers: str | None, reviewer: str | None, call_ids: tuple[int, ...],
           unassign: bool, reassign: bool, limit: int | None) -> None:
    """Assign calls to reviewers; every change goes to the audit log (actor "cli")."""
    settings = get_settings()
    if round_robin == bool(call_ids):
        raise click.UsageError("give either --round-robin --reviewers a,b,c or --call ID ... --to NAME")
    if round_robin and not reviewers:
        raise click.UsageError("--round-robin needs --reviewers a,b,c")
    if call_ids and bool(reviewer) == unassign:
        raise click.UsageError("--call needs --to NAME or --unassign")
    if len(call_ids) > settings.assign_max_calls:
        raise click.UsageError(f"--call: at most {settings.assign_max_calls} calls at once (QA_ASSIGN_MAX_CALLS)")
    check_schema(get_engine(settings))
    with session_factory(settings)() as session:
        try:
            if round_robin:
                assert reviewers is not None
                dealt = assignment.round_robin(
                    session, reviewers.split(","), actor="cli", via="cli", reassign=reassign,
                    limit=min(limit or settings.assign_max_calls, settings.assign_max_calls))
                lines = [f"{name}: {len(ids)} calls" + (f" ({', '.join(map(str, ids))})" if ids else "")
                         for name, ids in dealt.items()]
            else:
                changed = assignment.assign_calls(session, call_ids, None if unassign else reviewer,
                                                  actor="cli", via="cli")
                lines = [f"call {c.call_id}: {c.previous or '-'} -> {c.reviewer or '-'}" for c in changed] \
                    or ["nothing changed"]
        except (assignment.UnknownReviewer, repo.NotFound) as exc:
            click.echo(f"error: {exc}", err=True)
            raise SystemExit(2) from None
        session.commit()
    click.echo("\n".join(lines))

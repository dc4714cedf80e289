"""`qa-pipeline db ...`: schema migrations, re-scans, re-queueing dead letters, erasure, retention and
the queue's summaries."""

from __future__ import annotations

import json

import click

from qa_pipeline.cli._common import load_scanner
from qa_pipeline.config import get_settings
from qa_pipeline.errors import QAInputError
from qa_pipeline.jobs import (
    CallStateConflict,
    RecordingNotDeleted,
    apply_retention,
    erase_call,
    requeue_call,
    rescan_calls,
)
from qa_pipeline.store import db as store
from qa_pipeline.store import repository as repo
from qa_pipeline.store import summaries as queue_summaries


@click.group()
def db() -> None:
    """The database (SQLite file by default, PostgreSQL by QA_DATABASE_URL): migrations, re-scans,
    dead letters, erasure and retention."""


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
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object: each re-scanned call's diff (`calls`), the statuses and the totals.")
def rescan(force: bool, as_json: bool) -> None:
    """Re-scan stored calls with the current rule pack; reviewed findings are kept.

    Prints, per call, the pack versions and the findings added, removed and kept (each diff is stored:
    GET /v1/calls/{id}/rescans), then the totals.
    """
    settings = get_settings()
    store.check_schema(store.get_engine(settings))
    scanner = load_scanner(None)  # a pack that does not load: one line naming file and field, exit 2
    run = rescan_calls(store.session_factory(settings), settings=settings, scanner=scanner, force=force)
    totals = {"calls": len(run.diffs), "added": sum(len(d.added) for d in run.diffs),
              "removed": sum(len(d.removed) for d in run.diffs), "kept": sum(len(d.kept) for d in run.diffs),
              "kept_reviewed": sum(d.kept_reviewed for d in run.diffs)}
    if as_json:
        click.echo(json.dumps({"calls": [d.model_dump(mode="json") for d in run.diffs], "statuses": run.statuses,
                               "totals": totals}, ensure_ascii=False))
        return
    for diff in run.diffs:
        click.echo(f"call {diff.call_id}: {diff.old_pack_version or '-'} \u2192 {diff.new_pack_version}: "
                   f"{diff.counts()}")
    if not run.statuses:
        click.echo("nothing to re-scan")
        return
    click.echo(", ".join(f"{n} {status}" for status, n in sorted(run.statuses.items()))
               + f"; {totals['calls']} calls re-scanned: +{totals['added']} \u2212{totals['removed']}, "
               f"{totals['kept']} kept ({totals['kept_reviewed']} reviewed)")


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


@db.command("delete-call")
@click.argument("call_id", type=int)
@click.option("--reason", required=True, help="The erasure request this answers (kept in the audit log).")
def delete_call(call_id: int, reason: str) -> None:
    """Erase a call: its recording file, transcript, findings and reviews (PIPL art. 47); audited."""
    settings = get_settings()
    store.check_schema(store.get_engine(settings))
    try:
        erased = erase_call(store.session_factory(settings), settings, call_id, reason=reason, actor="cli",
                            source="--reason")
    except (repo.NotFound, CallStateConflict, QAInputError, RecordingNotDeleted) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"call {call_id} erased: {erased.utterances} utterances, {erased.findings} findings, "
               f"{erased.reviews} reviews, recording file {'deleted' if erased.recording_deleted else 'none'}")


@db.command()
@click.option("--dry-run", is_flag=True, help="Print what would be deleted; change nothing.")
def retention(dry_run: bool) -> None:
    """Delete recording files and calls older than the retention policy (QA_RETENTION_*_DAYS)."""
    settings = get_settings()
    store.check_schema(store.get_engine(settings))
    run = apply_retention(store.session_factory(settings), settings, dry_run=dry_run)
    verb = ("would delete", "would erase") if dry_run else ("deleted", "erased")
    click.echo(f"{verb[0]} {len(run.recordings)} recording files of calls started before "
               f"{run.recordings_before:%Y-%m-%d} (QA_RETENTION_RECORDING_DAYS={settings.retention_recording_days}): "
               f"{_ids(run.recordings)}")
    click.echo(f"{verb[1]} {len(run.calls)} calls started before {run.calls_before:%Y-%m-%d} "
               f"(QA_RETENTION_CALL_DAYS={settings.retention_call_days}): {_ids(run.calls)}")
    click.echo(f"{run.recording_bytes} bytes of recordings" + (" would be freed" if dry_run else " freed"))
    for problem in run.problems:
        click.echo(f"error: {problem}", err=True)
    if run.problems:
        raise SystemExit(1)


@db.command()
@click.option("--rebuild", is_flag=True, help="Recompute them from the findings (one transaction).")
def summaries(rebuild: bool) -> None:
    """Check the queue's summaries against the findings (exit 1 if they disagree), or rebuild them.

    Database triggers keep them; a check is for after a restore or SQL run by hand.
    """
    settings = get_settings()
    store.check_schema(store.get_engine(settings))
    with store.session_factory(settings)() as session:
        if rebuild:
            queue_summaries.rebuild(session)
            session.commit()
        found = queue_summaries.check(session)
    click.echo(f"queue rows: {found.queue_rows} ({found.queue_extra} not matching the findings, "
               f"{found.queue_missing} missing); tallies: {found.tally_combinations} combinations "
               f"({found.tally_extra} not matching, {found.tally_missing} missing)")
    if not found.agrees:
        click.echo("the summaries disagree with the findings: `qa-pipeline db summaries --rebuild` recomputes them",
                   err=True)
        raise SystemExit(1)
    click.echo("rebuilt; they agree with the findings" if rebuild else "they agree with the findings")


def _ids(call_ids: list[int], shown: int = 50) -> str:
    if not call_ids:
        return "none"
    more = f" and {len(call_ids) - shown} more" if len(call_ids) > shown else ""
    return "calls " + ", ".join(map(str, call_ids[:shown])) + more

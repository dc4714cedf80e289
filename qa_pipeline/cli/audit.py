"""`qa-pipeline audit PATH`: the batch audit of a folder of recordings or a manifest."""

from __future__ import annotations

import logging
import re
import sys
from datetime import date
from pathlib import Path

import click
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy.exc import OperationalError as DatabaseError

from qa_pipeline.audit.report import summary_lines
from qa_pipeline.audit.runner import EXIT_INTERRUPTED, EXIT_USAGE, AuditOptions, run_audit
from qa_pipeline.audit.steps import days_ago
from qa_pipeline.config import get_settings
from qa_pipeline.errors import QAInputError


def _since(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | int | None:
    """A date, or a number of days ago (resolved in the rule pack's timezone)."""
    if value is None:
        return None
    relative = {"today": 0, "yesterday": 1}
    if value in relative:
        return relative[value]
    if re.fullmatch(r"\d{1,4}d", value):
        return int(value[:-1])
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-03-02, 'today', 'yesterday' or "
                                 f"a number of days ago like '2d'") from None


@click.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--workers", "-w", type=click.IntRange(1, 64), default=None,
              help="Local worker processes, each with its own Whisper model "
                   "[default: QA_AUDIT_WORKERS, else one per CPU, at most 8].")
@click.option("--since", callback=_since, metavar="DATE",
              help="Only calls on or after this date (the callee's local date): YYYY-MM-DD, today, "
                   "yesterday, or Nd (N days ago).")
@click.option("--report", "report", type=click.Path(path_type=Path), default=None, metavar="FILE",
              help="Where to write the report: FILE.json and FILE.html, or a folder "
                   "[default: <data dir>/reports/audit-<time>.{json,html}].")
@click.option("--report-lang", "report_lang", type=click.Choice(["zh", "en"]), default=None,
              help="The HTML report's language: zh (Chinese) or en [default: QA_REPORT_LANGUAGE, else zh].")
@click.option("--retry-failed", is_flag=True, help="Process again the recordings that failed in earlier runs.")
@click.option("--engine", type=click.Choice(["local", "celery"]), default="local", show_default=True,
              help="local: worker processes here; celery: jobs to `qa-pipeline worker` processes via the broker.")
@click.option("--progress/--no-progress", "progress_bar", default=None,
              help="A progress bar [default: on a terminal] or one line per recording.")
def audit(path: Path, workers: int | None, since: date | int | None, report: Path | None,
          report_lang: str | None, retry_failed: bool, engine: str, progress_bar: bool | None) -> None:
    """Audit the recordings in PATH: a folder of X.flac + X.json (metadata) or a manifest (CSV, JSON lines).

    New recordings are stored, transcribed and scanned into the database the
    API and review pages use; recordings already done are skipped (by content
    hash), failed ones are tried again only with --retry-failed. Safe to
    interrupt or kill and run again. Exit code 0: all done; 1: some failed
    (or the database stayed away); 2: could not run; 3: the broker went away
    mid-run; 130: interrupted (SIGINT, SIGTERM). A report is written in every
    case but 2, listing what was not done.
    """
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if engine == "celery" and workers is not None:
        raise click.UsageError("--workers is for the local engine; "
                               "Celery workers are started with `qa-pipeline worker`")
    settings = get_settings()
    if report_lang is not None:
        settings = settings.model_copy(update={"report_language": report_lang})
    if isinstance(since, int):
        since = days_ago(since, settings)
    options = AuditOptions(path=path, workers=workers, since=since, report=report, retry_failed=retry_failed,
                           engine=engine, progress_bar=progress_bar)  # type: ignore[arg-type]
    try:
        done = run_audit(options, settings)
    except QAInputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except RuntimeError as exc:  # database not migrated, no workers, a worker that cannot start
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except Exception as exc:
        if not isinstance(exc, (BrokerError, DatabaseError)):
            raise
        what = "the broker" if isinstance(exc, BrokerError) else "the database"
        click.echo(f"error: cannot reach {what}: {str(exc).splitlines()[0]}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:  # a second Ctrl-C before the run had anything to report
        click.echo("error: interrupted before the run had anything to report", err=True)
        sys.exit(EXIT_INTERRUPTED)
    for line in summary_lines(done.report):
        click.echo(line)
    if done.report["run"].get("stopped"):
        click.echo(f"error: the audit stopped: {done.report['run']['stopped']}", err=True)
    elif done.report["run"].get("interrupted"):
        click.echo("interrupted: the report lists what was not done; run the audit again to finish", err=True)
    click.echo(f"report: {done.html_path}")
    click.echo(f"report (JSON): {done.json_path}")
    sys.exit(done.exit_code)

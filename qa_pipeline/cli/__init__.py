"""The `qa-pipeline` command. Each verb lives in its own module here and is
imported only when it runs, so `qa-pipeline --help` stays quick (no
SQLAlchemy, Celery or Whisper to load)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import click

from qa_pipeline import __version__


@dataclass(frozen=True, slots=True)
class Verb:
    module: str   # under qa_pipeline.cli
    command: str  # the click command's attribute in it
    summary: str  # one line for `qa-pipeline --help`


VERBS: dict[str, Verb] = {
    "audit": Verb("audit", "audit", "Audit a folder of recordings or a manifest into the store."),
    "audit-log": Verb("audit_log", "audit_log", "The audit log: verify its hash chain."),
    "contacts": Verb("contacts", "contacts", "The contact ledger: import dial attempts, check the ledger rules."),
    "db": Verb("db", "db", "The database: migrations, re-scans, re-queues, erasure, retention."),
    "eval": Verb("eval", "evaluate", "Precision, recall and F1 per category on a labelled corpus."),
    "keys": Verb("keys", "keys", "API keys for the HTTP API."),
    "review": Verb("review", "review", "The review team: assign calls to reviewers."),
    "rules": Verb("rules", "rules", "Rule packs: check them and run their examples."),
    "scan": Verb("scan", "scan", "Scan transcripts (or recordings) for violations."),
    "serve": Verb("serve", "serve", "Serve the API and the review pages."),
    "transcribe": Verb("transcribe", "transcribe", "Transcribe recordings to transcript JSON."),
    "worker": Verb("worker", "worker", "A Celery worker for the distributed batch audit."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(VERBS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        verb = VERBS.get(cmd_name)
        if verb is None:
            return None
        command = getattr(importlib.import_module(f"{__name__}.{verb.module}"), verb.command)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            # Imported here, not at the top: `qa-pipeline --help` stays free of pydantic.
            from qa_pipeline.errors import settings_problem

            problem = settings_problem(exc)
            if problem is None:
                raise
            click.echo(f"error: {problem}", err=True)  # a refused setting: one line, no traceback
            raise SystemExit(2) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, verb.summary) for name, verb in sorted(VERBS.items())])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qa-pipeline")
def main() -> None:
    """Compliance QA for recorded Mandarin debt-collection calls."""

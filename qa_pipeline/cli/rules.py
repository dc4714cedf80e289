"""`qa-pipeline rules ...`: `check` validates a rule pack and runs its examples;
`coverage` shows how each rule does on a labelled corpus; `precision` and
`examples-from-reviews` show what reviewers' decisions say about each rule."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import click
from sqlalchemy.orm import Session

from qa_pipeline.cli._common import load_scanner
from qa_pipeline.config import REPO_ROOT, get_settings
from qa_pipeline.engine.examples import check_case
from qa_pipeline.errors import QAInputError
from qa_pipeline.evaluation.corpus import load_labelled_corpus
from qa_pipeline.evaluation.coverage import rule_coverage
from qa_pipeline.rulepack.examples import iter_cases
from qa_pipeline.store import db as store
from qa_pipeline.store.feedback import examples_yaml, reviewed_hits, rule_precision


@click.group()
def rules() -> None:
    """Rule packs."""


@rules.command("check")
@click.argument("directory", required=False, type=click.Path(path_type=Path))
def check(directory: Path | None) -> None:
    """Validate a rule pack (default: the configured one) and run every rule's examples."""
    scanner = load_scanner(directory)
    pack = scanner.pack
    problems = [msg for case in iter_cases(scanner.pack) if (msg := check_case(scanner, case))]
    cases = sum(1 for _ in iter_cases(scanner.pack))
    for msg in problems:
        click.echo(f"error: {msg}", err=True)
    click.echo(f"{pack.name} {pack.version}: {len(pack.rules)} rules, {len(pack.lexicons)} lexicons, "
               f"{cases - len(problems)}/{cases} examples behave")
    if problems:
        raise SystemExit(2)


def _since(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _session() -> Session:
    settings = get_settings()
    store.check_schema(store.get_engine(settings))
    return store.session_factory(settings)()


@rules.command("precision")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only calls from this date (YYYY-MM-DD) on.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def precision(since: datetime | None, as_json: bool) -> None:
    """Per rule: findings reviewers confirmed and dismissed, and the precision that gives."""
    with _session() as session:
        rows = rule_precision(session, _since(since))
    if as_json:
        click.echo(json.dumps([{"rule_id": r.rule_id, "category": r.category, "confirmed": r.confirmed,
                                "dismissed": r.dismissed, "open": r.open, "precision": r.precision}
                               for r in rows], ensure_ascii=False, indent=2))
        return
    click.echo(f"{'rule':<44} {'category':<28} {'confirmed':>9} {'dismissed':>9} {'open':>6} {'precision':>9}")
    for r in rows:
        shown = f"{r.precision:.3f}" if r.precision is not None else "-"
        click.echo(f"{r.rule_id:<44} {r.category:<28} {r.confirmed:>9} {r.dismissed:>9} {r.open:>6} {shown:>9}")
    if not rows:
        click.echo("no findings stored")


@rules.command("examples-from-reviews")
@click.option("--rule", "rule_id", help="Only this rule's findings.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only calls from this date (YYYY-MM-DD) on.")
@click.option("--limit", default=200, show_default=True, type=click.IntRange(1, 10_000),
              help="At most this many reviewed findings, newest first.")
def examples_from_reviews(rule_id: str | None, since: datetime | None, limit: int) -> None:
    """Reviewed hits as candidate examples: confirmed ones under `flag:`, dismissed ones under `ok:`."""
    with _session() as session:
        hits = reviewed_hits(session, rule_id=rule_id, since=_since(since), limit=limit)
    if not hits:
        click.echo("# no reviewed findings" + (f" of {rule_id}" if rule_id else ""))
        return
    click.echo(examples_yaml(hits), nl=False)
@rules.command("coverage")
@click.argument("corpus_dir", required=False, type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path, file_okay=False), help="Rule pack folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--false", "show_false", is_flag=True, help="List the calls each rule fires on wrongly.")
def coverage(corpus_dir: Path | None, rules_dir: Path | None, as_json: bool, show_false: bool) -> None:
    """Per rule: the calls of CORPUS_DIR (default tests/corpus/dev) it fires on, true and false
    positives against the labels, and the rules that never fire."""
    corpus_dir = corpus_dir or REPO_ROOT / "tests" / "corpus" / "dev"
    scanner = load_scanner(rules_dir)
    try:
        calls = load_labelled_corpus(corpus_dir)
    except QAInputError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
    if not calls:
        click.echo(f"error: {corpus_dir}: no labelled transcripts (*.json) in the folder", err=True)
        raise SystemExit(2)
    report = rule_coverage(calls, scanner, str(corpus_dir))
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(report.table())
    if show_false:
        for rule in report.rules:
            for call_id in rule.false_calls:
                click.echo(f"FALSE {rule.rule_id} {call_id}")

"""`qa-pipeline rules check`: validate a rule pack and run its examples;
`qa-pipeline rules coverage`: how each rule does on a labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click

from qa_pipeline.cli._common import load_scanner
from qa_pipeline.config import REPO_ROOT
from qa_pipeline.engine.examples import check_case
from qa_pipeline.errors import QAInputError
from qa_pipeline.evaluation.corpus import load_labelled_corpus
from qa_pipeline.evaluation.coverage import rule_coverage
from qa_pipeline.rulepack.examples import iter_cases


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

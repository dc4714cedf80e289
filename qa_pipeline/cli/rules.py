"""`qa-pipeline rules check`: validate a rule pack and run its examples."""

from __future__ import annotations

from pathlib import Path

import click

from qa_pipeline.cli._common import load_scanner
from qa_pipeline.engine.examples import check_case
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

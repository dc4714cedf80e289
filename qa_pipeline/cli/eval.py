"""`qa-pipeline eval`: per-category precision / recall / F1 on a labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click

from qa_pipeline.cli._common import is_audio, load_scanner
from qa_pipeline.errors import QAInputError
from qa_pipeline.evaluation.corpus import (
    evaluate_recordings,
    load_labelled_corpus,
    score,
)


@click.command("eval")
@click.argument("corpus_dir", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--rules", type=click.Path(path_type=Path, file_okay=False), help="Rule pack folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", is_flag=True, help="List missed and false findings.")
def evaluate(corpus_dir: Path, rules: Path | None, as_json: bool, errors: bool) -> None:
    """Score the rules on CORPUS_DIR: labelled transcripts, or recordings with labelled sidecars."""
    scanner = load_scanner(rules)
    has_audio = any(is_audio(p) for p in corpus_dir.iterdir())
    try:
        if has_audio:
            report = evaluate_recordings(corpus_dir, scanner)
        else:
            calls = load_labelled_corpus(corpus_dir)
            report = score((c.transcript.call_id, c.expected, scanner.scan(c.transcript)) for c in calls)
    except QAInputError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
    click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2) if as_json else report.table())
    if errors:
        for cat, s in report.scores.items():
            for line in s.misses:
                click.echo(f"MISS  {cat:<24} {line}")
            for line in s.false_alarms:
                click.echo(f"FALSE {cat:<24} {line}")

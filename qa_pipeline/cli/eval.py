"""`qa-pipeline eval`: per-category precision / recall / F1 on a labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click

from qa_pipeline.cli._common import is_audio, load_scanner
from qa_pipeline.errors import QAInputError
from qa_pipeline.evaluation.corpus import corpus_splits, evaluate_recordings, load_labelled_corpus, scan_corpus


@click.command("eval")
@click.argument("corpus_dir", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--rules", type=click.Path(path_type=Path, file_okay=False), help="Rule pack folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", is_flag=True, help="List missed and false findings.")
def evaluate(corpus_dir: Path, rules: Path | None, as_json: bool, errors: bool) -> None:
    """Score the rules on CORPUS_DIR: labelled transcripts, or recordings with labelled sidecars.

    A folder of splits (tests/corpus holds dev/ and test/) is scored split by
    split; the test split is held back, never used to tune the rules.
    """
    scanner = load_scanner(rules)
    has_audio = any(is_audio(p) for p in corpus_dir.iterdir())
    try:
        if has_audio:
            reports = {corpus_dir.name: evaluate_recordings(corpus_dir, scanner)}
        else:
            reports = {name: scan_corpus(load_labelled_corpus(folder), scanner)
                       for name, folder in corpus_splits(corpus_dir).items()}
    except QAInputError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
    if as_json:
        out = next(iter(reports.values())).to_json() if len(reports) == 1 else \
            {"splits": {name: report.to_json() for name, report in reports.items()}}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        click.echo("\n\n".join((f"== {name}\n" if len(reports) > 1 else "") + report.table()
                                for name, report in reports.items()))
    if errors:
        for name, report in reports.items():
            for cat, s in report.scores.items():
                for line in s.misses:
                    click.echo(f"MISS  {name} {cat:<28} {line}")
                for line in s.false_alarms:
                    click.echo(f"FALSE {name} {cat:<28} {line}")

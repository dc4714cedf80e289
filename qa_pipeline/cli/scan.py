"""`qa-pipeline scan`: findings for transcripts (and recordings)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from qa_pipeline.cli._common import expand_inputs, is_audio, load_scanner
from qa_pipeline.config import get_settings
from qa_pipeline.domain.findings import CallFindings
from qa_pipeline.domain.transcript import Transcript, load_transcript
from qa_pipeline.engine import Scanner
from qa_pipeline.errors import QAInputError
from qa_pipeline.jobs.second_listen import second_listen_recording


def scan_call(scanner: Scanner, path: Path) -> CallFindings:
    """Findings of a transcript JSON, or of a recording (transcribed, then its
    findings heard again by the second listen before they are reported)."""
    transcript = load_call(path)
    result = scanner.scan(transcript)
    if is_audio(path):
        # Imported here: faster-whisper and the model load only when a recording is given.
        from qa_pipeline.speech.transcriber import get_transcriber

        result = second_listen_recording(path, transcript, result, scanner, get_transcriber(), get_settings()).findings
    return result


def load_call(path: Path) -> Transcript:
    """A transcript JSON, or a recording with its sidecar metadata (transcribed)."""
    if not path.exists():
        raise QAInputError(str(path), None, "file not found")
    if is_audio(path):
        # Imported here: faster-whisper and the model load only when a recording is given.
        from qa_pipeline.speech.transcriber import transcribe_recording

        return transcribe_recording(path)
    return load_transcript(path)


def _table(result: CallFindings) -> str:
    lines = [f"{result.call_id}: {len(result.findings)} finding(s)"]
    for f in result.findings:
        where = f"#{f.utterance_index} {f.start:.1f}s" if f.utterance_index is not None else "call"
        lines.append(f"  {f.severity:<8} {f.category:<24} {f.rule_id:<40} {where:<12} {', '.join(f.evidence.matched)}")
    return "\n".join(lines)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rules", type=click.Path(path_type=Path, file_okay=False), help="Rule pack folder.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
def scan(paths: tuple[Path, ...], rules: Path | None, fmt: str) -> None:
    """Scan transcript JSON files (or folders of them, or recordings) for violations.

    Prints one findings JSON object per call, in input order. A bad file is
    reported on stderr; the others are still scanned, and the exit code is 2.
    """
    scanner = load_scanner(rules)
    failed = 0
    for path in expand_inputs(paths):
        try:
            result = scan_call(scanner, path)
        except QAInputError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        if fmt == "json":
            click.echo(json.dumps(result.to_json(), ensure_ascii=False))
        else:
            click.echo(_table(result))
        sys.stdout.flush()
    if failed:
        raise SystemExit(2)

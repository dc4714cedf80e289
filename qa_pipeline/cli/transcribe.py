"""`qa-pipeline transcribe`: recordings to transcript JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from tqdm import tqdm

from qa_pipeline.errors import ModelNotInstalledError, QAInputError
from qa_pipeline.speech.sidecar import read_sidecar
from qa_pipeline.speech.transcriber import get_transcriber

# Recordings shorter than this finish before a progress bar is worth drawing.
_BAR_MIN_SECONDS = 1.0


def _bar(path: Path, enabled: bool) -> tqdm:
    return tqdm(
        total=100,
        desc=path.name,
        unit="%",
        bar_format="{desc}: {percentage:3.0f}%|{bar}| {elapsed}<{remaining}",
        file=sys.stderr,
        disable=not enabled,
        leave=False,
        delay=_BAR_MIN_SECONDS,
    )


@click.command()
@click.argument("audio", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Write <call_id>.json here, one per recording (default: JSON lines on stdout).",
)
def transcribe(audio: tuple[Path, ...], out_dir: Path | None) -> None:
    """Transcribe recordings (with their X.json metadata sidecars) to transcript JSON.

    A recording that cannot be read is reported on stderr in one line naming
    the file; the others are still transcribed, and the exit code is 2.
    """
    show_bar = sys.stderr.isatty()
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    transcriber = None
    for path in audio:
        try:
            metadata = read_sidecar(path)  # cheap checks first: no model load for a bad batch
            if transcriber is None:
                transcriber = get_transcriber()
            with _bar(path, show_bar) as bar:

                def progress(fraction: float, bar=bar) -> None:
                    bar.update(max(0, round(fraction * 100) - bar.n))

                transcript = transcriber.transcribe(path, metadata, progress=progress)
        except ModelNotInstalledError as exc:
            click.echo(f"error: {exc}", err=True)
            raise SystemExit(2) from None
        except QAInputError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        text = json.dumps(transcript.model_dump(mode="json"), ensure_ascii=False)
        if out_dir is None:
            click.echo(text)
            sys.stdout.flush()
        else:
            dest = out_dir / f"{transcript.call_id}.json"
            tmp = dest.with_name(f".{dest.name}.tmp")
            tmp.write_text(text + "\n", encoding="utf-8")
            tmp.replace(dest)
            click.echo(f"{path} -> {dest} ({len(transcript.utterances)} utterances)", err=True)
    if failed:
        raise SystemExit(2)

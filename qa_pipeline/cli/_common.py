"""Helpers shared by the CLI verbs."""

from __future__ import annotations

from pathlib import Path

import click

from qa_pipeline.config import get_settings
from qa_pipeline.engine import Scanner
from qa_pipeline.errors import QAInputError
from qa_pipeline.speech.audio import AUDIO_EXTENSIONS


def load_scanner(rules: Path | None) -> Scanner:
    settings = get_settings()
    try:
        return Scanner.load(rules or settings.rules_dir, settings.lexicons_dir)
    except QAInputError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None


def expand_inputs(paths: tuple[Path, ...], with_audio: bool = True) -> list[Path]:
    """Files in the order given; folders expand to their transcripts (and recordings), sorted.

    In a folder, `X.json` beside a recording `X.flac` is the recording's
    metadata, not a transcript.
    """
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file())
            audio_stems = {p.stem for p in files if p.suffix.lower() in AUDIO_EXTENSIONS}
            for p in files:
                recording = p.suffix.lower() in AUDIO_EXTENSIONS
                transcript = p.suffix.lower() == ".json" and p.stem not in audio_stems
                if (recording and with_audio) or transcript:
                    out.append(p)
        else:
            out.append(path)
    return out


def is_audio(path: Path) -> bool:
    return path.suffix.lower() in AUDIO_EXTENSIONS

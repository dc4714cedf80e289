"""Metadata sidecars: recording `X.<ext>` has its metadata in `X.json`."""

from __future__ import annotations

from pathlib import Path

from qa_pipeline.domain.transcript import CallMetadata, load_metadata
from qa_pipeline.errors import AudioError, TranscriptError


def sidecar_path(path: Path) -> Path:
    return path.with_suffix(".json")


def read_sidecar(path: Path) -> CallMetadata:
    """The metadata `X.json` beside recording `X.<ext>`."""
    if not path.exists():
        raise AudioError(str(path), None, "file not found")
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        raise TranscriptError(str(sidecar), None, f"metadata sidecar missing (needed for {path.name})")
    return load_metadata(sidecar)

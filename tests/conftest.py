"""Fixtures shared by the whole suite."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
SAMPLES = REPO / "sample_audio"


@pytest.fixture(scope="session")
def scanner():
    from qa_pipeline.engine import Scanner

    return Scanner.load(REPO / "rules" / "cn_collection")


@pytest.fixture
def cli():
    """Run `qa-pipeline` in a subprocess, as a user would."""
    import subprocess

    def run(*args: str, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "qa_pipeline", *args], capture_output=True, text=True,
                              input=input, env=env, cwd=REPO, timeout=900)

    return run

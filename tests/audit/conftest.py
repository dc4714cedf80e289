"""Batch-audit fixtures: sample recordings copied to a folder, scratch databases, a Redis namespace.

Recordings go through the real Whisper model, so tests use few of them, the
shortest samples (46-54 s, ~4 s of ASR each on 2 cores).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.audit.helpers import copy_sample


@pytest.fixture
def recordings(tmp_path: Path) -> Callable[..., Path]:
    """`recordings("s-09", "s-05")`: a folder holding copies of these samples."""

    def make(*names: str, folder: str = "in") -> Path:
        target = tmp_path / folder
        for name in names:
            copy_sample(name, target)
        return target

    return make


@pytest.fixture
def redis_namespace() -> Iterator[dict[str, str]]:
    """A queue and key prefix of our own on the local Redis (db 0); every key under it deleted after."""
    from qa_pipeline.audit.celery_engine import delete_broker_keys

    tag = uuid.uuid4().hex[:10]
    prefix = f"qa-test-{tag}:"
    yield {"broker_url": "redis://127.0.0.1:6379/0", "celery_queue": f"qa-test-{tag}", "broker_key_prefix": prefix}
    delete_broker_keys("redis://127.0.0.1:6379/0", prefix)

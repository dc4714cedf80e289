"""Issue 14.9: one bad sidecar is reported; discovery (and the audit) goes on with the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_pipeline.audit.discover import discover
from tests.audit.helpers import SAMPLES


@pytest.mark.parametrize("bad", [
    {"callee": {"timezone": "Asia"}},
    {"callee": {"timezone": "A" * 300}},
    {"score": float("nan")},
])
def test_a_bad_sidecar_is_an_item_with_an_error(tmp_path: Path, bad: dict) -> None:
    base = json.loads((SAMPLES / "s-09.json").read_text(encoding="utf-8"))
    for name, extra in (("a-good", {}), ("b-bad", bad)):
        (tmp_path / f"{name}.wav").write_bytes(b"RIFF")
        (tmp_path / f"{name}.json").write_text(json.dumps({**base, **extra}), encoding="utf-8")
    (tmp_path / "c-deep.wav").write_bytes(b"RIFF")
    (tmp_path / "c-deep.json").write_text('{"n": ' * 5000 + "{}" + "}" * 5000, encoding="utf-8")
    items = {Path(i.source).stem: i for i in discover(tmp_path, "Asia/Shanghai")}
    assert items["a-good"].ok
    assert not items["b-bad"].ok and "metadata" in (items["b-bad"].error or "")
    assert not items["c-deep"].ok

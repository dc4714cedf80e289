"""What an audit reads: folders with sidecars, CSV and JSON-lines manifests, --since."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from qa_pipeline.audit.discover import discover
from qa_pipeline.errors import QAInputError
from tests.audit.helpers import copy_sample

TZ = "Asia/Shanghai"


def test_folder_finds_recordings_in_subfolders_with_their_sidecars(tmp_path: Path) -> None:
    copy_sample("s-01", tmp_path / "day1")
    copy_sample("s-02", tmp_path / "day1" / "agent-23")
    copy_sample("s-03", tmp_path / ".hidden")  # skipped
    (tmp_path / "day1" / "notes.txt").write_text("not a recording")
    items = discover(tmp_path, TZ)
    # sorted by path: day1/agent-23/s-02.flac before day1/s-01.flac
    assert [Path(i.source).name for i in items] == ["s-02.flac", "s-01.flac"]
    assert all(i.ok and Path(i.source).is_absolute() for i in items)
    assert items[1].metadata["call_id"] == "s-01" and items[1].metadata["debtor_id"] == "d-10231"
    assert items[1].call_date == date(2026, 3, 2)


def test_folder_reports_missing_and_bad_sidecars_without_stopping(tmp_path: Path) -> None:
    copy_sample("s-01", tmp_path)
    copy_sample("s-02", tmp_path)
    (tmp_path / "s-02.json").unlink()
    copy_sample("s-03", tmp_path)
    (tmp_path / "s-03.json").write_text("{not json", encoding="utf-8")
    copy_sample("s-04", tmp_path, started_at="2026-03-03T11:30:00")  # no UTC offset
    items = {Path(i.source).name: i for i in discover(tmp_path, TZ)}
    assert items["s-01.flac"].ok
    assert "sidecar s-02.json missing" in items["s-02.flac"].error
    assert "invalid JSON" in items["s-03.flac"].error
    assert "started_at" in items["s-04.flac"].error and "offset" in items["s-04.flac"].error


def test_csv_manifest_with_dotted_columns_relative_paths_and_sidecar_fallback(tmp_path: Path) -> None:
    copy_sample("s-01", tmp_path / "rec")
    copy_sample("s-02", tmp_path / "rec")
    (tmp_path / "rec" / "s-02.json").unlink()
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "path,call_id,started_at,agent_id,debtor_id,callee.relation,callee.timezone\n"
        "rec/s-01.flac,,,a-99,,,\n"  # only overrides the agent; the rest from the sidecar
        f"{tmp_path / 'rec' / 's-02.flac'},x-2,2026-03-04T22:10:00+08:00,a-1,d-7,spouse,Asia/Urumqi\n"
        "rec/missing.flac,x-3,2026-03-04T10:00:00+08:00,,,,\n"
        ",x-4,2026-03-04T10:00:00+08:00,,,,\n", encoding="utf-8")
    items = discover(manifest, TZ)
    assert len(items) == 4
    first, second, third, fourth = items
    assert first.ok and first.metadata["agent_id"] == "a-99" and first.metadata["call_id"] == "s-01"
    assert second.ok and second.metadata["callee"] == {"relation": "spouse", "timezone": "Asia/Urumqi"}
    assert second.metadata["debtor_id"] == "d-7"
    assert second.call_date == date(2026, 3, 4)
    assert third.ok and third.source.endswith("missing.flac")  # the job reports the missing file
    assert not fourth.ok and "'path' is missing" in fourth.error


def test_jsonl_manifest_bad_lines_are_reported_and_since_filters_on_the_callee_date(tmp_path: Path) -> None:
    copy_sample("s-01", tmp_path)  # 2026-03-02
    copy_sample("s-03", tmp_path)  # 2026-03-03
    lines = [json.dumps({"path": "s-01.flac"}), "not json", json.dumps([1, 2]),
             json.dumps({"path": "s-03.flac", "callee": {"timezone": "Europe/London"}}),
             json.dumps({"path": "s-03.flac"}),  # the same file twice: audited once
             json.dumps({"path": "s-01.json"})]
    manifest = tmp_path / "batch.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = discover(manifest, TZ)
    errors = [i.error for i in items if not i.ok]
    assert any("line 2" in e and "invalid JSON" in e for e in errors)
    assert any("line 3" in e and "JSON object" in e for e in errors)
    assert any("line 6" in e and "not a recording" in e for e in errors)
    ok = [i for i in items if i.ok]
    assert [Path(i.source).name for i in ok] == ["s-01.flac", "s-03.flac"]
    assert ok[1].metadata["callee"]["timezone"] == "Europe/London"
    since = discover(manifest, TZ, since=date(2026, 3, 3))
    assert [Path(i.source).name for i in since if i.ok] == ["s-03.flac"]


def test_a_path_that_is_neither_folder_nor_manifest_is_refused(tmp_path: Path) -> None:
    with pytest.raises(QAInputError, match="no such folder"):
        discover(tmp_path / "nope", TZ)
    recording = copy_sample("s-01", tmp_path)
    with pytest.raises(QAInputError, match="folder that holds the recording"):
        discover(recording, TZ)
    bad = tmp_path / "m.csv"
    bad.write_text("file,call_id\nx.flac,1\n", encoding="utf-8")
    with pytest.raises(QAInputError, match="'path' column"):
        discover(bad, TZ)


def test_since_dates_a_recording_without_usable_metadata_by_its_file(tmp_path: Path) -> None:
    import os

    old = copy_sample("s-01", tmp_path, new_name="old")
    (tmp_path / "old.json").unlink()
    new = copy_sample("s-02", tmp_path, new_name="new")
    (tmp_path / "new.json").unlink()
    os.utime(old, (1_700_000_000, 1_700_000_000))  # 2023-11-14
    since = date(2026, 1, 1)
    items = discover(tmp_path, TZ, since=since)
    assert [Path(i.source).name for i in items] == ["new.flac"] and not items[0].ok  # still reported
    assert {Path(i.source).name for i in discover(tmp_path, TZ)} == {"old.flac", "new.flac"}
    assert new.exists()

"""`qa-pipeline scan` and `eval` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import CORPUS

CALL = {"call_id": "c-1", "started_at": "2026-03-02T22:30:00+08:00",
        "utterances": [{"speaker": "agent", "start": 0, "end": 2,
                        "text": "您好，我是恒通金融的客服，工号三一七四，请问是王建国本人吗？"},
                       {"speaker": "customer", "start": 2.5, "end": 3, "text": "是我"},
                       {"speaker": "agent", "start": 3.5, "end": 6, "text": "你再不还钱，小心我打断你的腿"}]}


def write(path: Path, data) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_scan_prints_one_line_per_call_in_input_order(tmp_path, cli_process):
    """The installed command in a process of its own, end to end."""
    a = write(tmp_path / "b.json", CALL)
    b = write(tmp_path / "a.json", {**CALL, "call_id": "c-2", "started_at": "2026-03-02T10:00:00+08:00",
                                    "utterances": CALL["utterances"][:2]})
    result = cli_process("scan", str(a), str(b))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["call_id"] for line in lines] == ["c-1", "c-2"]
    cats = {(f["category"], f["utterance_index"]) for f in lines[0]["findings"]}
    assert cats == {("out_of_hours", None), ("threat", 2)}
    assert {f["rule_id"] for f in lines[0]["findings"] if f["category"] == "out_of_hours"} == {
        "cn.contact_time.night_ban", "cn.contact_time.outside_policy_window"}
    threat = next(f for f in lines[0]["findings"] if f["category"] == "threat")
    assert threat["rule_id"] == "cn.threat.violence" and threat["severity"] == "critical"
    assert threat["start"] == 3.5 and threat["evidence"]["matched"] == ["打断你的腿"]
    assert lines[1]["findings"] == []


def test_a_bad_file_is_reported_and_the_rest_still_scanned(tmp_path, cli):
    good = write(tmp_path / "good.json", CALL)
    broken = write(tmp_path / "broken.json", {k: v for k, v in CALL.items() if k != "started_at"})
    notjson = write(tmp_path / "notjson.json", "{oops")
    result = cli("scan", str(broken), str(good), str(notjson), str(tmp_path / "missing.json"))
    assert result.returncode == 2
    assert [json.loads(line)["call_id"] for line in result.stdout.splitlines()] == ["c-1"]
    errors = result.stderr.strip().splitlines()
    assert errors[0] == f"error: {broken}: started_at: is required"
    assert errors[1].startswith(f"error: {notjson}: invalid JSON")
    assert errors[2] == f"error: {tmp_path / 'missing.json'}: file not found"


def test_scan_a_folder_and_table_format(tmp_path, cli):
    write(tmp_path / "one.json", CALL)
    result = cli("scan", "--format", "table", str(tmp_path))
    assert result.returncode == 0
    assert "c-1: 3 finding(s)" in result.stdout  # night ban, policy window, violence
    assert "cn.threat.violence" in result.stdout and "cn.contact_time.night_ban" in result.stdout


def test_scan_with_a_broken_rule_pack(tmp_path, cli):
    write(tmp_path / "one.json", CALL)
    result = cli("scan", "--rules", str(tmp_path / "nope"), str(tmp_path / "one.json"))
    assert result.returncode == 2 and "rule pack folder not found" in result.stderr


@pytest.mark.corpus
def test_eval_meets_the_bar_on_the_labelled_corpus(cli):
    """The dev split, which the rules are tuned on, must hold its bar; the
    held-back test split is only measured here, and reported by `eval`."""
    result = cli("eval", "--json", str(CORPUS.parent))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    dev, test = report["splits"]["dev"], report["splits"]["test"]
    assert dev["calls"] >= 400 and test["calls"] >= 100
    assert dev["clean_calls"] / dev["calls"] >= 0.4
    for category, s in dev["categories"].items():
        assert s["f1"] >= 0.9, (category, s)
        assert s["pointing"] >= 0.9, (category, s)
    assert set(test["categories"]) == set(dev["categories"])


def test_eval_table_names_every_category(cli, tmp_path):
    # a slice of the dev split: the table lists every category the pack has, found in the slice or not
    for path in sorted(CORPUS.glob("t-*.json"))[:12]:
        shutil.copy(path, tmp_path / path.name)
    result = cli("eval", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for category in ("threat", "abuse", "impersonation", "third_party_disclosure", "identity_not_confirmed",
                     "out_of_hours"):
        assert category in result.stdout

"""`qa-pipeline rules coverage`: per rule, the calls it fires on, right and wrong, and the rules that never fire."""

from __future__ import annotations

import json
from pathlib import Path

from qa_pipeline.evaluation.corpus import load_labelled_corpus
from qa_pipeline.evaluation.coverage import rule_coverage

THREAT = "你再不还钱，小心我打断你的腿！"


def labelled(call_id: str, agent_says: str, expected: list[dict]) -> dict:
    return {"call_id": call_id, "started_at": "2026-03-02T10:05:00+08:00",
            "utterances": [
                {"speaker": "agent", "start": 0.0, "end": 2.0,
                 "text": "您好，我是恒通金融的客服，我姓陈，请问是王建国本人吗？"},
                {"speaker": "customer", "start": 2.5, "end": 3.0, "text": "是我。"},
                {"speaker": "agent", "start": 4.0, "end": 6.0, "text": agent_says}],
            "expected": expected}


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    calls = [
        labelled("threat-1", THREAT, [{"category": "threat", "utterance_index": 2}]),
        labelled("threat-2", THREAT, [{"category": "threat", "utterance_index": 2}]),
        # labelled clean: a finding here counts as a false positive of the rule
        labelled("mislabelled", THREAT, []),
        labelled("clean", "您的账单已经逾期，请尽快还款，谢谢。", []),
    ]
    for call in calls:
        (folder / f"{call['call_id']}.json").write_text(json.dumps(call, ensure_ascii=False), encoding="utf-8")
    return folder


def test_rule_coverage_counts_true_and_false_positives(tmp_path: Path, scanner) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    report = rule_coverage(load_labelled_corpus(corpus), scanner, str(corpus))
    by_id = {r.rule_id: r for r in report.rules}
    violence = by_id["cn.threat.violence"]
    assert (violence.fired, violence.true_positives, violence.false_positives) == (3, 2, 1)
    assert violence.false_calls == ["mislabelled"]
    assert violence.precision == 2 / 3
    never = {r.rule_id for r in report.never_fired}
    assert "cn.impersonation.state_authority" in never and "cn.threat.violence" not in never
    assert by_id["cn.contact_time.unanswered_attempts"].needs == "ledger"
    assert by_id["cn.acoustic.shouted_threat"].needs == "recording"
    assert len(report.rules) == len([r for r in scanner.pack.rules if r.spec.status != "deprecated"])
    documents = {d.document: d for d in report.documents}
    assert documents["《刑法》"].fired == 3 and "cn.threat.violence" in documents["《刑法》"].rules


def test_the_cli_prints_a_table_and_json(cli, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    out = cli("rules", "coverage", str(corpus), "--false")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split()[:7] == ["rule", "category", "severity", "calls", "tp", "fp", "precision"]
    (violence,) = [line for line in lines if line.startswith("cn.threat.violence ")]
    assert violence.split()[3:7] == ["3", "2", "1", "0.667"]
    assert "4 calls in" in out.stdout
    assert "  cn.contact_time.unanswered_attempts (needs the ledger: cannot fire on transcripts)" in lines
    assert "FALSE cn.threat.violence mislabelled" in lines
    summary = next(line for line in lines if line.startswith("regulation requirements ("))
    assert summary.endswith("1 gaps")
    assert any(line.strip().startswith("[gap    ] gb-2025.stop-on-refusal:") for line in lines)
    (hours,) = [line for line in lines if "] cba-2026.hours:" in line]
    assert hours.strip().startswith("[covered]") and "cn.contact_time.night_ban (0 calls)" in hours
    data = json.loads(cli("rules", "coverage", str(corpus), "--json").stdout)
    assert data["calls"] == 4 and "cn.impersonation.state_authority" in data["never_fired"]
    clauses = {c["clause"]: c for c in data["clauses"]}
    assert clauses["cbirc-credit-card.68-recordings"]["status"] == "outside"
    assert clauses["cba-2026.no-abuse"]["rules"][:1] == ["cn.abuse.insult"]
    empty = tmp_path / "empty"
    empty.mkdir()
    bad = cli("rules", "coverage", str(empty))
    assert bad.returncode == 2 and "no labelled transcripts" in bad.stderr

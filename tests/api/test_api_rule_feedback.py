"""What reviewers decided, per rule: `GET /v1/rules/precision` and the CLI's
`rules precision` / `rules examples-from-reviews` on the same store."""

from __future__ import annotations

import os

import yaml


def _review(client, keys, finding_id: int, decision: str, comment: str = "") -> None:
    r = client.post(f"/v1/findings/{finding_id}/reviews", json={"decision": decision, "comment": comment},
                    headers=keys["compliance"])
    assert r.status_code == 201, r.text


def _by_rule(submitted) -> dict[str, dict]:
    return {f["rule_id"]: f for f in submitted["findings"] if f["utterance_index"] is not None}


def test_precision_per_rule_and_the_dismissed_hits(client, keys, submitted):
    findings = _by_rule(submitted)
    violence, exposure = findings["cn.threat.violence"], findings["cn.threat.exposure"]
    _review(client, keys, violence["id"], "confirm")
    _review(client, keys, exposure["id"], "dismiss", "同事只是知道，不算曝光")
    r = client.get("/v1/rules/precision", headers=keys["compliance"])
    assert r.status_code == 200, r.text
    report = r.json()
    rows = {row["rule_id"]: row for row in report["rules"]}
    assert rows["cn.threat.violence"] | {"open": 0} == {"rule_id": "cn.threat.violence", "category": "threat",
                                                          "confirmed": 1, "dismissed": 0, "open": 0,
                                                          "precision": 1.0}
    assert rows["cn.threat.exposure"]["precision"] == 0.0
    assert report["rules"][0]["rule_id"] == "cn.threat.exposure"  # worst first
    untouched = [row for row in report["rules"] if row["confirmed"] + row["dismissed"] == 0]
    assert untouched and all(row["precision"] is None and row["open"] >= 1 for row in untouched)
    assert [(h["rule_id"], h["comment"]) for h in report["dismissed"]] == [
        ("cn.threat.exposure", "同事只是知道，不算曝光")]
    assert report["dismissed"][0]["text"] == exposure["text"]


def test_precision_is_for_compliance_and_checks_its_parameters(client, keys, submitted):
    assert client.get("/v1/rules/precision", headers=keys["qa"]).status_code == 403
    r = client.get("/v1/rules/precision", params={"since": "2026-13-40"}, headers=keys["compliance"])
    assert r.status_code == 422 and r.json()["field"] == "since"
    r = client.get("/v1/rules/precision", params={"limit": 0}, headers=keys["compliance"])
    assert r.status_code == 422 and r.json()["field"] == "limit"
    later = client.get("/v1/rules/precision", params={"since": "2026-03-03"}, headers=keys["compliance"])
    assert later.status_code == 200 and later.json()["rules"] == []  # the call is from 2026-03-02


def test_cli_prints_precision_and_candidate_examples(client, keys, submitted, settings, cli, tmp_path):
    findings = _by_rule(submitted)
    _review(client, keys, findings["cn.threat.violence"]["id"], "confirm", "clear\nthreat")
    _review(client, keys, findings["cn.threat.exposure"]["id"], "dismiss", "colleagues only")
    env = {**os.environ, "QA_DATABASE_URL": settings.effective_database_url, "QA_DATA_DIR": str(settings.data_dir)}
    table = cli("rules", "precision", env=env)
    assert table.returncode == 0, table.stderr
    line = next(x for x in table.stdout.splitlines() if x.startswith("cn.threat.violence"))
    assert line.split()[-4:] == ["1", "0", "0", "1.000"]
    out = cli("rules", "examples-from-reviews", env=env)
    assert out.returncode == 0, out.stderr
    blocks = {}
    for part in out.stdout.split("\n\n"):
        rule_id = part.splitlines()[0].split(":")[0].lstrip("# ")
        blocks[rule_id] = yaml.safe_load(part)["examples"]
    assert blocks["cn.threat.violence"] == {"flag": [findings["cn.threat.violence"]["text"]]}
    assert blocks["cn.threat.exposure"] == {"ok": [findings["cn.threat.exposure"]["text"]]}
    assert "# call c-001, finding" in out.stdout and "clear threat" in out.stdout and "colleagues only" in out.stdout
    one = cli("rules", "examples-from-reviews", "--rule", "cn.threat.violence", env=env)
    assert "cn.threat.exposure" not in one.stdout and "cn.threat.violence" in one.stdout

"""The QA programme's API: scorecard scores per call and per agent, rates per 100 calls with drill-down
links, and sampling plans with verdicts and the miss rate on clean calls."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from qa_pipeline.config import REPO_ROOT
from tests.api.helpers import TRANSCRIPT, clean_call

CLEAN = [clean_call(f"clean-{i}", f"2026-03-0{2 + i % 2}T11:00:00+08:00", agent_id="a-17", debtor_id=f"d-{i}",
                    reminder="提醒您本月按时还款，谢谢。") for i in range(4)]


def submit(client, keys, doc: dict) -> dict:
    r = client.post("/v1/calls/transcripts", json=doc, headers=keys["qa"])
    assert r.status_code == 201, r.text
    return r.json()


def review(client, keys, finding_id: int, decision: str, comment: str = "checked") -> None:
    r = client.post(f"/v1/findings/{finding_id}/reviews", json={"decision": decision, "comment": comment},
                    headers=keys["compliance"])
    assert r.status_code == 201, r.text


def by_category(call: dict, category: str) -> list[dict]:
    return [f for f in call["findings"] if f["category"] == category]


def test_call_score_counts_confirmed_findings_and_shows_open_ones_as_provisional(client, keys, submitted):
    url = f"/v1/calls/{submitted['id']}/score"
    score = client.get(url, headers=keys["qa"]).json()
    assert score["scorecard"] == "催收通话质检评分表"
    assert (score["score"], score["provisional"], score["fatal"]) == (100, 0, False)  # threats are fatal
    review(client, keys, by_category(submitted, "abuse")[0]["id"], "confirm")
    for f in by_category(submitted, "threat"):
        review(client, keys, f["id"], "dismiss", "客户自己说的")
    score = client.get(url, headers=keys["qa"]).json()
    items = {i["id"]: i for i in score["items"]}
    assert items["abuse"]["confirmed"] == 1 and items["threat"]["confirmed"] == 0
    assert items["self_identification"]["open"] == 1
    assert (score["score"], score["provisional"]) == (70, 60)  # abuse 30; self-identification 10 still open
    review(client, keys, by_category(submitted, "threat")[0]["id"], "reopen")
    review(client, keys, by_category(submitted, "threat")[0]["id"], "confirm")
    score = client.get(url, headers=keys["qa"]).json()
    assert (score["score"], score["fatal"]) == (0, True)
    assert client.get("/v1/calls/999999/score", headers=keys["qa"]).status_code == 404
    card = client.get("/v1/scorecard", headers=keys["qa"]).json()
    assert [i["id"] for i in card["items"]] == [i["id"] for i in score["items"]]
    assert {i["id"]: i["fatal"] for i in card["items"]}["threat"] is True


def test_agent_scores_per_period(client, keys, submitted):
    for doc in CLEAN:
        submit(client, keys, doc)
    for f in submitted["findings"]:
        review(client, keys, f["id"], "confirm")
    r = client.get("/v1/reports/scores", params={"date_from": "2026-03-01", "date_to": "2026-03-31",
                                                 "period": "month"}, headers=keys["compliance"])
    assert r.status_code == 200, r.text
    [row] = r.json()["agents"]
    assert row["agent_id"] == "a-17" and row["period_start"] == "2026-03-01"
    assert row["calls"] == 5 and row["fatal_calls"] == 1 and row["mean_score"] == 80  # (0 + 4 * 100) / 5
    days = client.get("/v1/reports/scores", params={"date_from": "2026-03-01", "date_to": "2026-03-31",
                                                    "period": "day"}, headers=keys["compliance"]).json()["agents"]
    assert [(d["period_start"], d["calls"], d["mean_score"]) for d in days] == [
        ("2026-03-02", 3, pytest.approx(66.67)), ("2026-03-03", 2, 100)]
    assert client.get("/v1/reports/scores", headers=keys["qa"]).status_code == 403
    bad = client.get("/v1/reports/scores", params={"date_from": "2020-01-01", "date_to": "2026-03-31"},
                     headers=keys["compliance"])
    assert bad.status_code == 422 and bad.json()["field"] == "date_from" and "QA_REPORT_MAX_DAYS" in bad.text


def test_rates_per_100_calls_by_agent_team_rule_and_day(client, keys):
    call = submit(client, keys, {**TRANSCRIPT, "team": "east"})
    for doc in CLEAN:
        submit(client, keys, {**doc, "team": "west" if doc["call_id"] != "clean-0" else "east"})
    submit(client, keys, {**CLEAN[0], "call_id": "other", "agent_id": "a-2", "debtor_id": "d-9"})
    review(client, keys, by_category(call, "abuse")[0]["id"], "confirm")
    n = len(call["findings"])

    def rows(by: str) -> dict:
        r = client.get("/v1/reports/rates", params={"by": by, "date_from": "2026-03-01", "date_to": "2026-03-31"},
                       headers=keys["compliance"])
        assert r.status_code == 200, r.text
        return {row["key"]: row for row in r.json()["rows"]}

    agents = rows("agent")
    assert agents["a-17"]["calls"] == 5 and agents["a-17"]["findings"] == n and agents["a-17"]["confirmed"] == 1
    assert agents["a-17"]["per_100_calls"] == 100 * n / 5 and agents["a-17"]["confirmed_per_100_calls"] == 20
    assert agents["a-2"]["per_100_calls"] == 0 and agents["a-2"]["calls"] == 1
    assert agents["a-17"]["calls_url"] == \
        "/calls?date_from=2026-03-01&date_to=2026-03-31&agent_id=a-17&status=done"
    teams = rows("team")
    assert (teams["east"]["calls"], teams["west"]["calls"], teams[None]["calls"]) == (2, 3, 1)
    assert teams[None]["calls_url"] is None and teams["east"]["calls_url"].endswith("&team=east&status=done")
    assert teams["east"]["per_100_calls"] == 100 * n / 2 and teams["west"]["findings"] == 0
    rules = rows("rule")
    assert rules["cn.abuse.insult"]["calls"] == 6 and rules["cn.abuse.insult"]["confirmed_per_100_calls"] == 16.67
    assert "rule_id=cn.abuse.insult" in rules["cn.abuse.insult"]["calls_url"]
    days = rows("day")
    assert list(days) == ["2026-03-02", "2026-03-03"] and days["2026-03-02"]["calls"] == 4
    assert days["2026-03-03"]["calls_url"] == "/calls?date_from=2026-03-03&date_to=2026-03-03&status=done"
    assert client.get("/v1/reports/rates", params={"by": "debtor"}, headers=keys["compliance"]).status_code == 422


def test_sampling_plan_of_clean_calls_with_verdicts_and_miss_rate(client, keys, submitted):
    clean_ids = {submit(client, keys, doc)["id"] for doc in CLEAN}
    body = {"name": "三月无标记抽检", "kind": "rule_based", "size": 3, "seed": 7,
            "criteria": {"clean_only": True, "date_from": "2026-03-01", "date_to": "2026-03-31"}}
    r = client.post("/v1/samples", json=body, headers=keys["qa"])
    assert r.status_code == 201, r.text
    plan = r.json()
    drawn = [c["call_id"] for c in plan["calls"]]
    assert len(drawn) == 3 and set(drawn) <= clean_ids and all(c["clean"] for c in plan["calls"])
    again = client.post("/v1/samples", json=body, headers=keys["qa"]).json()
    assert [c["call_id"] for c in again["calls"]] == drawn  # same seed, same calls: same sample
    everything = client.post("/v1/samples", json={"name": "全部", "kind": "random", "size": 50, "seed": 1},
                             headers=keys["qa"]).json()
    assert {c["call_id"] for c in everything["calls"]} == clean_ids | {submitted["id"]}
    assert [c["clean"] for c in everything["calls"] if c["call_id"] == submitted["id"]] == [False]

    verdicts = f"/v1/samples/{plan['id']}/calls/{{}}/verdicts"
    r = client.post(verdicts.format(drawn[0]), json={"outcome": "missed_violation", "category": "threat",
                                                     "note": "说了“小心点”"}, headers=keys["qa"])
    assert r.status_code == 201 and r.json()["reviewer"] == "qa-user"
    assert client.post(verdicts.format(drawn[1]), json={"outcome": "no_miss"}, headers=keys["qa"]).status_code == 201
    # The latest verdict counts; the earlier one stays in the history.
    assert client.post(verdicts.format(drawn[0]), json={"outcome": "no_miss"},
                       headers=keys["compliance"]).status_code == 201
    assert client.post(verdicts.format(drawn[0]), json={"outcome": "missed_violation", "category": "abuse",
                                                        "note": "骂人"}, headers=keys["compliance"]).status_code == 201
    shown = client.get(f"/v1/samples/{plan['id']}", headers=keys["qa"]).json()
    assert [len(c["verdicts"]) for c in shown["calls"]] == [3, 1, 0]
    assert (shown["sampled"], shown["reviewed"], shown["clean_sampled"], shown["misses"]) == (3, 2, 3, 1)
    rate = shown["clean_miss_rate"]
    assert (rate["misses"], rate["reviewed"], rate["rate"]) == (1, 2, 0.5)
    assert rate["interval_95"]["low"] == pytest.approx(0.0945, abs=1e-4)
    assert rate["interval_95"]["high"] == pytest.approx(0.9055, abs=1e-4)
    listed = client.get("/v1/samples", headers=keys["qa"]).json()
    assert [p["id"] for p in listed][-1] == plan["id"] and listed[-1]["clean_miss_rate"]["reviewed"] == 2


@pytest.mark.parametrize("body, field", [
    ({"name": "x", "kind": "random", "size": 2, "criteria": {"clean_only": True}}, "kind"),
    ({"name": "x", "kind": "rule_based", "size": 2}, "criteria"),
    ({"name": "x", "kind": "random", "size": 5000}, "size"),
    ({"name": "x", "kind": "rule_based", "size": 2, "criteria": {"category": "weather"}}, "criteria.category"),
    ({"name": "x", "kind": "rule_based", "size": 2, "criteria": {"date_from": "2026-03-05",
                                                                 "date_to": "2026-03-01"}}, "criteria"),
])
def test_bad_sampling_plans_are_refused_naming_the_field(client, keys, submitted, body, field):
    r = client.post("/v1/samples", json=body, headers=keys["qa"])
    assert r.status_code == 422 and r.json()["field"] == field, r.text
    assert client.get("/v1/samples", headers=keys["qa"]).json() == []


def test_bad_verdicts_are_refused_and_nothing_is_stored(client, keys, submitted):
    plan = client.post("/v1/samples", json={"name": "x", "kind": "random", "size": 1, "seed": 3},
                       headers=keys["qa"]).json()
    url = f"/v1/samples/{plan['id']}/calls/{submitted['id']}/verdicts"
    r = client.post(url, json={"outcome": "missed_violation", "note": "?"}, headers=keys["qa"])
    assert r.status_code == 422 and r.json()["field"] == "category"
    r = client.post(url, json={"outcome": "no_miss", "category": "threat"}, headers=keys["qa"])
    assert r.status_code == 422 and r.json()["field"] == "category"
    assert client.post(f"/v1/samples/{plan['id']}/calls/999/verdicts", json={"outcome": "no_miss"},
                       headers=keys["qa"]).status_code == 404
    assert client.get(f"/v1/samples/{plan['id']}", headers=keys["qa"]).json()["reviewed"] == 0


def test_team_is_text(client, keys):  # its length limit: tests/api/test_api_bad_input.py
    r = client.post("/v1/calls/transcripts", json={**TRANSCRIPT, "team": ["east"]}, headers=keys["qa"])
    assert r.status_code == 422 and r.json()["field"] == "team", r.text
    assert client.get("/v1/calls", headers=keys["qa"]).json()["items"] == []  # nothing stored


def test_a_pack_without_a_scorecard_says_so(tmp_path, settings, empty_store, keys_for):
    pack = tmp_path / "pack"
    shutil.copytree(REPO_ROOT / "rules" / "cn_collection", pack)
    (pack / "scorecard.yaml").unlink()
    edit = pack / "pack.yaml"
    edit.write_text(edit.read_text(encoding="utf-8").replace("lexicons: ../../lexicons",
                                                             f"lexicons: {REPO_ROOT / 'lexicons'}"), encoding="utf-8")
    app = create_app(settings.model_copy(update={"rules_dir": pack}), session_factory=empty_store)
    keys = keys_for(app)
    with TestClient(app) as client:
        r = client.get("/v1/scorecard", headers=keys["compliance"])
        assert r.status_code == 404 and r.json()["field"] == "scorecard" and "scorecard.yaml" in r.text
        assert client.get("/v1/reports/scores", headers=keys["compliance"]).status_code == 404
        call = submit(client, keys, TRANSCRIPT)
        assert client.get(f"/v1/calls/{call['id']}/score", headers=keys["qa"]).status_code == 404

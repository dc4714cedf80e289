"""GET /v1/calls search (text, debtor, category) and `q` on GET /v1/findings: applied, or refused, never ignored."""

from __future__ import annotations

from tests.api.helpers import clean_call

CLEAN = clean_call("c-clean", "2026-03-03T10:05:00+08:00", agent_id="a-18", debtor_id="d-9",
                   reminder="提醒您本月按时还款，谢谢。")


def test_calls_search_by_words_said_includes_calls_without_findings(client, keys, submitted):
    r = client.post("/v1/calls/transcripts", json=CLEAN, headers=keys["qa"])
    assert r.status_code == 201 and r.json()["findings"] == []
    clean_id = r.json()["id"]

    def ids(**params: object) -> list[int]:
        r = client.get("/v1/calls", params=params, headers=keys["compliance"])
        assert r.status_code == 200, r.text
        return [c["id"] for c in r.json()["items"]]

    assert ids(q="按时还款") == [clean_id]
    assert ids(q="打断你的腿") == [submitted["id"]]
    assert sorted(ids(q="还")) == sorted([clean_id, submitted["id"]])
    assert ids(debtor_id="d-9") == [clean_id]
    assert ids(category="threat") == [submitted["id"]]
    assert ids(q="按时还款", category="threat") == []
    assert ids(q="没人说过的话") == []
    # Paged: one per page, both reached.
    r = client.get("/v1/calls", params={"q": "还", "limit": 1}, headers=keys["compliance"]).json()
    second = client.get("/v1/calls", params={"q": "还", "limit": 1, "cursor": r["next_cursor"]},
                        headers=keys["compliance"]).json()
    assert {r["items"][0]["id"], second["items"][0]["id"]} == {clean_id, submitted["id"]}
    for bad in ({"q": ""}, {"q": "x" * 201}, {"category": "nonsense"}):
        assert client.get("/v1/calls", params=bad, headers=keys["compliance"]).status_code == 422


def test_findings_q_filters_the_flagged_text(client, keys, submitted):
    everything = client.get("/v1/findings", headers=keys["compliance"]).json()["items"]
    r = client.get("/v1/findings", params={"q": "单位"}, headers=keys["compliance"])
    assert r.status_code == 200
    items = r.json()["items"]
    assert items and all("单位" in f["text"] for f in items) and len(items) < len(everything)
    assert client.get("/v1/findings", params={"q": "没人说过"}, headers=keys["compliance"]).json()["items"] == []
    assert client.get("/v1/findings", params={"q": ""}, headers=keys["compliance"]).status_code == 422

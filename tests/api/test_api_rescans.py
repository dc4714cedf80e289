"""`GET /v1/calls/{id}/rescans`: the stored diff of every re-scan of a call."""

from __future__ import annotations

from qa_pipeline import jobs
from qa_pipeline.config import REPO_ROOT
from qa_pipeline.engine import Scanner
from tests.packs import copy_pack


def test_a_calls_rescans_come_back_newest_first(app, client, keys, submitted, settings, tmp_path):
    call_id = submitted["id"]
    assert client.get(f"/v1/calls/{call_id}/rescans", headers=keys["qa"]).json() == {"items": []}
    dropped = submitted["findings"][0]
    pack = Scanner.load(copy_pack(tmp_path, "9999.7", drop=dropped["rule_id"]), REPO_ROOT / "lexicons")
    jobs.rescan_calls(app.state.session_factory, settings=settings, scanner=pack)
    jobs.rescan_calls(app.state.session_factory, settings=settings, scanner=pack, force=True)
    r = client.get(f"/v1/calls/{call_id}/rescans", headers=keys["compliance"])
    assert r.status_code == 200, r.text
    newest, first = r.json()["items"]
    assert (first["old_pack_version"], first["new_pack_version"]) == (submitted["pack_version"], "9999.7")
    assert [(f["finding_id"], f["rule_id"]) for f in first["removed"]] == [(dropped["id"], dropped["rule_id"])]
    assert len(first["kept"]) == len(submitted["findings"]) - 1 and first["added"] == []
    assert (newest["old_pack_version"], newest["removed"], newest["added"]) == ("9999.7", [], [])
    assert newest["at"] > first["at"]
    only = client.get(f"/v1/calls/{call_id}/rescans", params={"limit": 1}, headers=keys["qa"]).json()["items"]
    assert only == [newest]


def test_rescans_of_an_unknown_call_are_a_404(client, keys):
    r = client.get("/v1/calls/987654/rescans", headers=keys["qa"])
    assert r.status_code == 404 and "987654" in r.text
    assert client.get("/v1/calls/1/rescans").status_code == 401

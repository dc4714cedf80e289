"""`POST /v1/rules/reload`: a running server takes up a changed pack from disk; a broken one is refused."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.loaded_pack import LoadedPack
from api.main import create_app
from qa_pipeline.config import REPO_ROOT, Settings
from qa_pipeline.engine import Scanner
from qa_pipeline.store.models import AuditEntry
from tests.api.conftest import make_keys
from tests.api.helpers import TRANSCRIPT
from tests.packs import copy_pack, set_version


@pytest.fixture
def rules(tmp_path) -> Path:
    return copy_pack(tmp_path, "9999.1")


@pytest.fixture
def client(settings, empty_store, rules):
    on_copy = Settings(**{**settings.model_dump(), "rules_dir": rules, "lexicons_dir": REPO_ROOT / "lexicons"})
    with TestClient(create_app(on_copy, session_factory=empty_store)) as c:
        yield c


def version(client: TestClient, keys) -> str:
    return client.get("/v1/rules", headers=keys["qa"]).json()["packs"][0]["version"]


def test_reload_takes_up_the_changed_pack_for_new_requests(client, rules, empty_store):
    keys = make_keys(client.app)
    assert version(client, keys) == "9999.1"
    set_version(rules, "9999.2")
    assert version(client, keys) == "9999.1"  # nothing changes until the reload
    r = client.post("/v1/rules/reload", headers=keys["admin"])
    assert r.status_code == 200, r.text
    assert (r.json()["old_version"], r.json()["new_version"]) == ("9999.1", "9999.2")
    assert "QA_PACK_FOLLOW_SECONDS" in r.json()["note"]
    assert version(client, keys) == "9999.2"
    call = client.post("/v1/calls/transcripts", json=TRANSCRIPT, headers=keys["qa"]).json()
    assert call["pack_version"] == "9999.2" and {f["pack_version"] for f in call["findings"]} == {"9999.2"}
    with empty_store() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "rules.reload"))
    assert (entry.actor, entry.detail["old_version"], entry.detail["new_version"]) == ("admin-user", "9999.1",
                                                                                        "9999.2")


def test_a_broken_pack_is_refused_and_the_loaded_one_keeps_working(client, rules, empty_store):
    keys = make_keys(client.app)
    assert version(client, keys) == "9999.1"
    rule_file = next(rules.rglob("violence.yaml"))
    rule = yaml.safe_load(rule_file.read_text(encoding="utf-8"))
    rule["severity"] = "urgent"
    rule_file.write_text(yaml.safe_dump(rule, allow_unicode=True), encoding="utf-8")
    set_version(rules, "9999.3")
    r = client.post("/v1/rules/reload", headers=keys["admin"])
    assert r.status_code == 422
    body = r.json()
    assert body["file"] == str(rule_file) and body["field"] == "rule cn.threat.violence: severity"
    assert "the loaded one stays in use" in body["detail"] and str(rule_file) in body["detail"]
    assert version(client, keys) == "9999.1"
    call = client.post("/v1/calls/transcripts", json=TRANSCRIPT, headers=keys["qa"]).json()
    assert call["pack_version"] == "9999.1" and any(f["severity"] == "critical" for f in call["findings"])
    with empty_store() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "rules.reload")).all() == []


def test_only_admins_reload(client):
    keys = make_keys(client.app)
    for role in ("qa", "compliance"):
        assert client.post("/v1/rules/reload", headers=keys[role]).status_code == 403
    assert client.post("/v1/rules/reload").status_code == 401


def _follower(settings: Settings, store, rules: Path, follow_seconds: float):
    """A second server process's app on the same store and rules folder."""
    on_copy = Settings(**{**settings.model_dump(), "rules_dir": rules, "lexicons_dir": REPO_ROOT / "lexicons",
                          "pack_follow_seconds": follow_seconds})
    return TestClient(create_app(on_copy, session_factory=store))


def test_the_other_server_processes_follow_a_reload(settings, rules, empty_store):
    with _follower(settings, empty_store, rules, 0) as one, _follower(settings, empty_store, rules, 0) as other:
        keys = make_keys(one.app)
        assert version(one, keys) == version(other, keys) == "9999.1"
        set_version(rules, "9999.2")
        assert version(other, keys) == "9999.1"  # the files changed, nobody reloaded: nothing changes
        assert one.post("/v1/rules/reload", headers=keys["admin"]).status_code == 200
        assert version(other, keys) == "9999.2"  # taken up from its own disk at its next use
        call = other.post("/v1/calls/transcripts", json=TRANSCRIPT, headers=keys["qa"]).json()
        assert call["pack_version"] == "9999.2"
        set_version(rules, "9999.3")  # and a reload made in the other reaches the first
        assert other.post("/v1/rules/reload", headers=keys["admin"]).status_code == 200
        assert version(one, keys) == "9999.3"
    with empty_store() as s:  # following is not a reload: only the two reloads were audited
        assert len(s.scalars(select(AuditEntry).where(AuditEntry.action == "rules.reload")).all()) == 2


def test_a_process_looks_for_reloads_at_most_every_follow_seconds(settings, rules, empty_store):
    on_copy = Settings(**{**settings.model_dump(), "rules_dir": rules, "lexicons_dir": REPO_ROOT / "lexicons",
                          "pack_follow_seconds": 30})
    now = [1000.0]
    first = functools.partial(Scanner.load, rules, REPO_ROOT / "lexicons")
    reloader = LoadedPack(on_copy, first, empty_store)
    follower = LoadedPack(on_copy, first, empty_store, clock=lambda: now[0])
    assert follower.scanner().pack.version == reloader.scanner().pack.version == "9999.1"
    set_version(rules, "9999.2")
    reloader.reload(empty_store, actor="admin", api_key_id=None, via="test")
    now[0] += 29
    assert follower.scanner().pack.version == "9999.1"  # not looked yet
    now[0] += 2
    assert follower.scanner().pack.version == "9999.2"


def test_a_server_started_after_a_reload_does_not_load_twice(client, settings, rules, empty_store):
    keys = make_keys(client.app)
    set_version(rules, "9999.2")
    assert client.post("/v1/rules/reload", headers=keys["admin"]).status_code == 200
    with _follower(settings, empty_store, rules, 0) as late:
        assert version(late, keys) == "9999.2"  # read from disk at its start
        loaded = late.app.state.loaded_pack.scanner()
        assert version(late, keys) == "9999.2" and late.app.state.loaded_pack.scanner() is loaded


def test_a_follower_keeps_its_pack_when_the_reloaded_one_does_not_load_there(client, settings, rules, empty_store):
    keys = make_keys(client.app)
    with _follower(settings, empty_store, rules, 0) as other:
        assert version(other, keys) == "9999.1"
        set_version(rules, "9999.2")
        assert client.post("/v1/rules/reload", headers=keys["admin"]).status_code == 200
        rule_file = next(rules.rglob("violence.yaml"))  # broken on the follower's disk after the reload
        rule_file.write_text("id: [", encoding="utf-8")
        assert version(other, keys) == "9999.1"
        assert other.post("/v1/calls/transcripts", json=TRANSCRIPT, headers=keys["qa"]).status_code in (200, 201)

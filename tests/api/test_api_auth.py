"""API keys and roles: 401 without a key, 403 for the wrong role."""

from __future__ import annotations

import re

import pytest

from tests.api.helpers import TRANSCRIPT


def _routes(app):
    for path, operations in app.openapi()["paths"].items():
        for method in operations:
            yield method.upper(), re.sub(r"\{[^}]+\}", "1", path)


def test_every_endpoint_but_healthz_needs_a_key(client, app):
    routes = list(_routes(app))
    assert len(routes) >= 14
    for method, path in routes:
        r = client.request(method, path)
        if path == "/healthz":
            assert r.status_code == 200
            assert r.json()["database"] == "ok"
        else:
            assert r.status_code == 401, (method, path, r.status_code)
            assert "API key" in r.json()["detail"]


def test_bearer_and_header_keys_both_work_and_bad_keys_do_not(client, keys):
    secret = keys["compliance"]["X-API-Key"]
    assert client.get("/v1/calls", headers={"X-API-Key": secret}).status_code == 200
    assert client.get("/v1/calls", headers={"Authorization": f"Bearer {secret}"}).status_code == 200
    assert client.get("/v1/calls", headers={"X-API-Key": secret + "x"}).status_code == 401
    assert client.get("/v1/calls", headers={"Authorization": f"Basic {secret}"}).status_code == 401


@pytest.mark.parametrize("role, method, path, body", [
    ("compliance", "POST", "/v1/calls/transcripts", TRANSCRIPT),
    ("qa", "GET", "/v1/reports/summary", None),
    ("qa", "GET", "/v1/keys", None),
    ("compliance", "POST", "/v1/keys", {"name": "x", "role": "admin"}),
    ("compliance", "GET", "/v1/audit", None),
])
def test_wrong_role_is_forbidden(client, keys, role, method, path, body):
    r = client.request(method, path, json=body, headers=keys[role])
    assert r.status_code == 403
    assert f"role '{role}'" in r.json()["detail"]


@pytest.mark.parametrize("role, method, path, body, status", [
    ("qa", "POST", "/v1/calls/transcripts", TRANSCRIPT, 201),
    ("compliance", "GET", "/v1/reports/summary", None, 200),
    ("admin", "GET", "/v1/reports/summary", None, 200),
    ("admin", "GET", "/v1/audit", None, 200),
    ("qa", "GET", "/v1/findings", None, 200),
    ("qa", "GET", "/v1/rules", None, 200),
])
def test_allowed_roles_pass(client, keys, role, method, path, body, status):
    assert client.request(method, path, json=body, headers=keys[role]).status_code == status


def test_admin_manages_keys_through_the_api(client, keys):
    r = client.post("/v1/keys", json={"name": "auditor", "role": "compliance"}, headers=keys["admin"])
    assert r.status_code == 201
    new = r.json()
    assert new["key"].startswith(new["prefix"])
    assert client.get("/v1/reports/summary", headers={"X-API-Key": new["key"]}).status_code == 200
    listed = client.get("/v1/keys", headers=keys["admin"]).json()
    assert "auditor" in [k["name"] for k in listed]
    assert all("key" not in k for k in listed)
    assert client.post("/v1/keys", json={"name": "auditor", "role": "qa"}, headers=keys["admin"]).status_code == 409
    r = client.post("/v1/keys", json={"name": "x\x00", "role": "qa"}, headers=keys["admin"])
    assert r.status_code == 422 and r.json()["field"] == "name"
    assert client.delete(f"/v1/keys/{new['id']}", headers=keys["admin"]).json()["revoked_at"]
    assert client.get("/v1/reports/summary", headers={"X-API-Key": new["key"]}).status_code == 401
    assert client.delete("/v1/keys/999999", headers=keys["admin"]).status_code == 404
    me = next(k for k in listed if k["name"] == "admin-user")
    assert client.delete(f"/v1/keys/{me['id']}", headers=keys["admin"]).status_code == 409
    actions = [e["action"] for e in client.get("/v1/audit", headers=keys["admin"]).json()["items"]]
    assert actions[0] == "auth.key_failed"  # the revoked key's attempt (issue 14.11)
    assert [a for a in actions if a.startswith("key.")][:2] == ["key.revoke", "key.create"]

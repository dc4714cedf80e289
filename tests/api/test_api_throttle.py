"""Issue 14.11: failed key attempts and sign-ins are throttled, locked out and written to the audit log."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.main import create_app
from api.throttle import AuthThrottle
from qa_pipeline.store.models import AuditEntry
from tests.api.conftest import make_keys


def _actions(app) -> list[str]:
    with app.state.session_factory() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_api_key_failures_lock_the_address_out_even_for_the_right_key(settings, empty_store) -> None:
    app = create_app(settings.model_copy(update={"auth_max_failures": 3}), session_factory=empty_store)
    keys = make_keys(app)
    with TestClient(app) as client:
        assert client.get("/v1/calls", headers=keys["qa"]).status_code == 200
        codes = [client.get("/v1/calls", headers={"X-API-Key": f"wrong-{i}"}).status_code for i in range(3)]
        assert codes == [401, 401, 401]
        r = client.get("/v1/calls", headers=keys["qa"])  # the right key, during the lockout
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert "QA_AUTH_LOCKOUT_SECONDS" in r.json()["detail"]
    actions = _actions(app)
    assert actions.count("auth.key_failed") == 3 and actions.count("auth.lockout") == 1


def test_sign_in_failures_are_audited_and_locked_out(settings, empty_store) -> None:
    import re

    app = create_app(settings.model_copy(update={"auth_max_failures": 2}), session_factory=empty_store)
    keys = make_keys(app)
    with TestClient(app, base_url="https://testserver") as client:
        def attempt(key: str) -> int:
            form = client.get("/login").text
            token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
            return client.post("/login", data={"api_key": key, "csrf_token": token, "next": "/queue"},
                               follow_redirects=False).status_code

        assert [attempt("nope"), attempt("nope")] == [401, 401]
        assert attempt(keys["admin"]["X-API-Key"]) == 429
    actions = _actions(app)
    assert actions.count("session.login_failed") == 2 and "auth.lockout" in actions


def test_the_lockout_ends_and_old_failures_leave_the_window(settings) -> None:
    now = [1000.0]
    throttle = AuthThrottle(settings.model_copy(update={"auth_max_failures": 2, "auth_failure_window_seconds": 10,
                                                        "auth_lockout_seconds": 60}), clock=lambda: now[0])
    assert not throttle.failure("a").locked
    now[0] += 11  # the first failure left the window
    assert not throttle.failure("a").locked
    assert throttle.failure("a").locked and throttle.locked_for("a") > 0
    now[0] += 61
    assert throttle.locked_for("a") == 0


def test_several_server_processes_share_the_limit(settings) -> None:
    """With QA_SERVE_WORKERS processes, each locks an address out after its share of the limit
    (rounded up), so all of them together allow at most the limit plus one per extra process."""
    throttles = [AuthThrottle(settings.model_copy(update={"auth_max_failures": 10, "serve_workers": 3}))
                 for _ in range(3)]
    allowed = 0
    for throttle in throttles:  # an attacker spreading attempts over every process
        while not throttle.failure("attacker").locked:
            allowed += 1
        allowed += 1  # the failure that locked it out
    assert allowed == 12 and allowed <= 10 + 3 - 1
    assert all(throttle.locked_for("attacker") > 0 for throttle in throttles)
    single = AuthThrottle(settings.model_copy(update={"auth_max_failures": 10}))
    assert [single.failure("a").locked for _ in range(10)] == [False] * 9 + [True]


def test_reads_of_personal_data_are_in_the_audit_log(app, client, keys, submitted) -> None:
    """14.11: call views, audio downloads, exports and rule tests leave audit entries."""
    call_id = submitted["id"]
    assert client.get(f"/v1/calls/{call_id}", headers=keys["qa"]).status_code == 200
    client.get(f"/v1/calls/{call_id}/audio", headers=keys["qa"])  # a transcript: 404, nothing read
    assert client.get("/v1/reports/summary?format=csv", headers=keys["compliance"]).status_code == 200
    assert client.post("/v1/rules/test", json={"text": "你好"}, headers=keys["qa"]).status_code == 200
    actions = _actions(app)
    assert {"call.view", "report.export", "rules.test"} <= set(actions)
    assert "call.audio" not in actions


def test_audio_downloads_are_audited_once_per_listening(app, client, keys) -> None:
    import json

    from tests.api.test_api_upload_pool import tone_wav

    files = {"audio": ("tone.wav", tone_wav(440), "audio/wav")}
    metadata = json.dumps({"started_at": "2026-03-02T10:05:00+08:00"})
    r = client.post("/v1/calls", files=files, data={"metadata": metadata}, headers=keys["qa"])
    assert r.status_code == 202, r.text
    call_id = r.json()["id"]
    assert client.get(f"/v1/calls/{call_id}/audio", headers=keys["qa"]).status_code == 200
    assert client.get(f"/v1/calls/{call_id}/audio", headers={**keys["qa"], "Range": "bytes=100-199"}).status_code == 206
    assert _actions(app).count("call.audio") == 1

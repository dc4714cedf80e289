"""Named reviewer accounts seen from the API: keys never take a user's name; calls are assigned to users."""

from __future__ import annotations

from qa_pipeline.store import users
from qa_pipeline.store.models import Role


def add_li_na(app) -> None:
    with app.state.session_factory() as s:
        users.add_user(s, "li-na", Role.qa, "correct horse battery", min_length=12, log2_n=14)
        s.commit()


def test_a_key_cannot_take_a_users_name(client, app, keys):
    add_li_na(app)
    r = client.post("/v1/keys", json={"name": "LI-NA", "role": "qa"}, headers=keys["admin"])
    assert r.status_code == 409 and r.json()["field"] == "name"
    assert "a user is named 'LI-NA'" in r.json()["detail"]


def test_calls_are_assigned_to_a_user_by_name_in_any_case(client, app, keys, submitted):
    add_li_na(app)
    r = client.post("/v1/assignments", json={"call_ids": [submitted["id"]], "reviewer": "Li-Na"},
                    headers=keys["compliance"])
    assert r.status_code == 200, r.text
    r = client.get("/v1/findings", params={"assigned_to": "li-na"}, headers=keys["admin"])
    assert r.status_code == 200 and {f["call_id"] for f in r.json()["items"]} == {submitted["id"]}
    with app.state.session_factory() as s:
        users.disable_user(s, "li-na")
        s.commit()
    r = client.post("/v1/assignments", json={"call_ids": [submitted["id"]], "reviewer": "li-na"},
                    headers=keys["compliance"])
    assert r.status_code == 422 and r.json()["field"] == "reviewer"

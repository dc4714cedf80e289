"""Named reviewer accounts on the review pages (TestClient): sign-in by user name and password, refusals and
their audit, sessions ended by disabling or a new password, and the person named on what they do."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.i18n import MESSAGES
from api.throttle import AuthThrottle
from qa_pipeline.domain.review import ReviewState
from qa_pipeline.store import users
from qa_pipeline.store.models import Appeal, AuditEntry, Call, Review, Role, StoredFinding, WebSession
from tests.pages.conftest import Site, csrf_of

PASSWORD = "correct horse battery"


@pytest.fixture
def accounts(http_site: Site) -> Site:
    with http_site.session_factory() as s:
        users.add_user(s, "li-na", Role.compliance, PASSWORD, display_name="李娜", min_length=12, log2_n=14)
        users.add_user(s, "wang-wei", Role.qa, PASSWORD, min_length=12, log2_n=14)
        s.commit()
    return http_site


def password_sign_in(client: TestClient, name: str, password: str, next_path: str = "/queue"):
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"username": name, "password": password, "csrf_token": token,
                                       "next": next_path}, follow_redirects=False)


def audit_of(site: Site, action: str) -> list[AuditEntry]:
    with site.session_factory() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def test_sign_in_with_a_user_name_and_password(client: TestClient, accounts: Site) -> None:
    form = client.get("/login").text
    assert 'name="username"' in form and 'name="password"' in form and 'name="api_key"' in form
    r = password_sign_in(client, "Li-Na", PASSWORD, "/dashboard")  # names are case-insensitive
    assert r.status_code == 303 and r.headers["location"] == "/dashboard"
    page = client.get("/queue")
    assert page.status_code == 200 and "李娜" in page.text
    with accounts.session_factory() as s:
        user = users.get_user(s, "li-na")
        session_row = s.scalar(select(WebSession).where(WebSession.ended_at.is_(None)))
        assert (session_row.user_id, session_row.api_key_id) == (user.id, None)
    [login] = audit_of(accounts, "session.login")
    assert (login.actor, login.object_type, login.object_id) == ("li-na", "user", str(user.id))

    r = client.post("/logout", data={"csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert r.status_code == 303 and client.get("/queue", follow_redirects=False).status_code == 303
    [logout] = audit_of(accounts, "session.logout")
    assert (logout.actor, logout.object_type) == ("li-na", "user")


@pytest.mark.parametrize(("name", "password"), [("li-na", "not the password"), ("nobody", PASSWORD),
                                                ("li-na", "")])
def test_a_wrong_password_or_name_is_refused_and_audited(client: TestClient, accounts: Site, name, password) -> None:
    r = password_sign_in(client, name, password)
    assert r.status_code == 401
    assert MESSAGES["zh-CN"]["login.bad_password"] in r.text
    assert f'value="{name}"' in r.text  # the name typed stays in the form; the password does not
    assert client.get("/queue", follow_redirects=False).status_code == 303
    [failed] = audit_of(accounts, "session.login_failed")
    assert failed.actor == "anonymous" and failed.detail["user_name"] == name
    assert audit_of(accounts, "session.login") == []


def test_repeated_failures_lock_the_address_out_the_right_password_too(client: TestClient, accounts: Site) -> None:
    accounts.app.state.auth_throttle = AuthThrottle(accounts.settings.model_copy(update={"auth_max_failures": 2}))
    assert password_sign_in(client, "li-na", "guess number one").status_code == 401
    assert password_sign_in(client, "li-na", "guess number two").status_code == 401
    locked = password_sign_in(client, "li-na", PASSWORD)
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
    assert MESSAGES["zh-CN"]["login.locked"] in locked.text
    [lockout] = audit_of(accounts, "auth.lockout")
    assert lockout.object_type == "client"


@pytest.mark.parametrize("change", ["disable", "set_password"])
def test_disabling_a_user_or_a_new_password_ends_their_session(client: TestClient, accounts: Site, change) -> None:
    assert password_sign_in(client, "wang-wei", PASSWORD).status_code == 303
    assert client.get("/queue", follow_redirects=False).status_code == 200
    with accounts.session_factory() as s:
        if change == "disable":
            users.disable_user(s, "wang-wei")
        else:
            users.set_password(s, "wang-wei", "a brand new passphrase", min_length=12, log2_n=14)
        s.commit()
    assert client.get("/queue", follow_redirects=False).status_code == 303
    # The old password (or any, for a disabled user) no longer signs in.
    assert password_sign_in(client, "wang-wei", PASSWORD).status_code == 401


def test_a_disabled_users_session_ends_even_if_its_row_were_left_open(client: TestClient, accounts: Site) -> None:
    """The second check: every request looks the user up again."""
    assert password_sign_in(client, "wang-wei", PASSWORD).status_code == 303
    with accounts.session_factory() as s:
        user = users.get_user(s, "wang-wei")
        user.disabled_at = user.created_at  # disabled without ending the sessions
        s.commit()
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_reviews_claims_assignments_and_appeals_name_the_user(client: TestClient, accounts: Site) -> None:
    assert password_sign_in(client, "li-na", PASSWORD).status_code == 303
    with accounts.session_factory() as s:
        finding = s.scalars(select(StoredFinding).where(StoredFinding.review_state == ReviewState.open)
                            .order_by(StoredFinding.id)).first()
    page = client.get(f"/calls/{finding.call_id}")
    assert page.status_code == 200
    csrf = csrf_of(page.text)
    r = client.post(f"/findings/{finding.id}/review", data={"decision": "confirm", "comment": "威胁",
                                                           "csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 303
    r = client.post(f"/findings/{finding.id}/appeal", data={"reason": "坐席是在转述", "csrf_token": csrf},
                    follow_redirects=False)
    assert r.status_code == 303
    r = client.post(f"/calls/{finding.call_id}/assign", data={"reviewer": "Wang-Wei", "csrf_token": csrf},
                    follow_redirects=False)
    assert r.status_code == 303 and "note=assigned" in r.headers["location"]
    with accounts.session_factory() as s:
        review = s.scalars(select(Review).where(Review.finding_id == finding.id)).one()
        assert (review.reviewer, review.api_key_id) == ("li-na", None)
        call = s.get(Call, finding.call_id)
        assert (call.review_claimed_by, call.assigned_to) == ("li-na", "wang-wei")
        assert s.scalars(select(Appeal.filed_by).where(Appeal.finding_id == finding.id)).one() == "li-na"
    assert [e.actor for e in audit_of(accounts, "finding.review")] == ["li-na"]
    assert [e.actor for e in audit_of(accounts, "call.view")] == ["li-na"]


def test_the_key_flow_still_signs_in_when_no_user_name_is_given(client: TestClient, accounts: Site) -> None:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": " ", "password": "", "api_key": accounts.keys["qa"],
                                    "csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303
    assert "qa-user" in client.get("/queue").text
    with accounts.session_factory() as s:
        assert s.scalar(select(WebSession.api_key_id).where(WebSession.ended_at.is_(None))) is not None


def test_wrong_passwords_in_a_row_lock_the_account_and_are_audited(client: TestClient, accounts: Site) -> None:
    accounts.app.state.settings = accounts.settings.model_copy(update={"user_max_failures": 2})
    assert password_sign_in(client, "li-na", "guess number one").status_code == 401
    locked = password_sign_in(client, "li-na", "guess number two")
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) == accounts.settings.user_lockout_seconds
    assert MESSAGES["zh-CN"]["login.user_locked"] in locked.text
    assert password_sign_in(client, "li-na", PASSWORD).status_code == 429  # the right password waits too
    assert password_sign_in(client, "wang-wei", PASSWORD).status_code == 303  # the address is not locked
    [lockout] = audit_of(accounts, "user.lockout")
    assert (lockout.object_type, lockout.detail["name"]) == ("user", "li-na")
    assert len(audit_of(accounts, "session.login_failed")) == 3

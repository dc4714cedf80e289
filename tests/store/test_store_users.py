"""Reviewer accounts in the store: password hashes, case-insensitive names, disabled users, sessions."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from qa_pipeline.store import assignment, users
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Role, User, WebSession, utcnow

PASSWORD = "correct horse battery"
POLICY = {"min_length": 12, "log2_n": 14}


def sign_in(s, name: str, password: str, **limits: int) -> users.SignIn:
    return users.authenticate_user(s, name, password, log2_n=14, **{"max_failures": 5, "lockout_seconds": 900,
                                                                    **limits})


def signs_in(s, name: str, password: str) -> bool:
    return sign_in(s, name, password).outcome is users.SignInOutcome.ok


def test_password_hashes_are_scrypt_with_a_salt_and_parameters_per_user():
    first, second = users.hash_password(PASSWORD, 14), users.hash_password(PASSWORD, 14)
    assert first.startswith("scrypt$ln=14,r=8,p=1$") and first != second  # a salt of its own each time
    assert users.verify_password(PASSWORD, first) and users.verify_password(PASSWORD, second)
    assert not users.verify_password(PASSWORD + "!", first)
    assert not users.verify_password(PASSWORD, "sha256$deadbeef")  # malformed: refused, no error
    assert PASSWORD not in first


@pytest.mark.parametrize(("password", "why"), [
    ("short", "at least 12 characters"),
    ("my name is li-na, ok", "must not contain the user name"),
    ("x" * 1025, "at most 1024 characters"),
])
def test_the_password_policy_names_the_field_and_the_reason(password, why):
    with pytest.raises(users.UserError, match=why) as refused:
        users.check_password("li-na", password, 12)
    assert refused.value.field == "password"


def test_user_names_are_case_insensitive_and_unique(session_factory):
    with session_factory() as s:
        user = users.add_user(s, "Li-Na", Role.qa, PASSWORD, display_name=" 李娜 ", **POLICY)
        s.commit()
        assert (user.name, user.display_name) == ("li-na", "李娜")
        assert users.find_user(s, "LI-NA").id == user.id
        with pytest.raises(users.UserError, match="a user named 'li-na' already exists"):
            users.add_user(s, "li-NA", Role.admin, PASSWORD, **POLICY)
        assert sign_in(s, "LI-na", PASSWORD).user.id == user.id
        assert sign_in(s, "li-na", "wrong password!!").outcome is users.SignInOutcome.refused
        assert sign_in(s, "nobody", PASSWORD) == users.SignIn(users.SignInOutcome.refused)
    with session_factory() as s:  # the database holds the line too
        s.add(User(name="li-na", role=Role.qa, password_hash="x"))
        with pytest.raises(IntegrityError):
            s.flush()


@pytest.mark.parametrize("name", ["", "li na", "-lead", "李娜", "x" * 65])
def test_bad_user_names_are_refused(session_factory, name):
    with session_factory() as s, pytest.raises(users.UserError) as refused:
        users.add_user(s, name, Role.qa, PASSWORD, **POLICY)
    assert refused.value.field == "name"


def test_a_user_and_an_api_key_never_share_a_name(session_factory):
    with session_factory() as s:
        repo.create_api_key(s, "Wang-Wei", Role.qa)
        with pytest.raises(users.UserError, match="an API key is named 'wang-wei'"):
            users.add_user(s, "wang-wei", Role.qa, PASSWORD, **POLICY)
        users.add_user(s, "li-na", Role.qa, PASSWORD, **POLICY)
        with pytest.raises(ValueError, match="a user is named 'LI-NA'"):
            repo.create_api_key(s, "LI-NA", Role.qa)


def _live_session(s, user: User, token: str) -> None:
    s.add(WebSession(id=token * 64, user_id=user.id, csrf="c", created_at=utcnow(), last_seen_at=utcnow()))


def _live_sessions(s, user: User) -> int:
    return len(s.scalars(select(WebSession).where(WebSession.user_id == user.id, WebSession.ended_at.is_(None))).all())


def test_disabled_users_are_refused_and_their_sessions_end(session_factory):
    with session_factory() as s:
        user = users.add_user(s, "li-na", Role.compliance, PASSWORD, **POLICY)
        _live_session(s, user, "a")
        _live_session(s, user, "b")
        s.commit()
        assert assignment.check_reviewers(s, ["Li-Na"]) == ["li-na"]
        disabled, ended = users.disable_user(s, "LI-NA")
        s.commit()
        assert ended == 2 and disabled.disabled_at is not None and _live_sessions(s, user) == 0
        assert not signs_in(s, "li-na", PASSWORD)
        with pytest.raises(assignment.UnknownReviewer, match="'li-na' is not the name of an active user"):
            assignment.check_reviewers(s, ["li-na"])
        with pytest.raises(users.UnknownUser, match="no user named 'nobody'"):
            users.disable_user(s, "nobody")


def test_a_new_password_replaces_the_old_one_and_ends_the_sessions(session_factory):
    with session_factory() as s:
        user = users.add_user(s, "li-na", Role.qa, PASSWORD, **POLICY)
        _live_session(s, user, "a")
        s.commit()
        with pytest.raises(users.UserError, match="password: must be at least 12"):
            users.set_password(s, "li-na", "too short", **POLICY)
        assert _live_sessions(s, user) == 1  # a refused password changes nothing
        _, ended = users.set_password(s, "li-na", "a brand new passphrase", **POLICY)
        s.commit()
        assert ended == 1 and _live_sessions(s, user) == 0
        assert not signs_in(s, "li-na", PASSWORD)
        assert signs_in(s, "li-na", "a brand new passphrase")


def test_a_session_belongs_to_a_user_or_a_key_never_both(session_factory):
    with session_factory() as s:
        key, _ = repo.create_api_key(s, "bot", Role.qa)
        user = users.add_user(s, "li-na", Role.qa, PASSWORD, **POLICY)
        s.add(WebSession(id="z" * 64, user_id=user.id, api_key_id=key.id, csrf="c", created_at=utcnow(),
                         last_seen_at=utcnow()))
        with pytest.raises(IntegrityError):
            s.flush()


def test_wrong_passwords_in_a_row_lock_the_account_whatever_the_address(session_factory):
    with session_factory() as s:
        users.add_user(s, "li-na", Role.qa, PASSWORD, **POLICY)
        s.commit()
        assert sign_in(s, "li-na", "wrong guess number 1", max_failures=3).outcome is users.SignInOutcome.refused
        assert signs_in(s, "li-na", PASSWORD)  # the right password ends the count
        for n in (1, 2):
            assert sign_in(s, "li-na", f"wrong guess number {n}", max_failures=3).outcome is users.SignInOutcome.refused
        third = sign_in(s, "li-na", "wrong guess number 3", max_failures=3)
        assert (third.outcome, third.locked_now, third.retry_after) == (users.SignInOutcome.locked, True, 900)
        s.commit()
        locked = sign_in(s, "li-na", PASSWORD, max_failures=3)  # the right password waits too
        assert (locked.outcome, locked.locked_now) == (users.SignInOutcome.locked, False)
        assert 0 < locked.retry_after <= 900
        users.set_password(s, "li-na", "a brand new passphrase", **POLICY)  # an administrator's reset unlocks
        s.commit()
        assert signs_in(s, "li-na", "a brand new passphrase")

"""`qa-pipeline users`, run as an administrator would."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from sqlalchemy import select

from qa_pipeline.store import users
from qa_pipeline.store.models import AuditEntry, Role, User, WebSession, utcnow

PASSWORD = "correct horse battery"


@pytest.fixture
def env(settings, database_url):
    return {**os.environ, "QA_DATABASE_URL": database_url.render_as_string(hide_password=False),
            "QA_DATA_DIR": str(settings.data_dir), "QA_PASSWORD_SCRYPT_LOG2_N": "14"}


def test_add_list_disable_and_set_password(cli, session_factory, env):
    added = cli("users", "add", "Li-Na", "--role", "qa", "--display", "李娜", input=f"{PASSWORD}\n{PASSWORD}\n",
                env=env)
    assert added.returncode == 0, added.stderr
    assert "added li-na (qa)" in added.stdout and PASSWORD not in added.stdout
    piped = cli("users", "add", "wang-wei", "--role", "compliance", "--password-stdin",
                input="another long passphrase\n", env=env)
    assert piped.returncode == 0, piped.stderr

    listed = cli("users", "list", env=env)
    assert listed.returncode == 0
    assert [line.split("\t")[:4] for line in listed.stdout.splitlines()] == [
        ["li-na", "李娜", "qa", "active"], ["wang-wei", "-", "compliance", "active"]]

    with session_factory() as s:
        li_na = users.get_user(s, "li-na")
        assert users.verify_password(PASSWORD, li_na.password_hash)
        s.add(WebSession(id="a" * 64, user_id=li_na.id, csrf="c", created_at=utcnow(), last_seen_at=utcnow()))
        li_na.locked_until = utcnow() + timedelta(minutes=10)  # too many wrong passwords
        s.commit()
    assert "\tlocked until " in cli("users", "list", env=env).stdout.splitlines()[0]
    reset = cli("users", "set-password", "LI-NA", "--password-stdin", input="a brand new passphrase\n", env=env)
    assert reset.returncode == 0, reset.stderr
    assert "password set for li-na; 1 session(s) ended" in reset.stdout
    assert "\tactive\t" in cli("users", "list", env=env).stdout.splitlines()[0]  # and unlocked
    disabled = cli("users", "disable", "wang-wei", env=env)
    assert disabled.returncode == 0 and "disabled wang-wei" in disabled.stdout
    assert "\tdisabled " in cli("users", "list", env=env).stdout.splitlines()[1]

    with session_factory() as s:
        assert users.verify_password("a brand new passphrase", users.get_user(s, "li-na").password_hash)
        assert users.get_user(s, "wang-wei").disabled_at is not None
        assert s.scalar(select(WebSession.ended_at).where(WebSession.id == "a" * 64)) is not None
        audited = s.execute(select(AuditEntry.action, AuditEntry.detail["name"].as_string())
                            .where(AuditEntry.object_type == "user").order_by(AuditEntry.id)).all()
        assert [tuple(row) for row in audited] == [("user.add", "li-na"), ("user.add", "wang-wei"),
                                                   ("user.password_set", "li-na"), ("user.disable", "wang-wei")]


@pytest.mark.parametrize(("args", "typed", "message"), [
    (("add", "li na", "--role", "qa"), "", "name: use 1-64 letters"),
    (("add", "li-na", "--role", "boss"), "", "Invalid value for '--role'"),
    (("add", "li-na", "--role", "qa", "--password-stdin"), "short\n", "password: must be at least 12 characters"),
    (("add", "li-na", "--role", "qa", "--password-stdin"), "I am li-na, trust me\n",
     "password: must not contain the user name"),
    (("add", "li-na", "--role", "qa", "--password-stdin"), "\n", "password: --password-stdin read an empty line"),
    (("disable", "nobody"), "", "name: no user named 'nobody'"),
    (("set-password", "nobody", "--password-stdin"), f"{PASSWORD}\n", "name: no user named 'nobody'"),
])
def test_bad_input_exits_2_naming_the_field_and_stores_nothing(cli, session_factory, env, args, typed, message):
    run = cli("users", *args, input=typed, env=env)
    assert run.returncode == 2
    assert message in run.stderr
    with session_factory() as s:
        assert s.scalars(select(User)).all() == []


def test_a_taken_name_and_a_weak_new_password_are_refused(cli, session_factory, env):
    with session_factory() as s:
        users.add_user(s, "li-na", Role.qa, PASSWORD, min_length=12, log2_n=14)
        s.commit()
    again = cli("users", "add", "LI-NA", "--role", "admin", "--password-stdin", input=f"{PASSWORD}\n", env=env)
    assert again.returncode == 2 and "name: a user named 'li-na' already exists" in again.stderr
    weak = cli("users", "set-password", "li-na", "--password-stdin", input="li-na-li-na-li-na\n", env=env)
    assert weak.returncode == 2 and "password: must not contain the user name" in weak.stderr
    with session_factory() as s:
        assert [u.role for u in s.scalars(select(User))] == [Role.qa]
        assert users.verify_password(PASSWORD, users.get_user(s, "li-na").password_hash)


def test_the_prompt_asks_twice_and_again_when_the_two_differ(cli, session_factory, env):
    typed = f"{PASSWORD}\nsomething else\n{PASSWORD}\n{PASSWORD}\n"
    run = cli("users", "add", "li-na", "--role", "qa", input=typed, env=env)
    assert run.returncode == 0, run.stderr
    assert "The two entered values do not match" in run.stdout and PASSWORD not in run.stdout
    with session_factory() as s:
        assert users.verify_password(PASSWORD, users.get_user(s, "li-na").password_hash)


def test_the_password_is_never_an_argument(cli, env):
    run = cli("users", "add", "li-na", "--role", "qa", "--password", PASSWORD, env=env)
    assert run.returncode == 2 and "No such option '--password'" in run.stderr

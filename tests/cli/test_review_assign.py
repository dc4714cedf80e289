"""`qa-pipeline review assign`, run as a user would."""

from __future__ import annotations

import os

from sqlalchemy import select

from qa_pipeline import jobs
from qa_pipeline.domain.transcript import parse_transcript
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import AuditEntry, Call, Role
from tests.api.helpers import TRANSCRIPT


def test_round_robin_and_manual_assignment_from_the_command_line(cli, session_factory, settings, database_url):
    ids = [jobs.accept_transcript(session_factory, parse_transcript({**TRANSCRIPT, "call_id": f"c-rr-{i}"}),
                                  settings=settings).call_id for i in range(3)]
    with session_factory() as s:
        for name in ("li-na", "wang-wei"):
            repo.create_api_key(s, name, Role.qa)
        s.commit()
    env = {**os.environ, "QA_DATABASE_URL": database_url.render_as_string(hide_password=False),
           "QA_DATA_DIR": str(settings.data_dir)}
    run = cli("review", "assign", "--round-robin", "--reviewers", "li-na,wang-wei", env=env)
    assert run.returncode == 0, run.stderr
    assert "li-na: 2 calls" in run.stdout and "wang-wei: 1 calls" in run.stdout
    with session_factory() as s:
        assert sorted(s.scalars(select(Call.assigned_to))) == ["li-na", "li-na", "wang-wei"]
    moved = cli("review", "assign", "--call", str(ids[0]), "--to", "wang-wei", env=env)
    assert moved.returncode == 0, moved.stderr
    bad = cli("review", "assign", "--round-robin", "--reviewers", "li-na,nobody", env=env)
    assert bad.returncode == 2 and "'nobody' is not the name of an active API key" in bad.stderr
    usage = cli("review", "assign", "--call", str(ids[0]), env=env)
    assert usage.returncode == 2 and "--to NAME or --unassign" in usage.stderr
    with session_factory() as s:
        assert s.get(Call, ids[0]).assigned_to == "wang-wei"
        actors = set(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "call.assign")))
        assert actors == {"cli"}
        assert len(s.scalars(select(AuditEntry).where(AuditEntry.action == "call.assign")).all()) == 4

"""`qa-pipeline db rescan`: a diff per call and the totals, as text and as JSON."""

from __future__ import annotations

import json
import os

from qa_pipeline import jobs
from qa_pipeline.config import REPO_ROOT
from qa_pipeline.domain.review import ReviewDecision
from qa_pipeline.domain.transcript import parse_transcript
from qa_pipeline.store import repository as repo
from tests.api.helpers import TRANSCRIPT
from tests.packs import copy_pack


def test_rescan_prints_and_stores_a_diff_per_call(cli, session_factory, settings, database_url, tmp_path):
    ids = [jobs.accept_transcript(session_factory, parse_transcript({**TRANSCRIPT, "call_id": f"c-rs-{i}"}),
                                  settings=settings).call_id for i in range(2)]
    with session_factory() as s:
        reviewed, dropped, *_ = repo.get_call(s, ids[0], full=True).findings
        repo.add_review(s, reviewed, ReviewDecision.confirm, reviewer="qa", comment="real")
        s.commit()
        kept = len(repo.get_call(s, ids[0]).findings) - 1
        old_version = reviewed.pack_version
    env = {**os.environ, "QA_DATABASE_URL": database_url.render_as_string(hide_password=False),
           "QA_DATA_DIR": str(settings.data_dir),
           "QA_RULES_DIR": str(copy_pack(tmp_path, "9999.5", drop=dropped.rule_id)),
           "QA_LEXICONS_DIR": str(REPO_ROOT / "lexicons")}
    run = cli("db", "rescan", env=env)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"call {ids[0]}: {old_version} \u2192 9999.5: +0 \u22121, {kept} kept (1 reviewed)"
    assert lines[1] == f"call {ids[1]}: {old_version} \u2192 9999.5: +0 \u22121, {kept} kept"
    assert lines[2] == f"2 done; 2 calls re-scanned: +0 \u22122, {2 * kept} kept (1 reviewed)"
    with session_factory() as s:
        [stored] = repo.call_rescans(s, ids[0])
    assert [f.finding_id for f in stored.removed] == [dropped.id]
    # Nothing left to re-scan with that version; --all re-scans both again, as JSON.
    assert cli("db", "rescan", env=env).stdout == "nothing to re-scan\n"
    again = cli("db", "rescan", "--all", "--json", env=env)
    assert again.returncode == 0, again.stderr
    body = json.loads(again.stdout)
    assert body["statuses"] == {"done": 2}
    assert body["totals"] == {"calls": 2, "added": 0, "removed": 0, "kept": 2 * kept, "kept_reviewed": 1}
    assert [(c["call_id"], c["old_pack_version"], c["new_pack_version"]) for c in body["calls"]] == [
        (ids[0], "9999.5", "9999.5"), (ids[1], "9999.5", "9999.5")]
    with session_factory() as s:
        assert len(repo.call_rescans(s, ids[0])) == 2


def test_rescan_with_a_pack_that_does_not_load_names_it_and_changes_nothing(cli, session_factory, settings,
                                                                           database_url, tmp_path):
    call_id = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), settings=settings).call_id
    rules = copy_pack(tmp_path, "9999.6")
    (rules / "pack.yaml").write_text("name: [\n", encoding="utf-8")
    env = {**os.environ, "QA_DATABASE_URL": database_url.render_as_string(hide_password=False),
           "QA_DATA_DIR": str(settings.data_dir), "QA_RULES_DIR": str(rules),
           "QA_LEXICONS_DIR": str(REPO_ROOT / "lexicons")}
    run = cli("db", "rescan", "--all", env=env)
    assert run.returncode == 2 and run.stderr.startswith(f"error: {rules / 'pack.yaml'}")
    assert "Traceback" not in run.stderr
    with session_factory() as s:
        assert repo.call_rescans(s, call_id) == []

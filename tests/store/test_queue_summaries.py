"""The queue's summaries (migration 0016): what the triggers keep in `queue_calls` and the tallies
always equals what grouping the findings gives, through every kind of write, and the queue read
from them lists and counts exactly what the grouped findings would.

Runs on SQLite and PostgreSQL (the `session_factory` fixture).
"""

from __future__ import annotations

import os
import random
import threading
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from qa_pipeline.domain.findings import SEVERITY_ORDER
from qa_pipeline.store import repository as repo
from qa_pipeline.store import summaries as queue_summaries
from qa_pipeline.store import tallies
from qa_pipeline.store.migrations import summaries
from qa_pipeline.store.models import (
    Call,
    CallSource,
    CallStatus,
    FindingTally,
    FindingTallyChange,
    QueueRow,
    ReviewDecision,
    ReviewState,
    StoredFinding,
)

RULES = [("cn.threat.violence", "threat", "critical"), ("cn.threat.exposure", "threat", "high"),
         ("cn.abuse.insult", "abuse", "high"), ("cn.identity.details_before_confirmation", "identity_not_confirmed",
                                                  "medium"),
         ("cn.contact_time.night_ban", "out_of_hours", "high"), ("cn.misleading.fake_fees", "misleading_consequence",
                                                                 "low")]
AGENTS = ["a-1", "a-2", "a-3", None]


def _seed(session_factory, n_calls: int = 24, seed: int = 5, first: int = 0) -> list[int]:
    rng = random.Random(seed)
    ids = []
    with session_factory() as s:
        for i in range(first, first + n_calls):
            agent = AGENTS[i % len(AGENTS)]
            day = date(2026, 3, 1) + timedelta(days=i % 5)
            call = Call(content_hash=f"{i:064x}", source=CallSource.transcript, external_id=f"c-{i}", agent_id=agent,
                        started_at=datetime(2026, 3, 1, 1, tzinfo=UTC) + timedelta(days=i % 5, minutes=7 * i),
                        call_date=day, call_metadata={}, status=CallStatus.done,
                        assigned_to="li" if i % 3 == 0 else None)
            for k in range(rng.randrange(0, 5)):  # some calls have no findings at all
                rule, category, severity = rng.choice(RULES)
                state = rng.choice([ReviewState.open, ReviewState.open, ReviewState.confirmed, ReviewState.dismissed])
                s.add(StoredFinding(call=call, rule_id=rule, category=category, severity=severity, pack_name="cn",
                                    pack_version="1", utterance_index=k, evidence={}, agent_id=agent,
                                    call_date=day, review_state=state))
            s.add(call)
            s.flush()
            ids.append(call.id)
        s.commit()
    return ids


def _expected_queue_rows(session) -> set[tuple[str, str, int, int, int]]:
    """(facet, value, call, worst, open findings), computed here from the findings."""
    groups: dict[tuple[str, str, int], list[int]] = {}
    for f in session.scalars(select(StoredFinding).where(StoredFinding.review_state == ReviewState.open)):
        rank = SEVERITY_ORDER[f.severity]
        for facet, value in (("", ""), ("category", f.category), ("severity", f.severity), ("rule_id", f.rule_id)):
            groups.setdefault((facet, value, f.call_id), []).append(rank)
    return {(*key, max(ranks), len(ranks)) for key, ranks in groups.items()}


def assert_summaries_match(session) -> None:
    stored = {(r.facet, r.value, r.call_id, r.worst, r.findings) for r in session.scalars(select(QueueRow))}
    assert stored == _expected_queue_rows(session)
    for row in session.scalars(select(QueueRow)):
        call = session.get(Call, row.call_id)
        assert (row.started_at, row.agent_id) == (call.started_at, call.agent_id)
    live = Counter((f.review_state.value, f.category, f.severity, f.rule_id, f.agent_id or "")
                   for f in session.scalars(select(StoredFinding)))
    for dimension in tallies.DIMENSIONS:
        per_value: Counter[str] = Counter()
        for key, n in live.items():
            per_value[key[tallies.DIMENSIONS.index(dimension)]] += n
        expected = sorted((k, n) for k, n in per_value.items() if k != "")
        assert sorted(tallies.count_by(session, dimension, {})) == expected, dimension
    assert tallies.count(session, {}) == sum(live.values())


FILTERS = [
    repo.FindingFilter(review_state=(ReviewState.open,)),
    repo.FindingFilter(review_state=(ReviewState.open,), category=("threat",)),
    repo.FindingFilter(review_state=(ReviewState.open,), severity=("high",)),
    repo.FindingFilter(review_state=(ReviewState.open,), rule_id=("cn.abuse.insult",)),
    repo.FindingFilter(review_state=(ReviewState.open,), agent_id=("a-2",)),
    repo.FindingFilter(review_state=(ReviewState.open,), agent_id=("a-1", "a-3"), category=("abuse",)),
    repo.FindingFilter(review_state=(ReviewState.open,), date_from=date(2026, 3, 2), date_to=date(2026, 3, 3)),
    repo.FindingFilter(review_state=(ReviewState.open,), assigned_to="li", severity=("critical",)),
    # answered by grouping the findings: two facets, several values, other states
    repo.FindingFilter(review_state=(ReviewState.open,), category=("threat",), severity=("high",)),
    repo.FindingFilter(review_state=(ReviewState.confirmed, ReviewState.dismissed)),
    repo.FindingFilter(),
]


def _listed(session, flt: repo.FindingFilter, sort: repo.QueueSort, summaries: bool) -> list[tuple]:
    return [(item.call.id, item.worst, [f.id for f in item.findings])
            for item in repo.list_queue(session, flt, sort, limit=1000, summaries=summaries)]


def assert_queue_as_grouped(session) -> None:
    for flt in FILTERS:
        for sort in repo.QueueSort:
            assert _listed(session, flt, sort, True) == _listed(session, flt, sort, False), (flt, sort)
        assert repo.count_queue_calls(session, flt) == repo.count_queue_calls(session, flt, summaries=False)
        live = session.scalar(repo._filter_findings(select(func.count()).select_from(StoredFinding), flt))
        assert repo.count_findings(session, flt) == live


def test_the_summaries_follow_every_kind_of_write(session_factory) -> None:
    ids = _seed(session_factory)
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(QueueRow)) > 0
        assert_summaries_match(s)
        assert_queue_as_grouped(s)
    with session_factory() as s:  # reviews: confirm, dismiss, reopen
        opened = s.scalars(select(StoredFinding).where(StoredFinding.review_state == ReviewState.open)
                           .order_by(StoredFinding.id)).all()
        repo.add_review(s, repo.get_finding(s, opened[0].id), ReviewDecision.confirm, reviewer="li")
        repo.add_review(s, repo.get_finding(s, opened[1].id), ReviewDecision.dismiss, reviewer="li", comment="客户说的")
        decided = s.scalars(select(StoredFinding).where(StoredFinding.review_state == ReviewState.confirmed)
                            .order_by(StoredFinding.id)).first()
        assert decided is not None
        repo.add_review(s, repo.get_finding(s, decided.id), ReviewDecision.reopen, reviewer="wang", comment="再听")
        s.commit()
        assert_summaries_match(s)
    with session_factory() as s:  # a re-scan changes a finding in place, and removes one
        first = s.scalars(select(StoredFinding).order_by(StoredFinding.id)).first()
        assert first is not None
        first.severity, first.category, first.rule_id = "info", "abuse", "cn.abuse.mild"
        unreviewed = select(StoredFinding.id).where(StoredFinding.id != first.id,
                                                    ~StoredFinding.reviews.any()).limit(1).scalar_subquery()
        assert s.execute(delete(StoredFinding).where(StoredFinding.id == unreviewed)).rowcount == 1
        s.commit()
        assert_summaries_match(s)
    with session_factory() as s:  # the call itself: another time and agent
        s.execute(update(Call).where(Call.id == ids[1]).values(agent_id="a-9",
                                                               started_at=datetime(2026, 4, 1, tzinfo=UTC)))
        s.commit()
        assert_summaries_match(s)
    with session_factory() as s:  # erasure
        repo.erase_call_rows(s, repo.get_call(s, ids[2]))
        s.commit()
        assert_summaries_match(s)
        assert_queue_as_grouped(s)


def test_compaction_folds_the_changes_and_keeps_every_count(session_factory) -> None:
    _seed(session_factory, n_calls=12)
    with session_factory() as s:
        s.execute(update(StoredFinding).values(review_state=ReviewState.open))  # changes on top of the seed
        s.commit()
        changes = s.scalar(select(func.count()).select_from(FindingTallyChange))
        assert changes > 0
        before = {d: sorted(tallies.count_by(s, d, {})) for d in tallies.DIMENSIONS}
        assert tallies.compact_if_due(s, at=changes) == 0  # not yet due
        assert tallies.compact_if_due(s, at=changes - 1) == changes
        assert s.scalar(select(func.count()).select_from(FindingTallyChange)) == 0
        assert {d: sorted(tallies.count_by(s, d, {})) for d in tallies.DIMENSIONS} == before
        assert_summaries_match(s)
        assert tallies.compact(s) == 0  # nothing left to fold
        s.commit()


def test_a_rebuild_gives_what_the_triggers_kept(session_factory) -> None:
    _seed(session_factory, n_calls=10, seed=9)
    with session_factory() as s:
        kept = sorted((r.facet, r.value, r.call_id, r.worst, r.findings) for r in s.scalars(select(QueueRow)))
        counts = {d: sorted(tallies.count_by(s, d, {})) for d in tallies.DIMENSIONS}
        bind = s.connection()
        dialect = bind.dialect.name
        # As a bulk load does it (bench.api): the triggers dropped, the rows rebuilt, the triggers made again.
        summaries.drop_triggers(bind.exec_driver_sql, dialect)
        summaries.rebuild(bind.exec_driver_sql)
        summaries.create_triggers(bind.exec_driver_sql, dialect)
        s.commit()
        assert sorted((r.facet, r.value, r.call_id, r.worst, r.findings) for r in s.scalars(select(QueueRow))) == kept
        assert {d: sorted(tallies.count_by(s, d, {})) for d in tallies.DIMENSIONS} == counts
        assert s.scalar(select(func.count()).select_from(FindingTallyChange)) == 0
    _seed(session_factory, n_calls=3, seed=4, first=100)  # and the triggers made again keep them
    with session_factory() as s:
        assert_summaries_match(s)


@pytest.mark.parametrize("flt", [
    repo.FindingFilter(review_state=(ReviewState.open,), text="x"),
    repo.FindingFilter(review_state=(ReviewState.open,), call_id=1),
    repo.FindingFilter(review_state=(ReviewState.open,), needs_listening=True),
    repo.FindingFilter(review_state=(ReviewState.open,), category=("threat", "abuse")),
    repo.FindingFilter(review_state=(ReviewState.open, ReviewState.confirmed)),
])
def test_filters_the_summaries_cannot_answer_group_the_findings(flt: repo.FindingFilter) -> None:
    assert repo._summary_key(flt) is None


def test_concurrent_reviews_of_one_call_leave_its_summary_right(session_factory) -> None:
    """Reviewers deciding different findings of one call at the same moment: each refresh of the
    call's queue rows sees the others' committed decisions (PostgreSQL refreshes at commit, under a
    lock per call), so the rows end as the findings say."""
    with session_factory() as s:
        call = Call(content_hash="e" * 64, source=CallSource.transcript, external_id="c-race", agent_id="a-1",
                    started_at=datetime(2026, 3, 2, 2, tzinfo=UTC), call_date=date(2026, 3, 2), call_metadata={},
                    status=CallStatus.done)
        for k, (rule, category, severity) in enumerate(RULES * 2):
            s.add(StoredFinding(call=call, rule_id=rule, category=category, severity=severity, pack_name="cn",
                                pack_version="1", utterance_index=k, evidence={}, agent_id="a-1",
                                call_date=date(2026, 3, 2)))
        s.commit()
        ids = list(s.scalars(select(StoredFinding.id).order_by(StoredFinding.id)))
    barrier = threading.Barrier(len(ids) - 1, timeout=30)
    failures: list[BaseException] = []

    def confirm(finding_id: int) -> None:
        try:
            with session_factory() as s:
                f = repo.get_finding(s, finding_id, for_update=True)
                barrier.wait()
                repo.add_review(s, f, ReviewDecision.confirm, reviewer=f"r-{finding_id}")
                s.commit()
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=confirm, args=(i,)) for i in ids[1:]]  # one stays open
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not failures
    with session_factory() as s:
        assert_summaries_match(s)
        rows = {(r.facet, r.value): r.findings for r in s.scalars(select(QueueRow).where(QueueRow.call_id == call.id))}
        first = RULES[0]
        assert rows == {("", ""): 1, ("category", first[1]): 1, ("severity", first[2]): 1, ("rule_id", first[0]): 1}


def test_db_summaries_finds_a_summary_changed_by_hand_and_rebuilds_it(cli, database_url, session_factory,
                                                                      tmp_path) -> None:
    _seed(session_factory, n_calls=8, seed=3)
    env = {**os.environ, "QA_DATABASE_URL": database_url.render_as_string(hide_password=False),
           "QA_DATA_DIR": str(tmp_path / "data")}
    ok = cli("db", "summaries", env=env)
    assert ok.returncode == 0, ok.stderr
    assert "agree with the findings" in ok.stdout
    with session_factory() as s:  # SQL run by hand, around the triggers
        s.execute(update(QueueRow).where(QueueRow.facet == "").values(worst=QueueRow.worst + 1))
        for table in (FindingTally, FindingTallyChange):
            s.execute(delete(table).where(table.rule_id == RULES[0][0]))
        s.commit()
        found = queue_summaries.check(s)
        calls = s.scalar(select(func.count()).select_from(QueueRow).where(QueueRow.facet == ""))
        assert (found.queue_extra, found.queue_missing) == (calls, calls)
        assert found.tally_missing > 0 and not found.agrees
    bad = cli("db", "summaries", env=env)
    assert bad.returncode == 1 and "--rebuild" in bad.stderr
    fixed = cli("db", "summaries", "--rebuild", env=env)
    assert fixed.returncode == 0, fixed.stderr
    with session_factory() as s:
        assert queue_summaries.check(s).agrees
        assert_summaries_match(s)

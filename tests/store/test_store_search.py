"""Call search: by id, agent, debtor, date, status, category and the words said (SQLite FTS5 trigram index,
PostgreSQL pg_trgm), calls without findings included; finding text search."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Call, CallSource, CallStatus, StoredFinding, StoredUtterance

CALLS = {
    # external id: (agent, debtor, day, utterances, finding category or None)
    "c-threat": ("a-1", "d-1", 2, ["您好，请问是王建国本人吗？", "再不还钱我就打断你的腿"], "threat"),
    "c-clean": ("a-2", "d-2", 3, ["您好，这里是恒通金融，提醒您本月还款", "好的，我明天还"], None),
    "c-abuse": ("a-1", "d-3", 4, ["你这个老赖，100%不要脸"], "abuse"),
}


@pytest.fixture
def store(session_factory) -> dict[str, int]:
    ids = {}
    with session_factory() as s:
        for ext, (agent, debtor, day, texts, category) in CALLS.items():
            call = Call(content_hash=ext.ljust(64, "0"), source=CallSource.transcript, external_id=ext,
                        agent_id=agent, debtor_id=debtor, started_at=datetime(2026, 3, day, 2, tzinfo=UTC),
                        call_date=date(2026, 3, day), call_metadata={}, status=CallStatus.done)
            call.utterances = [StoredUtterance(index=i, speaker="agent", start=i * 3.0, end=i * 3.0 + 2, text=t)
                               for i, t in enumerate(texts)]
            s.add(call)
            if category:
                s.add(StoredFinding(call=call, rule_id=f"cn.{category}", category=category, severity="high",
                                    pack_name="cn", pack_version="1", utterance_index=len(texts) - 1,
                                    text=texts[-1], evidence={}, agent_id=agent, call_date=call.call_date))
            s.flush()
            ids[ext] = call.id
        s.commit()
    return ids


def found(session_factory, **kw: object) -> list[str]:
    with session_factory() as s:
        flt = repo.CallFilter(**kw)  # type: ignore[arg-type]
        page = repo.list_calls(s, flt)
        assert repo.count_calls(s, flt) == len(page.items)
        return sorted(c.external_id for c in page.items)


@pytest.mark.parametrize(("text", "expected"), [
    ("打断你的腿", ["c-threat"]),         # trigram index (3+ characters)
    ("本月还款", ["c-clean"]),            # a call without findings
    ("还", ["c-clean", "c-threat"]),       # one character: substring scan
    ("老赖", ["c-abuse"]),                # two characters
    ("100%", ["c-abuse"]),                # LIKE wildcards are literal
    ("0%不", ["c-abuse"]),
    ('"双引号"', []),                     # quotes cannot break the FTS query
    ("不存在的话", []),
])
def test_search_by_words_said(session_factory, store, text: str, expected: list[str]) -> None:
    assert found(session_factory, text=text) == expected


def test_search_by_the_other_fields(session_factory, store) -> None:
    assert found(session_factory, external_id="c-clean") == ["c-clean"]
    assert found(session_factory, agent_id=["a-1"]) == ["c-abuse", "c-threat"]
    assert found(session_factory, debtor_id="d-2") == ["c-clean"]
    assert found(session_factory, category=["threat", "abuse"]) == ["c-abuse", "c-threat"]
    assert found(session_factory, date_from=date(2026, 3, 3), date_to=date(2026, 3, 3)) == ["c-clean"]
    assert found(session_factory, status=[CallStatus.failed]) == []
    assert found(session_factory, agent_id=["a-1"], text="还钱") == ["c-threat"]


def test_search_sees_utterances_added_and_removed_later(session_factory, store) -> None:
    with session_factory() as s:
        s.add(StoredUtterance(call_id=store["c-clean"], index=9, speaker="agent", start=30, end=32,
                              text="我们会上门拜访"))
        s.commit()
    assert found(session_factory, text="上门拜访") == ["c-clean"]
    with session_factory() as s:
        u = s.query(StoredUtterance).filter_by(call_id=store["c-clean"], index=9).one()
        u.text = "我们不会上门"
        s.commit()
    assert found(session_factory, text="上门拜访") == []
    assert found(session_factory, text="不会上门") == ["c-clean"]


def test_finding_text_search_and_tallies(session_factory, store) -> None:
    with session_factory() as s:
        page = repo.list_findings(s, repo.FindingFilter(text="打断"))
        assert [f.call_id for f in page.items] == [store["c-threat"]]
        assert repo.list_findings(s, repo.FindingFilter(text="100%")).items[0].category == "abuse"
        tallies = repo.finding_tallies(s, list(store.values()))
        assert store["c-clean"] not in tallies
        assert (tallies[store["c-threat"]].total, tallies[store["c-threat"]].open) == (1, 1)
        hits = repo.first_utterances_saying(s, list(store.values()), "还")
        assert {k: u.index for k, u in hits.items()} == {store["c-threat"]: 1, store["c-clean"]: 0}


def test_short_words_page_through_every_call_saying_them_newest_first(session_factory, store) -> None:
    # Two characters or fewer: each call is probed in the page's order (no trigram index).
    with session_factory() as s:
        flt = repo.CallFilter(text="还")
        first = repo.list_calls(s, flt, limit=1)
        second = repo.list_calls(s, flt, first.next_cursor, limit=1)
    assert [c.external_id for c in [*first.items, *second.items]] == ["c-clean", "c-threat"]
    assert second.next_cursor is None


@pytest.mark.parametrize("text", ["您好", "您好，"])  # the probe and the trigram index
def test_a_capped_count_stops_one_past_the_cap(session_factory, store, text: str) -> None:
    with session_factory() as s:
        flt = repo.CallFilter(text=text)
        assert repo.count_calls(s, flt) == 2
        assert repo.count_calls(s, flt, cap=1) == 2  # "more than 1"
        assert repo.count_calls(s, flt, cap=2) == 2
        assert repo.count_calls(s, repo.CallFilter(), cap=2) == 3

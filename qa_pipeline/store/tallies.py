"""Counts of findings per (review state, category, severity, rule, agent), read from the tallies
that database triggers keep (migration 0016) instead of counting the findings.

A count is the sum over `finding_tallies` (one row per combination, as of the last compaction)
and `finding_tally_changes` (+1 / -1 rows the triggers appended since). `compact` folds the
changes into the tallies; the worker calls `compact_if_due` after storing a call's findings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Subquery, delete, func, select, text, union_all
from sqlalchemy.orm import Session

from qa_pipeline.store.models import FindingTally, FindingTallyChange

DIMENSIONS = ("review_state", "category", "severity", "rule_id", "agent_id")
TALLY_KEYS = ", ".join(DIMENSIONS)
# Changes kept before the worker folds them in: reading sums them, so they stay few.
COMPACT_AT = 5_000
# pg_advisory_xact_lock key of the compaction (one compactor at a time; any unused constant).
COMPACT_LOCK_KEY = 0x71615F74616C


def _both() -> Subquery:
    columns = [*DIMENSIONS, "n"]
    return union_all(select(*(getattr(FindingTally, c) for c in columns)),
                     select(*(getattr(FindingTallyChange, c) for c in columns))).subquery()


def _where(rows: Subquery, conditions: Mapping[str, Sequence[str]]) -> list[Any]:
    out = []
    for name, values in conditions.items():
        values = list(dict.fromkeys(values))
        if values:
            out.append(rows.c[name].in_(values) if len(values) > 1 else rows.c[name] == values[0])
    return out


def count(session: Session, conditions: Mapping[str, Sequence[str]]) -> int:
    """Findings whose dimensions take one of the given values (a dimension not named: any)."""
    rows = _both()
    return int(session.scalar(select(func.coalesce(func.sum(rows.c.n), 0)).where(*_where(rows, conditions))) or 0)


def count_by(session: Session, dimension: str, conditions: Mapping[str, Sequence[str]]) -> list[tuple[str, int]]:
    """Per value of `dimension`, the findings with it that meet `conditions` (values with none left out).

    Findings with no agent are not listed under agent_id.
    """
    rows = _both()
    column = rows.c[dimension]
    stmt = select(column, func.sum(rows.c.n)).where(*_where(rows, conditions)).group_by(column) \
        .having(func.sum(rows.c.n) > 0)
    return [(value, int(n)) for value, n in session.execute(stmt) if value != ""]


def compact(session: Session) -> int:
    """Fold the changes into the tallies, in the caller's transaction; the changes folded.

    On PostgreSQL one statement moves the rows (so a change committed meanwhile is either
    moved or left for next time, never lost), and one compactor runs at a time (another
    returns 0 at once). SQLite has one writer at a time: the write lock is taken first.
    """
    if session.get_bind().dialect.name == "postgresql":
        if not session.scalar(select(func.pg_try_advisory_xact_lock(COMPACT_LOCK_KEY))):
            return 0
        moved = session.execute(text(
            f"WITH moved AS (DELETE FROM finding_tally_changes RETURNING {TALLY_KEYS}, n), "
            f"folded AS (INSERT INTO finding_tallies AS t ({TALLY_KEYS}, n) "
            f"SELECT {TALLY_KEYS}, sum(n) FROM moved GROUP BY {TALLY_KEYS} "
            f"ON CONFLICT ({TALLY_KEYS}) DO UPDATE SET n = t.n + excluded.n) "
            f"SELECT count(*) FROM moved"))
        return int(moved.scalar_one())
    session.execute(text("DELETE FROM finding_tally_changes WHERE 0"))  # the write lock, now
    n = session.scalar(select(func.count()).select_from(FindingTallyChange)) or 0
    if n:
        session.execute(text(
            f"INSERT INTO finding_tallies ({TALLY_KEYS}, n) SELECT {TALLY_KEYS}, sum(n) FROM finding_tally_changes "
            f"WHERE true GROUP BY {TALLY_KEYS} ON CONFLICT ({TALLY_KEYS}) DO UPDATE SET n = n + excluded.n"))
        session.execute(delete(FindingTallyChange))
    return n


def compact_if_due(session: Session, at: int = COMPACT_AT) -> int:
    """`compact` and commit when more than `at` changes wait; the changes folded."""
    waiting = session.scalar(select(func.count()).select_from(
        select(FindingTallyChange.id).limit(at + 1).subquery())) or 0
    if waiting <= at:
        return 0
    folded = compact(session)
    session.commit()
    return folded

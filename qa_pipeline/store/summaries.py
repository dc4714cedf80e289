"""Checking and rebuilding the queue's summaries (`queue_calls` and the finding tallies).

Database triggers keep them (migration 0016, `store/migrations/summaries.py`); these are for an
operator in doubt (after a restore, a bulk load with the triggers dropped, or SQL run by hand):
`qa-pipeline db summaries` says whether they agree with the findings, `--rebuild` recomputes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from qa_pipeline.store.migrations import summaries as ddl

_STORED_QUEUE = "SELECT facet, value, call_id, worst, findings, started_at, agent_id FROM queue_calls"
_STORED_TALLIES = (f"SELECT {ddl.TALLY_KEYS}, sum(n) FROM (SELECT {ddl.TALLY_KEYS}, n FROM finding_tallies "
                   f"UNION ALL SELECT {ddl.TALLY_KEYS}, n FROM finding_tally_changes) AS t "
                   f"GROUP BY {ddl.TALLY_KEYS} HAVING sum(n) <> 0")
_EXPECTED_TALLIES = (f"SELECT review_state, category, severity, rule_id, coalesce(agent_id, ''), count(*) "
                     f"FROM findings GROUP BY {ddl.TALLY_KEYS}")


@dataclass(frozen=True, slots=True)
class SummaryCheck:
    """Rows of each summary that a recomputation from the findings would not give, and that it lacks."""

    queue_rows: int
    queue_extra: int
    queue_missing: int
    tally_combinations: int
    tally_extra: int
    tally_missing: int

    @property
    def agrees(self) -> bool:
        return not (self.queue_extra or self.queue_missing or self.tally_extra or self.tally_missing)


def _count(session: Session, sql: str) -> int:
    return int(session.execute(text(f"SELECT count(*) FROM ({sql}) AS q")).scalar_one())


def _rows(sql: str) -> str:
    """`sql` as one operand of EXCEPT (its own UNION ALLs kept together)."""
    return f"SELECT * FROM ({sql}) AS rows_"


def check(session: Session) -> SummaryCheck:
    expected_queue = _rows(ddl.open_groups("1 = 1"))
    return SummaryCheck(
        queue_rows=_count(session, _STORED_QUEUE),
        queue_extra=_count(session, f"{_rows(_STORED_QUEUE)} EXCEPT {expected_queue}"),
        queue_missing=_count(session, f"{expected_queue} EXCEPT {_rows(_STORED_QUEUE)}"),
        tally_combinations=_count(session, _STORED_TALLIES),
        tally_extra=_count(session, f"{_rows(_STORED_TALLIES)} EXCEPT {_rows(_EXPECTED_TALLIES)}"),
        tally_missing=_count(session, f"{_rows(_EXPECTED_TALLIES)} EXCEPT {_rows(_STORED_TALLIES)}"))


def rebuild(session: Session) -> None:
    """Both summaries recomputed from the findings, in the caller's transaction."""
    connection = session.connection()
    ddl.rebuild(connection.exec_driver_sql)

"""The queue's summaries and the triggers that keep them, as migration 0016 creates them.

Like a migration, this file is frozen once released: it holds the DDL that migration ran.
Two summaries are kept by triggers on `findings` (so no code path that writes findings can
forget them, the ORM's or a bulk load's):

- `queue_calls`: per call with open findings, the worst open severity and the number of
  open findings, overall (facet '') and per category, severity and rule. The queue lists
  and counts calls from it instead of grouping every open finding. A change to a finding
  recomputes its call's rows (on PostgreSQL at commit, under a lock per call).
- `finding_tally_changes`: +1 for a finding that arrives in a combination of (review state,
  category, severity, rule, agent), -1 for one that leaves it. Writers only append rows, so
  concurrent writers never wait for each other (a counter row per combination would make two
  writers lock the same rows in different orders). `store.tallies.compact` folds the
  changes into `finding_tallies` (one row per combination) now and then; a count is the sum
  over both tables.

`rebuild` recomputes both from the findings (after a bulk load with the triggers dropped).
"""

from __future__ import annotations

from collections.abc import Callable

# SEVERITY_ORDER of qa_pipeline.domain.findings, as SQL (frozen here).
RANK = ("CASE f.severity WHEN 'info' THEN 0 WHEN 'low' THEN 1 WHEN 'medium' THEN 2 "
        "WHEN 'high' THEN 3 WHEN 'critical' THEN 4 ELSE -1 END")
QUEUE_COLUMNS = "facet, value, call_id, worst, findings, started_at, agent_id"
TALLY_KEYS = "review_state, category, severity, rule_id, agent_id"
# The facets a queue row is kept for: ('' is the call as a whole).
FACETS = (("", "''"), ("category", "f.category"), ("severity", "f.severity"), ("rule_id", "f.rule_id"))

Execute = Callable[[str], object]


def open_groups(where: str) -> str:
    """SELECT of the queue rows of the calls whose findings match `where` (over `findings f`)."""
    return " UNION ALL ".join(
        f"SELECT '{facet}', {column}, f.call_id, max({RANK}), count(*), c.started_at, c.agent_id "
        f"FROM findings f JOIN calls c ON c.id = f.call_id WHERE f.review_state = 'open' AND {where} "
        f"GROUP BY {column + ', ' if facet else ''}f.call_id, c.started_at, c.agent_id"
        for facet, column in FACETS)


def _tally(row: str, sign: int) -> str:
    return (f"INSERT INTO finding_tally_changes ({TALLY_KEYS}, n) VALUES ({row}.review_state, {row}.category, "
            f"{row}.severity, {row}.rule_id, coalesce({row}.agent_id, ''), {sign})")


def _refresh(call: str) -> str:
    return (f"DELETE FROM queue_calls WHERE call_id = {call}; "
            f"INSERT INTO queue_calls ({QUEUE_COLUMNS}) {open_groups(f'f.call_id = {call}')}")


WATCHED = "review_state, category, severity, rule_id, agent_id"


# pg_advisory_xact_lock(QUEUE_LOCK_SPACE, call id) serialises the refreshes of one call's rows.
QUEUE_LOCK_SPACE = 0x7175


def create_triggers(execute: Execute, dialect: str) -> None:
    if dialect == "postgresql":
        # A call's rows are refreshed at commit (deferred constraint triggers) under a lock per
        # call: by then the transaction holds every row lock it will take, so the lock cannot
        # close a cycle, and the refresh reads what the last committed refresher of the call
        # saw plus its own changes. Refreshing at each row instead could store an aggregate
        # computed before a concurrent review of the same call committed.
        execute(f"""
            CREATE FUNCTION qa_queue_refresh(target bigint) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock({QUEUE_LOCK_SPACE}, mod(target, 2147483647)::int);
                {_refresh('target')};
            END $$""")
        execute("""
            CREATE FUNCTION qa_findings_queue() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    PERFORM qa_queue_refresh(OLD.call_id);
                ELSE
                    PERFORM qa_queue_refresh(NEW.call_id);
                END IF;
                RETURN NULL;
            END $$""")
        execute(f"CREATE CONSTRAINT TRIGGER findings_queue AFTER INSERT OR DELETE OR UPDATE OF {WATCHED} "
                "ON findings DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION qa_findings_queue()")
        execute("""
            CREATE FUNCTION qa_calls_queue() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM qa_queue_refresh(NEW.id);
                RETURN NULL;
            END $$""")
        execute("CREATE CONSTRAINT TRIGGER calls_queue AFTER UPDATE OF started_at, agent_id ON calls "
                "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION qa_calls_queue()")
        # The tallies only get rows appended: at once, with no lock.
        execute(f"""
            CREATE FUNCTION qa_findings_tally() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    {_tally('OLD', -1)};
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    {_tally('NEW', 1)};
                END IF;
                RETURN NULL;
            END $$""")
        execute(f"CREATE TRIGGER findings_tally AFTER INSERT OR DELETE OR UPDATE OF {WATCHED} ON findings "
                "FOR EACH ROW EXECUTE FUNCTION qa_findings_tally()")
        return
    # SQLite has one writer at a time: the rows are refreshed at once.
    execute(f"CREATE TRIGGER findings_summaries_insert AFTER INSERT ON findings BEGIN "
            f"{_tally('NEW', 1)}; {_refresh('NEW.call_id')}; END")
    execute(f"CREATE TRIGGER findings_summaries_delete AFTER DELETE ON findings BEGIN "
            f"{_tally('OLD', -1)}; {_refresh('OLD.call_id')}; END")
    execute(f"CREATE TRIGGER findings_summaries_update AFTER UPDATE OF {WATCHED} ON findings BEGIN "
            f"{_tally('OLD', -1)}; {_tally('NEW', 1)}; {_refresh('NEW.call_id')}; END")
    execute("CREATE TRIGGER calls_summaries AFTER UPDATE OF started_at, agent_id ON calls BEGIN "
            "UPDATE queue_calls SET started_at = NEW.started_at, agent_id = NEW.agent_id "
            "WHERE call_id = NEW.id; END")


def drop_triggers(execute: Execute, dialect: str) -> None:
    if dialect == "postgresql":
        execute("DROP TRIGGER IF EXISTS findings_queue ON findings")
        execute("DROP TRIGGER IF EXISTS findings_tally ON findings")
        execute("DROP TRIGGER IF EXISTS calls_queue ON calls")
        for function in ("qa_findings_queue()", "qa_findings_tally()", "qa_calls_queue()",
                         "qa_queue_refresh(bigint)"):
            execute(f"DROP FUNCTION IF EXISTS {function}")
        return
    for name in ("findings_summaries_insert", "findings_summaries_delete", "findings_summaries_update",
                 "calls_summaries"):
        execute(f"DROP TRIGGER IF EXISTS {name}")


def rebuild(execute: Execute) -> None:
    """Both summaries recomputed from the findings, in the caller's transaction."""
    execute("DELETE FROM queue_calls")
    execute(f"INSERT INTO queue_calls ({QUEUE_COLUMNS}) {open_groups('1 = 1')}")
    execute("DELETE FROM finding_tally_changes")
    execute("DELETE FROM finding_tallies")
    execute(f"INSERT INTO finding_tallies ({TALLY_KEYS}, n) SELECT review_state, category, severity, rule_id, "
            f"coalesce(agent_id, ''), count(*) FROM findings GROUP BY {TALLY_KEYS}")

"""The append-only trigger, as migrations create and drop it (0007 for reviews and the audit log,
0010 around its backfill, 0011 for appeals, 0012 for sampling verdicts).

Like a migration, this file is frozen once released: it holds the DDL those migrations ran, so
they stay what they were. A trigger refuses every UPDATE of the table's rows; DELETE stays possible
(erasure and retention). On PostgreSQL each trigger calls one function, `qa_append_only()`.
"""

from __future__ import annotations

from alembic import op


def _postgresql() -> bool:
    return bool(op.get_bind().dialect.name == "postgresql")


def create_function() -> None:
    """PostgreSQL's trigger function (migration 0007); nothing on SQLite."""
    if _postgresql():
        op.execute("""
            CREATE FUNCTION qa_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
            END $$""")


def drop_function() -> None:
    if _postgresql():
        op.execute("DROP FUNCTION IF EXISTS qa_append_only()")


def create_trigger(table: str) -> None:
    if _postgresql():
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION qa_append_only()")
    else:
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END")


def drop_trigger(table: str) -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only" + (f" ON {table}" if _postgresql() else ""))

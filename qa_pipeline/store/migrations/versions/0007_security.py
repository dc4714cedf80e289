"""Server-side review-page sessions (signing out ends them on the server); audit-log
entries and reviews can no longer be changed in the database (a trigger refuses UPDATE).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("api_key_id", ID, nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["api_key_id"], ["api_keys.id"], name=op.f("fk_web_sessions_api_key_id_api_keys"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_sessions")),
    )
    op.create_index(op.f("ix_web_sessions_api_key_id"), "web_sessions", ["api_key_id"], unique=False)
    _append_only_triggers()


# Rows of these tables are written once. The ORM refuses changes too; the trigger
# also stops anyone with SQL access (DELETE stays possible for retention and erasure).
APPEND_ONLY = ("audit_log", "reviews")


def _append_only_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION qa_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
            END $$""")
        for table in APPEND_ONLY:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION qa_append_only()")
    else:
        for table in APPEND_ONLY:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END")


def _drop_append_only_triggers() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only" + (f" ON {table}" if postgresql else ""))
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS qa_append_only()")


def downgrade() -> None:
    _drop_append_only_triggers()
    op.drop_index(op.f("ix_web_sessions_api_key_id"), table_name="web_sessions")
    op.drop_table("web_sessions")

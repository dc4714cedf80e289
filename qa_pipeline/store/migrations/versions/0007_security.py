"""Server-side review-page sessions (signing out ends them on the server); audit-log
entries and reviews can no longer be changed in the database (a trigger refuses UPDATE).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qa_pipeline.store.migrations import append_only

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
    append_only.create_function()
    for table in APPEND_ONLY:
        append_only.create_trigger(table)


def _drop_append_only_triggers() -> None:
    for table in APPEND_ONLY:
        append_only.drop_trigger(table)
    append_only.drop_function()


def downgrade() -> None:
    _drop_append_only_triggers()
    op.drop_index(op.f("ix_web_sessions_api_key_id"), table_name="web_sessions")
    op.drop_table("web_sessions")

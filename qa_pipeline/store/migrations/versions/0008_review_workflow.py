"""Review workflow: a version on each finding (reviews say which one they were made on), call claims,
and the transcript text search (SQLite: an FTS5 trigram index kept by triggers; PostgreSQL: a pg_trgm
GIN index, which serves LIKE '%...%').

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("finding_version", sa.Integer(), nullable=True))
    with op.batch_alter_table("calls") as batch:
        batch.add_column(sa.Column("review_claimed_by", sa.String(200), nullable=True))
        batch.add_column(sa.Column("review_claimed_until", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_calls_debtor_id_id", "calls", ["debtor_id", "id"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_utterances_text_trgm ON utterances USING gin (text gin_trgm_ops)")
        op.execute("CREATE INDEX ix_findings_text_trgm ON findings USING gin (text gin_trgm_ops)")


SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE utterances_fts USING fts5(text, content='utterances', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TRIGGER utterances_fts_insert AFTER INSERT ON utterances BEGIN "
    "INSERT INTO utterances_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER utterances_fts_delete AFTER DELETE ON utterances BEGIN "
    "INSERT INTO utterances_fts(utterances_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER utterances_fts_update AFTER UPDATE ON utterances BEGIN "
    "INSERT INTO utterances_fts(utterances_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO utterances_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO utterances_fts(utterances_fts) VALUES ('rebuild')",
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS utterances_fts_{name}")
        op.execute("DROP TABLE IF EXISTS utterances_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_utterances_text_trgm")
        op.execute("DROP INDEX IF EXISTS ix_findings_text_trgm")
    op.drop_index("ix_calls_debtor_id_id", table_name="calls")
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("review_claimed_until")
        batch.drop_column("review_claimed_by")
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("finding_version")
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("version")

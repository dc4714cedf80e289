"""The audit log becomes a hash chain (each entry stores the previous entry's hash and its own;
existing entries are chained in id order), and calls record when the retention policy deleted
their recording (`recording_deleted_at`).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qa_pipeline.store.migrations import append_only

# The chain's hash is the product's contract with `qa-pipeline audit-log verify`, not a schema detail:
# the backfill uses the same function, so what it writes is what verify checks.
from qa_pipeline.store.audit_chain import GENESIS, entry_hash
from qa_pipeline.store.models import JsonDoc, UTCDateTime

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000

_audit_log = sa.table(
    "audit_log",
    sa.column("id", sa.BigInteger()), sa.column("at", UTCDateTime()), sa.column("actor", sa.String()),
    sa.column("api_key_id", sa.BigInteger()), sa.column("action", sa.String()),
    sa.column("object_type", sa.String()), sa.column("object_id", sa.String()), sa.column("detail", JsonDoc),
    sa.column("prev_hash", sa.String()), sa.column("entry_hash", sa.String()),
)



def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("calls") as batch:
        batch.add_column(sa.Column("recording_deleted_at", sa.DateTime(timezone=True), nullable=True))
    if postgresql:
        op.add_column("audit_log", sa.Column("prev_hash", sa.String(64), nullable=True))
        op.add_column("audit_log", sa.Column("entry_hash", sa.String(64), nullable=True))
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        _backfill()
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
        op.alter_column("audit_log", "prev_hash", nullable=False)
        op.alter_column("audit_log", "entry_hash", nullable=False)
    else:
        # SQLite adds a NOT NULL column only with a default; the backfill replaces it at once.
        op.execute("ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR(64) NOT NULL DEFAULT ''")
        op.execute("ALTER TABLE audit_log ADD COLUMN entry_hash VARCHAR(64) NOT NULL DEFAULT ''")
        op.execute("DROP TRIGGER audit_log_append_only")
        _backfill()
        append_only.create_trigger("audit_log")  # migration 0007's (it refuses the backfill's UPDATEs too)


def _backfill() -> None:
    """Chain the existing entries in id order, a batch at a time."""
    conn = op.get_bind()
    prev, last_id = GENESIS, 0
    fill = (sa.update(_audit_log).where(_audit_log.c.id == sa.bindparam("row_id"))
            .values(prev_hash=sa.bindparam("prev"), entry_hash=sa.bindparam("hash")))
    while True:
        rows = conn.execute(sa.select(_audit_log).where(_audit_log.c.id > last_id)
                            .order_by(_audit_log.c.id).limit(BATCH)).all()
        if not rows:
            return
        params = []
        for row in rows:
            digest = entry_hash(prev, row)
            params.append({"row_id": row.id, "prev": prev, "hash": digest})
            prev = digest
        conn.execute(fill, params)
        last_id = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("recording_deleted_at")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_column("audit_log", "entry_hash")
        op.drop_column("audit_log", "prev_hash")
    else:
        # DROP COLUMN keeps the table (and its trigger) on SQLite 3.35+.
        op.execute("ALTER TABLE audit_log DROP COLUMN entry_hash")
        op.execute("ALTER TABLE audit_log DROP COLUMN prev_hash")

"""Re-scan diffs: per re-scan of a call, the pack versions before and after and the findings it
added, removed and kept.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON_DOC = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "call_rescans",
        sa.Column("id", ID, nullable=False),
        sa.Column("call_id", ID, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("old_pack_name", sa.String(100), nullable=True),
        sa.Column("old_pack_version", sa.String(50), nullable=True),
        sa.Column("new_pack_name", sa.String(100), nullable=False),
        sa.Column("new_pack_version", sa.String(50), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.Column("kept", sa.Integer(), nullable=False),
        sa.Column("kept_reviewed", sa.Integer(), nullable=False),
        sa.Column("findings", JSON_DOC, nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_call_rescans_call_id_calls"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_rescans")),
    )
    op.create_index("ix_call_rescans_call_id_id", "call_rescans", ["call_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_call_rescans_call_id_id", table_name="call_rescans")
    op.drop_table("call_rescans")

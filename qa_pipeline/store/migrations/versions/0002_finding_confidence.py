"""Findings carry a confidence (0-1) and whether they need listening before they count.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=False, server_default="1.0"))
        batch.add_column(sa.Column("needs_listening", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index("ix_findings_needs_listening_call_date_id", "findings",
                    ["needs_listening", "call_date", "id"])


def downgrade() -> None:
    op.drop_index("ix_findings_needs_listening_call_date_id", table_name="findings")
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("needs_listening")
        batch.drop_column("confidence")

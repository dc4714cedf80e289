"""Review workflow: a version on each finding (reviews say which one they were made on) and call claims.

Revision ID: 0004
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0002"
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


def downgrade() -> None:
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("review_claimed_until")
        batch.drop_column("review_claimed_by")
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("finding_version")
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("version")

"""The contact ledger: every dial attempt (call-detail records), answered or not.

Revision ID: 0005
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of the model's id type: a migration must not change when models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
RESULTS = ("answered", "no_answer", "busy", "invalid_number", "rejected", "voicemail", "failed")


def upgrade() -> None:
    op.create_table(
        "contact_attempts",
        sa.Column("id", ID, nullable=False),
        sa.Column("attempt_id", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("number", sa.String(length=50), nullable=False),
        sa.Column("debtor_id", sa.String(length=200), nullable=False),
        sa.Column("agency", sa.String(length=200), nullable=False),
        sa.Column("result", sa.Enum(*RESULTS, name="contact_result", native_enum=False, length=16), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("call_external_id", sa.String(length=200), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_attempts")),
        sa.UniqueConstraint("attempt_id", name=op.f("uq_contact_attempts_attempt_id")),
    )
    op.create_index("ix_contact_attempts_debtor_id_at", "contact_attempts", ["debtor_id", "at"])
    op.create_index("ix_contact_attempts_number_local_date", "contact_attempts", ["number", "local_date"])
    op.create_index("ix_contact_attempts_call_external_id", "contact_attempts", ["call_external_id"])


def downgrade() -> None:
    op.drop_index("ix_contact_attempts_call_external_id", table_name="contact_attempts")
    op.drop_index("ix_contact_attempts_number_local_date", table_name="contact_attempts")
    op.drop_index("ix_contact_attempts_debtor_id_at", table_name="contact_attempts")
    op.drop_table("contact_attempts")

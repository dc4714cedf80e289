"""Review team: calls assigned to reviewers, and appeals (申诉) against confirmed findings with their
final rulings. Appeals and rulings are append-only like reviews (a trigger refuses UPDATE).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qa_pipeline.store.migrations import append_only

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
APPEND_ONLY = ("appeals", "appeal_rulings")


def upgrade() -> None:
    with op.batch_alter_table("calls") as batch:
        batch.add_column(sa.Column("assigned_to", sa.String(200), nullable=True))
        batch.add_column(sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_calls_assigned_to_id", "calls", ["assigned_to", "id"])
    op.create_table(
        "appeals",
        sa.Column("id", ID, nullable=False),
        sa.Column("finding_id", ID, nullable=False),
        sa.Column("finding_version", sa.Integer(), nullable=False),
        sa.Column("filed_by", sa.String(200), nullable=False),
        sa.Column("api_key_id", ID, nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"], name=op.f("fk_appeals_finding_id_findings"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["api_key_id"], ["api_keys.id"], name=op.f("fk_appeals_api_key_id_api_keys"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appeals")),
        sa.UniqueConstraint("finding_id", "finding_version", name=op.f("uq_appeals_finding_id_finding_version")),
    )
    op.create_index("ix_appeals_filed_at", "appeals", ["filed_at"])
    op.create_table(
        "appeal_rulings",
        sa.Column("id", ID, nullable=False),
        sa.Column("appeal_id", ID, nullable=False),
        sa.Column("outcome", sa.Enum("upheld", "overturned", name="appeal_outcome", native_enum=False, length=16),
                  nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("ruled_by", sa.String(200), nullable=False),
        sa.Column("api_key_id", ID, nullable=True),
        sa.Column("review_id", ID, nullable=True),
        sa.Column("ruled_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["appeal_id"], ["appeals.id"], name=op.f("fk_appeal_rulings_appeal_id_appeals"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["api_key_id"], ["api_keys.id"],
                                name=op.f("fk_appeal_rulings_api_key_id_api_keys"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["review_id"], ["reviews.id"], name=op.f("fk_appeal_rulings_review_id_reviews"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appeal_rulings")),
        sa.UniqueConstraint("appeal_id", name=op.f("uq_appeal_rulings_appeal_id")),
    )
    for table in APPEND_ONLY:  # on PostgreSQL they call migration 0007's qa_append_only()
        append_only.create_trigger(table)


def downgrade() -> None:
    for table in APPEND_ONLY:
        append_only.drop_trigger(table)
    op.drop_table("appeal_rulings")
    op.drop_index("ix_appeals_filed_at", table_name="appeals")
    op.drop_table("appeals")
    op.drop_index("ix_calls_assigned_to_id", table_name="calls")
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("assigned_at")
        batch.drop_column("assigned_to")

"""QA programme: the team on each call (rates per team), and sampling plans with their drawn calls and
the reviewers' verdicts (append-only, like reviews: a trigger refuses UPDATE).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qa_pipeline.store.migrations import append_only
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON_DOC = sa.JSON().with_variant(JSONB(), "postgresql")
KINDS = ("random", "rule_based")
OUTCOMES = ("no_miss", "missed_violation")


def upgrade() -> None:
    with op.batch_alter_table("calls") as batch:
        batch.add_column(sa.Column("team", sa.String(200), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE calls SET team = left(metadata->>'team', 200) WHERE jsonb_typeof(metadata->'team') = 'string'")
    else:
        op.execute("UPDATE calls SET team = substr(json_extract(metadata, '$.team'), 1, 200) "
                   "WHERE json_type(metadata, '$.team') = 'text'")
    op.create_index("ix_calls_team_call_date", "calls", ["team", "call_date"])
    op.create_table(
        "sampling_plans",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.Enum(*KINDS, name="sample_kind", native_enum=False, length=16), nullable=False),
        sa.Column("criteria", JSON_DOC, nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sampling_plans")),
    )
    op.create_table(
        "sampled_calls",
        sa.Column("id", ID, nullable=False),
        sa.Column("plan_id", ID, nullable=False),
        sa.Column("call_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("clean", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["sampling_plans.id"], name=op.f("fk_sampled_calls_plan_id_sampling_plans"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_sampled_calls_call_id_calls"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sampled_calls")),
        sa.UniqueConstraint("plan_id", "call_id", name=op.f("uq_sampled_calls_plan_id_call_id")),
    )
    op.create_index(op.f("ix_sampled_calls_call_id"), "sampled_calls", ["call_id"])
    op.create_index("ix_sampled_calls_plan_id_position", "sampled_calls", ["plan_id", "position"])
    op.create_table(
        "sample_reviews",
        sa.Column("id", ID, nullable=False),
        sa.Column("sampled_call_id", ID, nullable=False),
        sa.Column("api_key_id", ID, nullable=True),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("outcome", sa.Enum(*OUTCOMES, name="sample_outcome", native_enum=False, length=16),
                  nullable=False),
        sa.Column("category", sa.String(50), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["sampled_call_id"], ["sampled_calls.id"],
                                name=op.f("fk_sample_reviews_sampled_call_id_sampled_calls"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["api_key_id"], ["api_keys.id"], name=op.f("fk_sample_reviews_api_key_id_api_keys"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_reviews")),
    )
    op.create_index(op.f("ix_sample_reviews_sampled_call_id"), "sample_reviews", ["sampled_call_id"])
    # Like reviews (migration 0007): a verdict is written once; DELETE stays possible for retention.
    append_only.create_trigger("sample_reviews")


def downgrade() -> None:
    append_only.drop_trigger("sample_reviews")
    op.drop_index(op.f("ix_sample_reviews_sampled_call_id"), table_name="sample_reviews")
    op.drop_table("sample_reviews")
    op.drop_index("ix_sampled_calls_plan_id_position", table_name="sampled_calls")
    op.drop_index(op.f("ix_sampled_calls_call_id"), table_name="sampled_calls")
    op.drop_table("sampled_calls")
    op.drop_table("sampling_plans")
    op.drop_index("ix_calls_team_call_date", table_name="calls")
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("team")

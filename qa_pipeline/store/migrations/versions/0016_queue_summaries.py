"""The queue's summaries, kept by triggers on `findings`: `queue_calls` (per call with open findings,
its worst open severity and open count, overall and per category, severity and rule) and
`finding_tallies` with `finding_tally_changes` (counts per review state, category, severity, rule
and agent), so the
queue page and its filter counts read a row per call or per combination instead of grouping
every finding.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qa_pipeline.store.migrations import summaries

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


TALLY_KEYS = ("review_state", "category", "severity", "rule_id", "agent_id")


def _tally_columns() -> list[sa.Column[object]]:
    return [sa.Column("review_state", sa.String(16), nullable=False),
            sa.Column("category", sa.String(50), nullable=False),
            sa.Column("severity", sa.String(16), nullable=False),
            sa.Column("rule_id", sa.String(200), nullable=False),
            sa.Column("agent_id", sa.String(200), nullable=False),  # '' for none
            sa.Column("n", sa.BigInteger(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "queue_calls",
        sa.Column("facet", sa.String(16), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.Column("call_id", ID, nullable=False),
        sa.Column("worst", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("agent_id", sa.String(200), nullable=True),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_queue_calls_call_id_calls"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("facet", "value", "call_id", name=op.f("pk_queue_calls")),
    )
    # One per queue order: worst first, newest first, by agent.
    op.create_index("ix_queue_calls_worst", "queue_calls", ["facet", "value", "worst", "started_at", "call_id"])
    op.create_index("ix_queue_calls_started_at", "queue_calls", ["facet", "value", "started_at", "call_id"])
    op.create_index("ix_queue_calls_agent_id", "queue_calls",
                    ["facet", "value", "agent_id", "worst", "started_at", "call_id"])
    op.create_index("ix_queue_calls_call_id", "queue_calls", ["call_id"])
    op.create_table("finding_tallies", *_tally_columns(),
                    sa.PrimaryKeyConstraint(*TALLY_KEYS, name=op.f("pk_finding_tallies")))
    op.create_table("finding_tally_changes", sa.Column("id", ID, nullable=False), *_tally_columns(),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_tally_changes")))
    dialect = op.get_bind().dialect.name
    summaries.rebuild(op.execute)
    summaries.create_triggers(op.execute, dialect)


def downgrade() -> None:
    summaries.drop_triggers(op.execute, op.get_bind().dialect.name)
    op.drop_table("finding_tally_changes")
    op.drop_table("finding_tallies")
    op.drop_index("ix_queue_calls_call_id", table_name="queue_calls")
    op.drop_index("ix_queue_calls_agent_id", table_name="queue_calls")
    op.drop_index("ix_queue_calls_started_at", table_name="queue_calls")
    op.drop_index("ix_queue_calls_worst", table_name="queue_calls")
    op.drop_table("queue_calls")

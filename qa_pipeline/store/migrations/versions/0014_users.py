"""Named reviewer accounts: a `users` table (lower-case unique name, role, scrypt password hash, failed
sign-ins in a row and the lockout they started), and review-page sessions that belong to a user or to
an API key (exactly one of them).

Revision ID: 0014
Revises: 0012
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
ROLES = ("qa", "compliance", "admin")


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.Enum(*ROLES, name="role", native_enum=False, length=16), nullable=False),
        sa.Column("password_hash", sa.String(300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("password_set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    with op.batch_alter_table("web_sessions") as batch:
        batch.alter_column("api_key_id", existing_type=ID, nullable=True)
        batch.add_column(sa.Column("user_id", ID, nullable=True))
        batch.create_foreign_key(op.f("fk_web_sessions_user_id_users"), "users", ["user_id"], ["id"],
                                 ondelete="CASCADE")
        batch.create_index(op.f("ix_web_sessions_user_id"), ["user_id"], unique=False)
        batch.create_check_constraint("one_principal", "(api_key_id IS NULL) <> (user_id IS NULL)")


def downgrade() -> None:
    op.execute("DELETE FROM web_sessions WHERE api_key_id IS NULL")
    with op.batch_alter_table("web_sessions") as batch:
        batch.drop_constraint(op.f("ck_web_sessions_one_principal"), type_="check")
        batch.drop_index(op.f("ix_web_sessions_user_id"))
        batch.drop_constraint(op.f("fk_web_sessions_user_id_users"), type_="foreignkey")
        batch.drop_column("user_id")
        batch.alter_column("api_key_id", existing_type=ID, nullable=False)
    op.drop_table("users")

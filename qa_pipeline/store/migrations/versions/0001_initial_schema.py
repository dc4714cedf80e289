"""Initial schema: calls, utterances, findings, reviews, API keys, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 13:32:20.172858
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when models do.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table('api_keys',
    sa.Column('id', ID, nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('qa', 'compliance', 'admin', name='role', native_enum=False, length=16), nullable=False),
    sa.Column('key_hash', sa.String(length=64), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_keys')),
    sa.UniqueConstraint('key_hash', name=op.f('uq_api_keys_key_hash')),
    sa.UniqueConstraint('name', name=op.f('uq_api_keys_name'))
    )
    op.create_table('calls',
    sa.Column('id', ID, nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('source', sa.Enum('audio', 'transcript', name='call_source', native_enum=False, length=16), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=False),
    sa.Column('agent_id', sa.String(length=200), nullable=True),
    sa.Column('debtor_id', sa.String(length=200), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('call_date', sa.Date(), nullable=False),
    sa.Column('metadata', JSON_DOC, nullable=False),
    sa.Column('audio_path', sa.String(length=300), nullable=True),
    sa.Column('audio_filename', sa.String(length=255), nullable=True),
    sa.Column('audio_content_type', sa.String(length=50), nullable=True),
    sa.Column('audio_bytes', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.Enum('queued', 'processing', 'done', 'failed', name='call_status', native_enum=False, length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('roles_inferred', sa.Boolean(), nullable=False),
    sa.Column('pack_name', sa.String(length=100), nullable=True),
    sa.Column('pack_version', sa.String(length=50), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('processed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calls')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_calls_content_hash'))
    )
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index('ix_calls_agent_id_id', ['agent_id', 'id'], unique=False)
        batch_op.create_index('ix_calls_call_date_id', ['call_date', 'id'], unique=False)
        batch_op.create_index('ix_calls_debtor_id_call_date', ['debtor_id', 'call_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_calls_external_id'), ['external_id'], unique=False)
        batch_op.create_index('ix_calls_status_id', ['status', 'id'], unique=False)

    op.create_table('audit_log',
    sa.Column('id', ID, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('api_key_id', ID, nullable=True),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('object_type', sa.String(length=50), nullable=False),
    sa.Column('object_id', sa.String(length=100), nullable=True),
    sa.Column('detail', JSON_DOC, nullable=False),
    sa.ForeignKeyConstraint(['api_key_id'], ['api_keys.id'], name=op.f('fk_audit_log_api_key_id_api_keys'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_object', ['object_type', 'object_id'], unique=False)

    op.create_table('findings',
    sa.Column('id', ID, nullable=False),
    sa.Column('call_id', ID, nullable=False),
    sa.Column('rule_id', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('category', sa.String(length=50), nullable=False),
    sa.Column('severity', sa.String(length=16), nullable=False),
    sa.Column('pack_name', sa.String(length=100), nullable=False),
    sa.Column('pack_version', sa.String(length=50), nullable=False),
    sa.Column('utterance_index', sa.Integer(), nullable=True),
    sa.Column('speaker', sa.String(length=16), nullable=True),
    sa.Column('start', sa.Float(), nullable=True),
    sa.Column('end', sa.Float(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('evidence', JSON_DOC, nullable=False),
    sa.Column('review_state', sa.Enum('open', 'confirmed', 'dismissed', name='review_state', native_enum=False, length=16), nullable=False),
    sa.Column('agent_id', sa.String(length=200), nullable=True),
    sa.Column('call_date', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['calls.id'], name=op.f('fk_findings_call_id_calls'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings'))
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index('ix_findings_agent_id_call_date_id', ['agent_id', 'call_date', 'id'], unique=False)
        batch_op.create_index('ix_findings_call_date_id', ['call_date', 'id'], unique=False)
        batch_op.create_index('ix_findings_call_id', ['call_id'], unique=False)
        batch_op.create_index('ix_findings_category_call_date_id', ['category', 'call_date', 'id'], unique=False)
        batch_op.create_index('ix_findings_review_state_call_date_id', ['review_state', 'call_date', 'id'], unique=False)
        batch_op.create_index('ix_findings_rule_id_call_date_id', ['rule_id', 'call_date', 'id'], unique=False)
        batch_op.create_index('ix_findings_severity_call_date_id', ['severity', 'call_date', 'id'], unique=False)

    op.create_table('utterances',
    sa.Column('id', ID, nullable=False),
    sa.Column('call_id', ID, nullable=False),
    sa.Column('index', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.String(length=16), nullable=False),
    sa.Column('start', sa.Float(), nullable=False),
    sa.Column('end', sa.Float(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('low_confidence', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['calls.id'], name=op.f('fk_utterances_call_id_calls'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_utterances')),
    sa.UniqueConstraint('call_id', 'index', name=op.f('uq_utterances_call_id_index'))
    )
    op.create_table('reviews',
    sa.Column('id', ID, nullable=False),
    sa.Column('finding_id', ID, nullable=False),
    sa.Column('api_key_id', ID, nullable=True),
    sa.Column('reviewer', sa.String(length=200), nullable=False),
    sa.Column('decision', sa.Enum('confirm', 'dismiss', 'reopen', name='review_decision', native_enum=False, length=16), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['api_key_id'], ['api_keys.id'], name=op.f('fk_reviews_api_key_id_api_keys'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_reviews_finding_id_findings'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews'))
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_finding_id'), ['finding_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_finding_id'))

    op.drop_table('reviews')
    op.drop_table('utterances')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index('ix_findings_severity_call_date_id')
        batch_op.drop_index('ix_findings_rule_id_call_date_id')
        batch_op.drop_index('ix_findings_review_state_call_date_id')
        batch_op.drop_index('ix_findings_category_call_date_id')
        batch_op.drop_index('ix_findings_call_id')
        batch_op.drop_index('ix_findings_call_date_id')
        batch_op.drop_index('ix_findings_agent_id_call_date_id')

    op.drop_table('findings')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_object')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index('ix_calls_status_id')
        batch_op.drop_index(batch_op.f('ix_calls_external_id'))
        batch_op.drop_index('ix_calls_debtor_id_call_date')
        batch_op.drop_index('ix_calls_call_date_id')
        batch_op.drop_index('ix_calls_agent_id_id')

    op.drop_table('calls')
    op.drop_table('api_keys')

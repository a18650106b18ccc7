"""Initial schema: targets, target_state, observations, blobs, profiles, incidents.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "targets",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("url", sa.String(2048), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("interval_s", sa.Float, nullable=False),
        sa.Column("tags", sa.Text, nullable=False),
        sa.Column("render_policy", sa.String(16), nullable=False),
        sa.Column("headers", sa.Text, nullable=False),
        sa.Column("ignore_selectors", sa.Text, nullable=False),
        sa.Column("sensitivity", sa.Float, nullable=True),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("created_us", sa.BigInteger, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "target_state",
        sa.Column("target_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("next_due", sa.Float, nullable=False),
        sa.Column("etag", sa.Text, nullable=False),
        sa.Column("last_modified", sa.Text, nullable=False),
        sa.Column("last_body_hash", sa.String(64), nullable=False),
        sa.Column("last_status", sa.String(16), nullable=False),
        sa.Column("last_score", sa.Float, nullable=False),
        sa.Column("last_checked_at", sa.Float, nullable=False),
        sa.Column("consecutive_failures", sa.Integer, nullable=False),
        sa.Column("consecutive_suspicious", sa.Integer, nullable=False),
    )
    op.create_index("ix_target_state_next_due", "target_state", ["next_due"])
    op.create_table(
        "observations",
        sa.Column("target_id", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("at_us", sa.BigInteger, nullable=False),
        sa.Column("http_status", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("tls_fingerprint", sa.String(128), nullable=False),
        sa.Column("resolved_ip", sa.String(64), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("record_hash", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("until_us", sa.BigInteger, nullable=True),
        sa.PrimaryKeyConstraint("target_id", "seq", name="pk_observations"),
    )
    op.create_table(
        "blobs",
        sa.Column("hash", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("stored_us", sa.BigInteger, nullable=False),
        sa.Column("pruned_us", sa.BigInteger, nullable=True),
    )
    op.create_index("ix_blobs_stored_us", "blobs", ["stored_us"])
    op.create_table(
        "profiles",
        sa.Column("target_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("updated_us", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("target_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("opened_us", sa.BigInteger, nullable=False),
        sa.Column("updated_us", sa.BigInteger, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_incidents_target_kind_state", "incidents", ["target_id", "kind", "state"])


def downgrade() -> None:
    for table in ("incidents", "profiles", "blobs", "observations", "target_state", "targets"):
        op.drop_table(table)

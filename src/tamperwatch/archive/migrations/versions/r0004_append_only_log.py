"""The append-only log: a leaf per observation and incident event, signed incident events, and the
log's state (the frontier and heads of the last checkpoint).

Rows written before this revision are logged by ``SqlArchive.open`` (it holds the signing key).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None
LOG_INDEX = sa.BigInteger().with_variant(sa.Integer, "sqlite")  # SQLite: the rowid itself


def upgrade() -> None:
    op.create_table(
        "log_leaves",
        sa.Column("idx", LOG_INDEX, primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("target_id", sa.Integer, nullable=True),
        sa.Column("seq", sa.Integer, nullable=True),
        sa.Column("record_hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_log_leaves_target_seq", "log_leaves", ["target_id", "seq"])
    op.create_table(
        "incident_events",
        sa.Column("idx", LOG_INDEX, primary_key=True, autoincrement=False),
        sa.Column("incident_id", sa.Integer, nullable=False),
        sa.Column("change", sa.String(32), nullable=False),
        sa.Column("at_us", sa.BigInteger, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("record_hash", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
    )
    op.create_index("ix_incident_events_incident", "incident_events", ["incident_id"])
    log_state = op.create_table(
        "log_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("frontier_size", sa.BigInteger, nullable=False),
        sa.Column("frontier", sa.LargeBinary, nullable=False),
        sa.Column("heads", sa.Text, nullable=False),
        sa.Column("checkpoint_us", sa.BigInteger, nullable=False),
        sa.Column("adopted", sa.Integer, nullable=False),
    )
    op.bulk_insert(
        log_state,
        [
            {
                "id": 1,
                "frontier_size": 0,
                "frontier": b"",
                "heads": "{}",
                "checkpoint_us": 0,
                "adopted": 0,
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("log_state")
    op.drop_index("ix_incident_events_incident", "incident_events")
    op.drop_table("incident_events")
    op.drop_index("ix_log_leaves_target_seq", "log_leaves")
    op.drop_table("log_leaves")

"""Held notifications: the last change of each incident that a maintenance window held, kept
until the window ends so a restart does not forget it (new table only; created in the
migration's transaction).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "held_notifications",
        sa.Column("incident_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("target_id", sa.Integer, nullable=False),
        sa.Column("target_url", sa.Text, nullable=False),
        sa.Column("change", sa.String(50), nullable=False),
        sa.Column("at_us", sa.BigInteger, nullable=False),
        sa.Column("held_us", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_held_notifications_held", "held_notifications", ["held_us"])


def downgrade() -> None:
    op.drop_index("ix_held_notifications_held", "held_notifications")
    op.drop_table("held_notifications")

"""Maintenance windows: a target, or every target with a tag, whose alerts are held for a while
(new table only; created in the migration's transaction).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "maintenance_windows",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("target_id", sa.Integer, nullable=True),
        sa.Column("tag", sa.String(100), nullable=True),
        sa.Column("starts_us", sa.BigInteger, nullable=False),
        sa.Column("ends_us", sa.BigInteger, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_us", sa.BigInteger, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_maintenance_windows_ends", "maintenance_windows", ["ends_us"])


def downgrade() -> None:
    op.drop_index("ix_maintenance_windows_ends", "maintenance_windows")
    op.drop_table("maintenance_windows")

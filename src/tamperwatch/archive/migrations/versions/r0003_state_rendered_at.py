"""Keep the time of a target's last render in its state, so a periodic render's due time is known
without loading the target's profile on every check.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("target_state") as batch:
        batch.add_column(sa.Column("rendered_at", sa.Float, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("target_state") as batch:
        batch.drop_column("rendered_at")

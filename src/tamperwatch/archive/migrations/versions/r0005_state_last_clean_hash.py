"""Keep the body hash of a target's last clean capture in its state, so the detectors that judge a
change against the last clean page still have it after a suspicious or defaced check.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("target_state") as batch:
        batch.add_column(sa.Column("last_clean_hash", sa.String(64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("target_state") as batch:
        batch.drop_column("last_clean_hash")

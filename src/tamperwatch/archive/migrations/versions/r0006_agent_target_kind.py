"""Agent roots get a target kind of their own: the targets an anti-tamper agent recorded before as
``stream`` targets (a ``file://HOST/ROOT`` URL tagged ``agent``, that no stream loop ran) become
``agent`` targets. Data only; it runs in the migration's transaction.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

AGENT_ROOTS = "url LIKE 'file://%' AND tags LIKE '%\"agent\"%'"


def upgrade() -> None:
    op.execute(sa.text(f"UPDATE targets SET kind = 'agent' WHERE kind = 'stream' AND {AGENT_ROOTS}"))


def downgrade() -> None:
    op.execute(sa.text(f"UPDATE targets SET kind = 'stream' WHERE kind = 'agent' AND {AGENT_ROOTS}"))

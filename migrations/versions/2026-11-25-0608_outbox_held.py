"""outbox_held

Revision ID: d28081bd19db
Revises: 399240cca1de
Create Date: 2026-11-25 06:08:47.165934+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d28081bd19db"
down_revision: str | None = "399240cca1de"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.drop_constraint("outbox_status", "ccus_outbox", type_="check")
    op.create_check_constraint(
        "outbox_status",
        "ccus_outbox",
        "status IN ('pending', 'sending', 'awaiting_result', 'held', 'succeeded', 'failed', "
        "'cancelled')",
    )
    op.create_index(
        "ix_ccus_outbox_held",
        "ccus_outbox",
        ["tenant_id", "entity_id"],
        postgresql_where=sa.text("status = 'held'"),
    )


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.drop_index("ix_ccus_outbox_held", table_name="ccus_outbox")
    op.execute("UPDATE ccus_outbox SET status = 'pending' WHERE status = 'held'")
    op.drop_constraint("outbox_status", "ccus_outbox", type_="check")
    op.create_check_constraint(
        "outbox_status",
        "ccus_outbox",
        "status IN ('pending', 'sending', 'awaiting_result', 'succeeded', 'failed', 'cancelled')",
    )

"""attendance_fold_queue

Revision ID: 5e1f0c9a7b21
Revises: d28081bd19db
Create Date: 2026-11-28 07:00:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e1f0c9a7b21"
down_revision: str | None = "d28081bd19db"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade(app_role: str) -> None:
    # Terminal events are folded into work days by the worker; these are the ones waiting.
    # Built concurrently: gates keep sending while a large attendance_events is indexed.
    with op.get_context().autocommit_block():
        op.execute("SET lock_timeout = '5s'")
        op.create_index(
            "ix_attendance_events_unfolded",
            "attendance_events",
            ["tenant_id", "id"],
            postgresql_where=sa.text("result = 'accepted' AND work_day_id IS NULL"),
            postgresql_concurrently=True,
        )
        op.execute("RESET lock_timeout")


def downgrade(app_role: str) -> None:
    with op.get_context().autocommit_block():
        op.execute("SET lock_timeout = '5s'")
        op.drop_index(
            "ix_attendance_events_unfolded",
            table_name="attendance_events",
            postgresql_concurrently=True,
        )
        op.execute("RESET lock_timeout")

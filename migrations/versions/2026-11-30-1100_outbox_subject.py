"""outbox_subject: whose a 施工体制 record is, as CCUS named it in its refusal

Revision ID: 7c3a9e5d1f40
Revises: 7c3e5a1d9f42
Create Date: 2026-11-30 11:00:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c3a9e5d1f40"
down_revision: str | None = "7c3e5a1d9f42"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.add_column("ccus_outbox", sa.Column("subject_business_id", sa.Uuid(), nullable=True))
    op.add_column("ccus_outbox", sa.Column("subject_worker_id", sa.Uuid(), nullable=True))


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.drop_column("ccus_outbox", "subject_worker_id")
    op.drop_column("ccus_outbox", "subject_business_id")

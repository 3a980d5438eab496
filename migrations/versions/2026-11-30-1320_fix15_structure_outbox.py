"""fix15_structure_outbox: which outbox row sent each 施工体制 difference, so a refused record
lists every difference CCUS refused (エラー対象者一覧), not the first only

Revision ID: 5e2b8f1c9a63
Revises: a17b0c3e5d91
Create Date: 2026-11-30 13:00:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e2b8f1c9a63"
down_revision: str | None = "a17b0c3e5d91"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.add_column("structure_changes", sa.Column("outbox_id", sa.Uuid(), nullable=True))
    op.create_index(
        "ix_structure_changes_refused_by",
        "structure_changes",
        ["tenant_id", "outbox_id"],
        postgresql_where=sa.text("ccus_error_code IS NOT NULL"),
    )


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.drop_index("ix_structure_changes_refused_by", table_name="structure_changes")
    op.drop_column("structure_changes", "outbox_id")

"""site_worker_editing

Revision ID: 8c3a51d0e4f7
Revises: 5e1f0c9a7b21
Create Date: 2026-11-30 10:40:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8c3a51d0e4f7"
down_revision: str | None = "5e1f0c9a7b21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS = ("added", "updated", "removed", "worker_added", "worker_updated")
_CHECK = "ck_structure_changes_structure_change_kind"


def _kind_check(kinds: Sequence[str]) -> None:
    op.execute(f"ALTER TABLE structure_changes DROP CONSTRAINT IF EXISTS {_CHECK}")
    listed = ", ".join(f"'{kind}'" for kind in kinds)
    op.execute(f"ALTER TABLE structure_changes ADD CONSTRAINT {_CHECK} CHECK (kind IN ({listed}))")


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    # 特別加入労災 of a site worker; 法定福利 / 現場労災 of a business on a site (null: 未).
    op.add_column(
        "site_workers",
        sa.Column(
            "special_accident_insurance", sa.Boolean(), server_default=sa.false(), nullable=False
        ),
    )
    op.add_column("site_businesses", sa.Column("legal_welfare", sa.Boolean(), nullable=True))
    op.add_column("site_businesses", sa.Column("workers_comp", sa.Boolean(), nullable=True))
    # A site worker removed by hand is a difference of its own.
    _kind_check((*_KINDS, "worker_removed"))
    # Every 表示順 was 0: number each site's businesses in the order the list showed them.
    op.execute("ALTER TABLE site_businesses NO FORCE ROW LEVEL SECURITY")
    op.execute(
        """
        UPDATE site_businesses sb SET display_order = numbered.position
        FROM (
            SELECT id, row_number() OVER (
                PARTITION BY tenant_id, site_id ORDER BY tier, created_at, id
            ) AS position
            FROM site_businesses
        ) AS numbered
        WHERE sb.id = numbered.id AND sb.display_order = 0
        """
    )
    op.execute("ALTER TABLE site_businesses FORCE ROW LEVEL SECURITY")


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute("ALTER TABLE structure_changes NO FORCE ROW LEVEL SECURITY")
    op.execute("DELETE FROM structure_changes WHERE kind = 'worker_removed'")
    op.execute("ALTER TABLE structure_changes FORCE ROW LEVEL SECURITY")
    _kind_check(_KINDS)
    op.drop_column("site_businesses", "workers_comp")
    op.drop_column("site_businesses", "legal_welfare")
    op.drop_column("site_workers", "special_accident_insurance")

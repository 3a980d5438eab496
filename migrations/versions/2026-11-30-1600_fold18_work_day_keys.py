"""fold18_work_day_keys: a work day points at its site worker (one key check instead of three)

A work day's (tenant, site, worker) now references site_workers, which references the site and
the worker; the key to tenants goes too, as the site worker's and the business's keys imply it.
Each inserted day checked six keys and now checks four: the fold's largest cost (ADR 0026).
Work days without a site worker (none should exist: the fold adds one first, and a site worker
with history cannot be removed) get the one the fold would have added, so the key can hold.

Revision ID: 2479550d9e6a
Revises: 7c41d9e2b8a5
Create Date: 2026-11-30 16:00:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "2479550d9e6a"
down_revision: str | None = "7c41d9e2b8a5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SITE_WORKER_KEY = "fk_work_days_tenant_id_site_id_worker_id_site_workers"

# The site worker the fold would have added on the worker's first day there.
_MISSING_SITE_WORKERS = """
INSERT INTO site_workers (id, tenant_id, site_id, worker_id, business_id, occupation_id,
                          position_code, is_spot, insurance, first_work_date)
SELECT DISTINCT ON (d.tenant_id, d.site_id, d.worker_id)
       gen_random_uuid(), d.tenant_id, d.site_id, d.worker_id, d.business_id, d.occupation_id,
       d.position_code, false, '{}'::jsonb, d.work_date
FROM work_days d
WHERE NOT EXISTS (
    SELECT FROM site_workers s
    WHERE s.tenant_id = d.tenant_id AND s.site_id = d.site_id AND s.worker_id = d.worker_id)
ORDER BY d.tenant_id, d.site_id, d.worker_id, d.work_date
"""


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    # Every tenant's rows: forced row-level security would hide them even from the owner.
    for table in ("work_days", "site_workers"):
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
    op.execute(_MISSING_SITE_WORKERS)
    for table in ("work_days", "site_workers"):
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE work_days DROP CONSTRAINT fk_work_days_tenant_id_tenants")
    op.execute("ALTER TABLE work_days DROP CONSTRAINT fk_work_days_tenant_id_site_id_sites")
    op.execute("ALTER TABLE work_days DROP CONSTRAINT fk_work_days_tenant_id_worker_id_workers")
    op.execute(
        f"ALTER TABLE work_days ADD CONSTRAINT {SITE_WORKER_KEY}"
        " FOREIGN KEY (tenant_id, site_id, worker_id)"
        " REFERENCES site_workers (tenant_id, site_id, worker_id) ON DELETE RESTRICT"
    )


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute(f"ALTER TABLE work_days DROP CONSTRAINT {SITE_WORKER_KEY}")
    op.execute(
        "ALTER TABLE work_days ADD CONSTRAINT fk_work_days_tenant_id_worker_id_workers"
        " FOREIGN KEY (tenant_id, worker_id) REFERENCES workers (tenant_id, id) ON DELETE RESTRICT"
    )
    op.execute(
        "ALTER TABLE work_days ADD CONSTRAINT fk_work_days_tenant_id_site_id_sites"
        " FOREIGN KEY (tenant_id, site_id) REFERENCES sites (tenant_id, id) ON DELETE RESTRICT"
    )
    op.execute(
        "ALTER TABLE work_days ADD CONSTRAINT fk_work_days_tenant_id_tenants"
        " FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE RESTRICT"
    )

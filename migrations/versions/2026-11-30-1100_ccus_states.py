"""ccus_states: one state per record (ADR 0019)

The outbox's `failed` splits into `rejected` (CCUS refused) and `not_applicable` (no CCUS
subject yet); genba's GENB codes move from `error_code` to `hold_code`; the GENB0004E/GENB0005E
holds are gone, so the rows they held go back to the queue. Work days get the same state
(`ccus_state`) and their hold code apart; structure differences a count of re-sends.

Revision ID: 7c3e5a1d9f42
Revises: 8c3a51d0e4f7
Create Date: 2026-11-30 11:00:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c3e5a1d9f42"
down_revision: str | None = "8c3a51d0e4f7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("ccus_outbox", "work_days", "sites")
_OUTBOX_STATES = (
    "'pending', 'sending', 'awaiting_result', 'held', 'succeeded', 'rejected', 'cancelled', "
    "'not_applicable'"
)

_OUTBOX_UP = """
UPDATE ccus_outbox SET
    status = CASE
        WHEN status = 'failed' AND error_code IN ('GENB0001E', 'GENB0003E') THEN 'not_applicable'
        WHEN status = 'failed' AND error_code = 'GENB0002E' THEN 'held'
        WHEN status = 'failed' THEN 'rejected'
        ELSE status END,
    hold_code = CASE WHEN error_code LIKE 'GENB%' THEN error_code END,
    hold_message = CASE WHEN error_code LIKE 'GENB%' THEN error_message END,
    error_code = CASE WHEN error_code LIKE 'GENB%' THEN NULL ELSE error_code END,
    error_message = CASE WHEN error_code LIKE 'GENB%' THEN NULL ELSE error_message END
"""

# Rows the removed holds kept back: the newest of each work day goes back to the queue (with its
# key: it was never sent), unless the day has a pending row already; the rest are superseded.
_RELEASE_REMOVED_HOLDS = """
WITH held AS (
    SELECT id, row_number() OVER (
        PARTITION BY tenant_id, kind, entity_id ORDER BY created_at DESC, id DESC) AS rank,
        EXISTS (SELECT 1 FROM ccus_outbox p WHERE p.tenant_id = o.tenant_id AND p.kind = o.kind
                AND p.entity_id = o.entity_id AND p.status = 'pending') AS superseded
    FROM ccus_outbox o
    WHERE status = 'held' AND hold_code IN ('GENB0004E', 'GENB0005E')
)
UPDATE ccus_outbox o SET
    status = CASE WHEN held.rank = 1 AND NOT held.superseded THEN 'pending' ELSE 'cancelled' END,
    scheduled_for = now(), hold_code = NULL, hold_message = NULL, updated_at = now()
FROM held WHERE o.id = held.id
"""

_DAYS_UP = """
UPDATE work_days d SET
    ccus_state = CASE
        WHEN ccus_status = 'synced' THEN 'succeeded'
        WHEN ccus_status = 'not_linked' THEN 'not_applicable'
        WHEN ccus_error_code IN ('GENB0001E', 'GENB0003E') THEN 'not_applicable'
        WHEN ccus_error_code = 'GENB0002E' THEN 'held'
        WHEN ccus_status = 'failed' THEN 'rejected'
        ELSE 'pending' END,
    ccus_status = CASE
        WHEN ccus_error_code IN ('GENB0001E', 'GENB0003E') THEN 'not_linked'
        WHEN ccus_error_code LIKE 'GENB%' THEN 'pending'
        ELSE ccus_status END,
    ccus_hold_code = CASE
        WHEN ccus_error_code LIKE 'GENB%' AND ccus_error_code NOT IN ('GENB0004E', 'GENB0005E')
        THEN ccus_error_code END,
    ccus_error_code = CASE WHEN ccus_error_code LIKE 'GENB%' THEN NULL ELSE ccus_error_code END,
    ccus_error_message = CASE
        WHEN ccus_error_code LIKE 'GENB%' THEN NULL ELSE ccus_error_message END,
    updated_at = d.updated_at
"""

_DAYS_SENT = """
UPDATE work_days d SET ccus_state = 'awaiting_result', updated_at = d.updated_at
FROM ccus_outbox o
WHERE o.tenant_id = d.tenant_id AND o.kind = 'work_day' AND o.entity_id = d.id
  AND o.status = 'awaiting_result' AND d.ccus_state = 'pending'
"""

_DAYS_UNLINKED_SITES = """
UPDATE work_days d SET ccus_state = 'not_applicable', ccus_status = 'not_linked',
    ccus_hold_code = 'GENB0001E', updated_at = d.updated_at
FROM sites s
WHERE s.tenant_id = d.tenant_id AND s.id = d.site_id AND s.ccus_site_id IS NULL
  AND d.ccus_state = 'pending'
"""

_OUTBOX_DOWN = """
UPDATE ccus_outbox SET
    status = CASE WHEN status IN ('rejected', 'not_applicable') THEN 'failed' ELSE status END,
    error_code = COALESCE(error_code, hold_code),
    error_message = COALESCE(error_message, hold_message)
"""


def _unforced(statements: Sequence[str]) -> None:
    """Every tenant's rows: forced row-level security would hide them even from the owner."""
    for table in _TABLES:
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
    for statement in statements:
        op.execute(statement)
    for table in _TABLES:
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.add_column("ccus_outbox", sa.Column("hold_code", sa.String(length=16), nullable=True))
    op.add_column("ccus_outbox", sa.Column("hold_message", sa.String(length=1000), nullable=True))
    op.drop_constraint("outbox_status", "ccus_outbox", type_="check")
    op.add_column(
        "work_days",
        sa.Column(
            "ccus_state",
            sa.Enum(
                "pending",
                "awaiting_result",
                "held",
                "succeeded",
                "rejected",
                "cancelled",
                "not_applicable",
                name="work_day_ccus_state",
                native_enum=False,
                length=16,
                create_constraint=True,
            ),
            server_default=sa.text("'pending'"),
            nullable=False,
        ),
    )
    op.add_column("work_days", sa.Column("ccus_hold_code", sa.String(length=16), nullable=True))
    op.add_column(
        "structure_changes",
        sa.Column("resends", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.create_index(
        "ix_structure_changes_unsent",
        "structure_changes",
        ["tenant_id"],
        postgresql_where=sa.text("sent_at IS NULL"),
    )
    op.create_index(
        "ix_structure_changes_refused",
        "structure_changes",
        ["tenant_id", "ccus_error_code"],
        postgresql_where=sa.text("ccus_error_code IS NOT NULL"),
    )
    _unforced([_OUTBOX_UP, _RELEASE_REMOVED_HOLDS, _DAYS_UP, _DAYS_SENT, _DAYS_UNLINKED_SITES])
    op.create_check_constraint("outbox_status", "ccus_outbox", f"status IN ({_OUTBOX_STATES})")


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.drop_constraint("outbox_status", "ccus_outbox", type_="check")
    _unforced([_OUTBOX_DOWN])
    op.create_check_constraint(
        "outbox_status",
        "ccus_outbox",
        "status IN ('pending', 'sending', 'awaiting_result', 'held', 'succeeded', 'failed', "
        "'cancelled')",
    )
    op.drop_index("ix_structure_changes_refused", table_name="structure_changes")
    op.drop_index("ix_structure_changes_unsent", table_name="structure_changes")
    op.drop_column("structure_changes", "resends")
    op.drop_column("work_days", "ccus_hold_code")
    op.drop_column("work_days", "ccus_state")
    op.drop_column("ccus_outbox", "hold_message")
    op.drop_column("ccus_outbox", "hold_code")

"""part18_partitioned_history: work_days and attendance_events partitioned by month (ADR 0025)

Revision ID: 7a3c5e9f2b18
Revises: 6c1d17a0e4b2
Create Date: 2026-11-30 16:00:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from migrations.history_partitions import create_functions, drop_functions, set_aside
from migrations.tenancy import disable_tenant_rls, enable_tenant_rls

revision: str = "7a3c5e9f2b18"
down_revision: str | None = "6c1d17a0e4b2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Months made at once: back to the oldest row (ten years at most; older rows wait in DEFAULT) or
# to the oldest month that can take an accepted event, and three ahead. The worker's job
# (api/attendance/partition_repository.py) keeps the months ahead coming.
MONTHS_BACK_AT_MOST, MONTHS_ACCEPTED, MONTHS_AHEAD = 120, 13, 3

_WORK_DAY_FOREIGN_KEYS = (
    "(tenant_id, site_id) REFERENCES sites (tenant_id, id) ON DELETE RESTRICT",
    "(tenant_id, worker_id) REFERENCES workers (tenant_id, id) ON DELETE RESTRICT",
    "(tenant_id, business_id) REFERENCES businesses (tenant_id, id) ON DELETE RESTRICT",
    "(tenant_id) REFERENCES tenants (id) ON DELETE RESTRICT",
    "(occupation_id) REFERENCES occupations (id)",
    "(position_code) REFERENCES positions (code)",
)
_WORK_DAY_FK_NAMES = (
    "fk_work_days_tenant_id_site_id_sites",
    "fk_work_days_tenant_id_worker_id_workers",
    "fk_work_days_tenant_id_business_id_businesses",
    "fk_work_days_tenant_id_tenants",
    "fk_work_days_occupation_id_occupations",
    "fk_work_days_position_code_positions",
)
_WORK_DAY_INDEXES = (
    "ix_work_days_tenant_id_work_date_id ON {t} (tenant_id, work_date, id)",
    "ix_work_days_tenant_id_site_id_work_date ON {t} (tenant_id, site_id, work_date)",
    "ix_work_days_tenant_id_worker_id_work_date ON {t} (tenant_id, worker_id, work_date)",
    "ix_work_days_tenant_id_business_id_work_date ON {t} (tenant_id, business_id, work_date)",
    "ix_work_days_work_date_brin ON {t} USING brin (work_date)",
)
_EVENT_INDEXES = (
    "ix_attendance_events_tenant_id_work_day_id ON {t} (tenant_id, work_day_id){where}",
    (
        "ix_attendance_events_unfolded ON {t} (tenant_id, id) "
        "WHERE result = 'accepted' AND work_day_id IS NULL"
    ),
    "ix_attendance_events_received_at_brin ON {t} USING brin (received_at)",
)
_WORK_DAY_COLUMNS = (
    "id, tenant_id, site_id, worker_id, business_id, work_date, entry_at, exit_at, occupation_id, "
    "position_code, work_location, source, ccus_status, ccus_checked_at, ccus_error_code, "
    "ccus_error_message, ccus_state, ccus_hold_code, created_at, updated_at"
)
_EVENT_COLUMNS = (
    "id, tenant_id, terminal_id, event_id, content_hash, site_id, worker_id, kind, occurred_at, "
    "work_location, result, reject_code, work_day_id, received_at"
)


def _keys_and_indexes(
    table: str, keys: Sequence[str], indexes: Sequence[str], *, partitioned: bool = True
) -> None:
    # Partitioned, the events' day index leaves out the events not in a day (see the model).
    where = " WHERE work_day_id IS NOT NULL" if partitioned else ""
    for key in keys:
        op.execute(f"ALTER TABLE {table} ADD {key}")
    for index in indexes:
        op.execute(f"CREATE INDEX {index.format(t=table, where=where)}")


def _work_day_foreign_keys() -> list[str]:
    return [
        f"CONSTRAINT {name} FOREIGN KEY {target}"
        for name, target in zip(_WORK_DAY_FK_NAMES, _WORK_DAY_FOREIGN_KEYS, strict=True)
    ]


def _copy(table: str, aside: str, columns: str) -> None:
    """Move the rows over, then let row-level security close the table again."""
    op.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {aside}")
    op.execute(f"DROP TABLE {aside}")
    enable_tenant_rls(table)


def _partition(table: str, key: str) -> None:
    """Rebuild `table` partitioned by month of `key`, with a DEFAULT partition for the rest."""
    aside = f"{table}_unpartitioned"
    set_aside(table, aside)
    op.execute(
        f"CREATE TABLE {table} (LIKE {aside} INCLUDING DEFAULTS INCLUDING CONSTRAINTS) "
        f"PARTITION BY RANGE ({key})"
    )
    op.execute(f"CREATE TABLE {table}_default PARTITION OF {table} DEFAULT")
    enable_tenant_rls(f"{table}_default")


def _add_months(table: str, oldest: str) -> None:
    op.execute(
        f"""
        SELECT history_partition_add('{table}', month::date)
        FROM generate_series(
            date_trunc('month', GREATEST(
                LEAST(({oldest}),
                      now() AT TIME ZONE 'Asia/Tokyo' - interval '{MONTHS_ACCEPTED} months'),
                now() AT TIME ZONE 'Asia/Tokyo' - interval '{MONTHS_BACK_AT_MOST} months')),
            date_trunc('month', now() AT TIME ZONE 'Asia/Tokyo') + interval '{MONTHS_AHEAD} months',
            interval '1 month') AS month
        """
    )


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    create_functions(app_role)

    _partition("work_days", "work_date")
    _keys_and_indexes(
        "work_days",
        [
            "CONSTRAINT pk_work_days PRIMARY KEY (tenant_id, id, work_date)",
            (
                "CONSTRAINT uq_work_days_tenant_id_site_id_worker_id_work_date "
                "UNIQUE (tenant_id, site_id, worker_id, work_date)"
            ),
            *_work_day_foreign_keys(),
        ],
        _WORK_DAY_INDEXES,
    )
    _add_months("work_days", "SELECT min(work_date)::timestamp FROM work_days_unpartitioned")
    _copy("work_days", "work_days_unpartitioned", _WORK_DAY_COLUMNS)

    _partition("attendance_events", "occurred_at")
    _keys_and_indexes(
        "attendance_events",
        [
            "CONSTRAINT pk_attendance_events PRIMARY KEY (tenant_id, id, occurred_at)",
            (
                "CONSTRAINT fk_attendance_events_tenant_id_tenants "
                "FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE RESTRICT"
            ),
        ],
        _EVENT_INDEXES,
    )
    _add_months(
        "attendance_events",
        "SELECT min(occurred_at) AT TIME ZONE 'Asia/Tokyo' FROM attendance_events_unpartitioned",
    )
    op.execute(
        """
        CREATE TABLE attendance_event_keys (
            tenant_id uuid NOT NULL,
            terminal_id uuid NOT NULL,
            event_id varchar(64) NOT NULL,
            content_hash bytea NOT NULL,
            id uuid NOT NULL,
            occurred_at timestamptz NOT NULL,
            CONSTRAINT pk_attendance_event_keys PRIMARY KEY (tenant_id, terminal_id, event_id),
            CONSTRAINT fk_attendance_event_keys_tenant_id_tenants
                FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE RESTRICT
        )
        """
    )
    op.execute(
        "INSERT INTO attendance_event_keys SELECT tenant_id, terminal_id, event_id, content_hash, "
        "id, occurred_at FROM attendance_events_unpartitioned"
    )
    enable_tenant_rls("attendance_event_keys")
    _copy("attendance_events", "attendance_events_unpartitioned", _EVENT_COLUMNS)


def _unpartition(table: str, key_constraints: Sequence[str], indexes: Sequence[str]) -> None:
    aside = f"{table}_partitioned"
    set_aside(table, aside)
    op.execute(f"CREATE TABLE {table} (LIKE {aside} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
    _keys_and_indexes(table, key_constraints, indexes, partitioned=False)


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    _unpartition(
        "work_days",
        [
            "CONSTRAINT pk_work_days PRIMARY KEY (id)",
            "CONSTRAINT uq_work_days_tenant_id_id UNIQUE (tenant_id, id)",
            (
                "CONSTRAINT uq_work_days_tenant_id_site_id_worker_id_work_date "
                "UNIQUE (tenant_id, site_id, worker_id, work_date)"
            ),
            *_work_day_foreign_keys(),
        ],
        _WORK_DAY_INDEXES,
    )
    _copy("work_days", "work_days_partitioned", _WORK_DAY_COLUMNS)
    _unpartition(
        "attendance_events",
        [
            "CONSTRAINT pk_attendance_events PRIMARY KEY (id)",
            "CONSTRAINT uq_attendance_events_tenant_id_id UNIQUE (tenant_id, id)",
            (
                "CONSTRAINT uq_attendance_events_tenant_id_terminal_id_event_id "
                "UNIQUE (tenant_id, terminal_id, event_id)"
            ),
            (
                "CONSTRAINT fk_attendance_events_tenant_id_tenants "
                "FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE RESTRICT"
            ),
        ],
        _EVENT_INDEXES,
    )
    _copy("attendance_events", "attendance_events_partitioned", _EVENT_COLUMNS)
    disable_tenant_rls("attendance_event_keys")
    op.execute("DROP TABLE attendance_event_keys")
    drop_functions()

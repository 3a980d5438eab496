"""Reading the outbox and the ID-check state for the CCUS screens (tenant-scoped)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.kit.pagination import PageParams

_LABELLED = """
    FROM ccus_outbox o
    LEFT JOIN work_days d ON o.kind = 'work_day' AND d.tenant_id = o.tenant_id AND d.id = o.entity_id
    LEFT JOIN sites s ON s.tenant_id = o.tenant_id AND s.id = CASE
        WHEN o.kind = 'work_day' THEN d.site_id WHEN o.kind IN ('site', 'structure') THEN o.entity_id END
    LEFT JOIN businesses b ON b.tenant_id = o.tenant_id AND b.id = CASE
        WHEN o.kind = 'work_day' THEN d.business_id WHEN o.kind = 'business' THEN o.entity_id END
    LEFT JOIN workers w ON w.tenant_id = o.tenant_id AND w.id = CASE
        WHEN o.kind = 'work_day' THEN d.worker_id WHEN o.kind = 'worker' THEN o.entity_id END
    WHERE o.tenant_id = :tenant_id
"""

_COLUMNS = """
    o.id, o.kind, o.entity_id, o.status, o.scheduled_for, o.attempts, o.sent_at, o.resolved_at,
    o.error_code, o.error_message, o.payload, d.work_date,
    s.id AS site_id, s.name AS site_name, s.ccus_site_id,
    b.id AS business_id, b.name AS business_name, b.ccus_business_id,
    w.id AS worker_id, w.family_name || ' ' || w.given_name AS worker_name, w.ccus_worker_id
"""


def _scope(subject: AuthSubject, params: dict[str, Any]) -> str:
    """Branch-limited staff see what concerns their branches' sites."""
    if subject.branch_ids is None:
        return ""
    params["branch_ids"] = list(subject.branch_ids)
    return " AND s.branch_id = ANY(CAST(:branch_ids AS uuid[]))"


async def outbox_page(
    session: AsyncSession,
    subject: AuthSubject,
    *,
    statuses: Sequence[str],
    kind: str | None,
    day: date | None,
    page: PageParams,
) -> tuple[Sequence[Any], int]:
    params: dict[str, Any] = {"tenant_id": subject.tenant_id, "statuses": list(statuses)}
    where = " AND o.status = ANY(CAST(:statuses AS text[]))" + _scope(subject, params)
    if kind:
        where += " AND o.kind = :kind"
        params["kind"] = kind
    if day:
        where += " AND (o.resolved_at AT TIME ZONE 'Asia/Tokyo')::date = :day"
        params["day"] = day
    total = (
        await session.execute(text(f"SELECT count(*) {_LABELLED}{where}"), params)
    ).scalar_one()
    rows = await session.execute(
        text(
            f"SELECT {_COLUMNS} {_LABELLED}{where} "
            "ORDER BY COALESCE(o.resolved_at, o.scheduled_for) DESC, o.id LIMIT :limit OFFSET :offset"
        ),
        {**params, "limit": page.limit, "offset": page.offset},
    )
    return rows.all(), int(total)


async def outbox_row(session: AsyncSession, subject: AuthSubject, outbox_id: UUID) -> Any:
    params: dict[str, Any] = {"tenant_id": subject.tenant_id, "id": outbox_id}
    where = " AND o.id = :id" + _scope(subject, params)
    return (
        await session.execute(text(f"SELECT {_COLUMNS} {_LABELLED}{where}"), params)
    ).one_or_none()


async def result_days(
    session: AsyncSession, subject: AuthSubject, first: date, last: date
) -> Sequence[Any]:
    params: dict[str, Any] = {"tenant_id": subject.tenant_id, "first": first, "last": last}
    where = (
        " AND o.status IN ('succeeded', 'failed')"
        " AND (o.resolved_at AT TIME ZONE 'Asia/Tokyo')::date BETWEEN :first AND :last"
    ) + _scope(subject, params)
    statement = (
        "SELECT (o.resolved_at AT TIME ZONE 'Asia/Tokyo')::date AS day, o.kind,"
        " count(*) AS processed, count(*) FILTER (WHERE o.status = 'succeeded') AS succeeded,"
        f" count(*) FILTER (WHERE o.status = 'failed') AS failed {_LABELLED}{where}"
        " GROUP BY 1, 2 ORDER BY 1 DESC, 2"
    )
    return (await session.execute(text(statement), params)).all()


ID_TABLES = {
    "sites": ("ccus_site_id", "name"),
    "businesses": ("ccus_business_id", "name"),
    "workers": ("ccus_worker_id", "family_name || ' ' || given_name"),
}


async def id_check_counts(
    session: AsyncSession, tenant_id: UUID, since: datetime | None
) -> dict[str, tuple[int, int, int]]:
    """Per table: (succeeded, failed, still to check) among linked entities."""
    counts: dict[str, tuple[int, int, int]] = {}
    for table, (column, _) in ID_TABLES.items():
        window = " AND ccus_checked_at >= :since" if since else ""
        row = (
            await session.execute(
                text(
                    "SELECT count(*) FILTER (WHERE ccus_status = 'synced' AND ccus_checked_at IS NOT NULL),"
                    " count(*) FILTER (WHERE ccus_status = 'failed'),"
                    " count(*) FILTER (WHERE ccus_checked_at IS NULL OR ccus_status = 'pending')"
                    f" FROM {table} WHERE tenant_id = :tenant_id AND {column} IS NOT NULL{window}"
                ),
                {"tenant_id": tenant_id, "since": since},
            )
        ).one()
        counts[table] = (int(row[0]), int(row[1]), int(row[2]))
    return counts


async def id_check_page(
    session: AsyncSession, tenant_id: UUID, table: str, failed_only: bool, page: PageParams
) -> tuple[Sequence[Any], int]:
    column, name = ID_TABLES[table]
    where = f"WHERE tenant_id = :tenant_id AND {column} IS NOT NULL" + (
        " AND ccus_status = 'failed'" if failed_only else ""
    )
    params = {"tenant_id": tenant_id, "limit": page.limit, "offset": page.offset}
    total = (
        await session.execute(text(f"SELECT count(*) FROM {table} {where}"), params)
    ).scalar_one()
    rows = await session.execute(
        text(
            f"SELECT id, {name} AS name, {column} AS ccus_id, ccus_checked_at, ccus_status, ccus_error_code,"
            f" ccus_error_message FROM {table} {where} ORDER BY ccus_checked_at DESC NULLS LAST, id"
            " LIMIT :limit OFFSET :offset"
        ),
        params,
    )
    return rows.all(), int(total)

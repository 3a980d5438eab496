"""Sending claimed outbox rows of one tenant to CCUS, and writing each answer back onto the
outbox row and onto the entity or work day, where staff see it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.catalogue import local_message
from api.ccus.claims import Claimed, reschedule
from api.ccus.gateway import CcusError, CcusGateway, CcusRejected, CcusUnavailable
from api.ccus.outbox import DISPATCH_TASK
from api.ccus.policy import after_maintenance
from api.ccus.wire import EntityKind, StructureDifference, WorkRecord
from api.config import Settings
from api.kit.crypto import FieldCipher
from api.kit.jobs import enqueue_after_commit
from api.kit.verification import unseal
from api.models.ccus_outbox import OutboxKind

ENTITY_TABLES = {
    OutboxKind.site: "sites",
    OutboxKind.business: "businesses",
    OutboxKind.worker: "workers",
}
CCUS_ID_COLUMNS = {
    "sites": "ccus_site_id",
    "businesses": "ccus_business_id",
    "workers": "ccus_worker_id",
}


def retry_at(attempts: int, error: CcusError, settings: Settings) -> datetime:
    """A later try: when CCUS said (Retry-After), or an exponential backoff capped at an hour."""
    backoff = min(3600.0, settings.ccus_backoff_base_seconds * 2 ** min(attempts, 16) * 10)
    delay = error.retry_after if error.retry_after is not None else backoff
    return after_maintenance(datetime.now(UTC) + timedelta(seconds=delay), settings)


async def resolve(
    session: AsyncSession,
    ids: Sequence[UUID],
    status: str,
    code: str | None = None,
    message: str | None = None,
) -> None:
    if ids:
        await session.execute(
            text(
                "UPDATE ccus_outbox SET status = :status, error_code = :code, error_message = :message, "
                "resolved_at = now(), updated_at = now() WHERE id = ANY(CAST(:ids AS uuid[]))"
            ),
            {"ids": list(ids), "status": status, "code": code, "message": message},
        )


HOLD_CODES = {"GENB0004E", "GENB0005E"}


async def _hold(session: AsyncSession, outbox_id: UUID, code: str) -> None:
    await session.execute(
        text(
            "UPDATE ccus_outbox SET status = 'held', error_code = :code, error_message = :message, "
            "updated_at = now() WHERE id = :id"
        ),
        {"id": outbox_id, "code": code, "message": local_message(code)},
    )


_RELEASE = """
    UPDATE ccus_outbox o SET
        status = CASE WHEN EXISTS (
            SELECT 1 FROM ccus_outbox p
            WHERE p.tenant_id = o.tenant_id AND p.kind = o.kind AND p.entity_id = o.entity_id
              AND p.status = 'pending') THEN 'cancelled' ELSE 'pending' END,
        scheduled_for = now(), error_code = NULL, error_message = NULL, updated_at = now()
    FROM work_days d
    WHERE o.tenant_id = d.tenant_id AND o.kind = 'work_day' AND o.status = 'held'
      AND o.entity_id = d.id AND d.{column} = :id
"""
RELEASE_COLUMNS = {"workers": "worker_id", "businesses": "business_id"}


async def release_held(session: AsyncSession, table: str, entity_id: UUID) -> None:
    """The ID checks ○ again: the work days held for it go out with the next dispatch."""
    column = RELEASE_COLUMNS.get(table)
    if column is None:
        return
    released = await session.execute(text(_RELEASE.format(column=column)), {"id": entity_id})
    if getattr(released, "rowcount", 0):
        # Staff fixed the ID to get these days out: send now, not at the next minute's sweep.
        enqueue_after_commit(session, DISPATCH_TASK)


async def mark_entity(
    session: AsyncSession,
    table: str,
    entity_id: UUID,
    ok: bool,
    code: str | None,
    message: str | None,
) -> None:
    await session.execute(
        text(
            f"UPDATE {table} SET ccus_status = :status, ccus_error_code = :code, ccus_error_message = :message, "
            "ccus_checked_at = now() WHERE id = :id"
        ),
        {"id": entity_id, "status": "synced" if ok else "failed", "code": code, "message": message},
    )
    if ok:
        await release_held(session, table, entity_id)


async def _give_up_or_retry(
    session: AsyncSession, rows: Sequence[Claimed], error: CcusError, settings: Settings
) -> None:
    if isinstance(error, CcusUnavailable):
        attempts = max(row.attempts for row in rows)
        await reschedule(
            session,
            [row.id for row in rows],
            retry_at(attempts, error, settings),
            error.code,
            error.message,
        )
    else:
        await resolve(
            session, [row.id for row in rows], "failed", error.code[:16], error.message[:1000]
        )


async def send_entities(
    session: AsyncSession,
    gateway: CcusGateway,
    settings: Settings,
    cipher: FieldCipher,
    kind: OutboxKind,
    rows: Sequence[Claimed],
) -> None:
    table = ENTITY_TABLES[kind]
    entity_kind = EntityKind(kind.value)
    for index, row in enumerate(rows):
        found = (
            (
                await session.execute(
                    text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row.entity_id}
                )
            )
            .mappings()
            .one_or_none()
        )
        ccus_id = found[CCUS_ID_COLUMNS[table]] if found else None
        if found is None or ccus_id is None:
            # Deleted or unlinked since: nothing left to tell CCUS.
            await resolve(session, [row.id], "cancelled")
            continue
        try:
            # A business or worker is checked (ID + 本人確認番号) before its data goes out: a
            # wrong 本人確認番号 is the most common reason CCUS refuses what follows.
            if "verification_number_encrypted" in found:
                check = await gateway.verify(entity_kind, ccus_id, _secret(cipher, table, found))
                if not check.valid:
                    await resolve(session, [row.id], "failed", check.code, check.message)
                    await mark_entity(
                        session, table, row.entity_id, False, check.code, check.message
                    )
                    continue
            result = await gateway.put_entity(
                entity_kind, ccus_id, row.idempotency_key, _entity_data(table, found)
            )
        except CcusUnavailable as error:
            # CCUS is away: this row and every one not tried yet go back to the queue.
            await _give_up_or_retry(session, rows[index:], error, settings)
            return
        except CcusError as error:
            await _give_up_or_retry(session, [row], error, settings)
            await mark_entity(
                session, table, row.entity_id, False, error.code[:16], error.message[:1000]
            )
            continue
        ok = result.status == "ok"
        await resolve(
            session, [row.id], "succeeded" if ok else "failed", result.code, result.message
        )
        await mark_entity(session, table, row.entity_id, ok, result.code, result.message)


def _secret(cipher: FieldCipher, table: str, row: Any) -> str | None:
    blob = row["verification_number_encrypted"]
    if blob is None:
        return None
    return unseal(cipher, blob, table=table, tenant_id=row["tenant_id"], row_id=row["id"])


def _entity_data(table: str, row: Any) -> dict[str, Any]:
    if table == "sites":
        return {
            "name": row["name"],
            "period_start": row["period_start"].isoformat() if row["period_start"] else None,
            "period_end": row["period_end"].isoformat() if row["period_end"] else None,
            "address": " ".join(part for part in (row["city"], row["address"]) if part) or None,
        }
    if table == "businesses":
        return {"name": row["name"], "name_kana": row["name_kana"], "address": row["address"]}
    return {
        "name": f"{row['family_name']} {row['given_name']}",
        "name_kana": f"{row['family_kana']} {row['given_kana']}",
        "birth_date": row["birth_date"].isoformat(),
    }


_WORK_DAYS = text(
    """
    SELECT d.id, d.work_date, d.entry_at, d.exit_at, d.position_code,
           s.ccus_site_id, b.ccus_business_id, w.ccus_worker_id,
           w.ccus_status AS worker_check, b.ccus_status AS business_check,
           o.major_code || o.minor_code AS occupation_code
    FROM work_days d
    JOIN sites s ON s.tenant_id = d.tenant_id AND s.id = d.site_id
    JOIN businesses b ON b.tenant_id = d.tenant_id AND b.id = d.business_id
    JOIN workers w ON w.tenant_id = d.tenant_id AND w.id = d.worker_id
    JOIN occupations o ON o.id = d.occupation_id
    WHERE d.tenant_id = :tenant_id AND d.id = ANY(CAST(:ids AS uuid[]))
    """
)


async def _mark_days(
    session: AsyncSession, ids: Sequence[UUID], status: str, code: str | None, message: str | None
) -> None:
    if ids:
        await session.execute(
            text(
                "UPDATE work_days SET ccus_status = :status, ccus_error_code = :code, ccus_error_message = :message, "
                "ccus_checked_at = now() WHERE id = ANY(CAST(:ids AS uuid[]))"
            ),
            {"ids": list(ids), "status": status, "code": code, "message": message},
        )


async def send_work_days(
    session: AsyncSession,
    gateway: CcusGateway,
    settings: Settings,
    tenant_id: UUID,
    rows: Sequence[Claimed],
) -> float | None:
    """Submit one batch; answers after how many seconds to collect the results (None: nothing sent)."""
    days = {
        row.id: row
        for row in (
            await session.execute(
                _WORK_DAYS, {"tenant_id": tenant_id, "ids": [r.entity_id for r in rows]}
            )
        ).all()
    }
    records: list[WorkRecord] = []
    sent: list[Claimed] = []
    for row in rows:
        record = _record(row, days.get(row.entity_id))
        if isinstance(record, str) and record in HOLD_CODES:
            # Sending would only fail: hold until the ID check passes (see release_held).
            await _hold(session, row.id, record)
            await _mark_days(session, [row.entity_id], "pending", record, local_message(record))
            continue
        if isinstance(record, str):
            if record == "gone":
                await resolve(session, [row.id], "cancelled")
            else:
                await resolve(session, [row.id], "failed", record, local_message(record))
                await _mark_days(session, [row.entity_id], "failed", record, local_message(record))
            continue
        records.append(record)
        sent.append(row)
    if not records:
        return None
    try:
        accepted = await gateway.submit_work_histories(records)
    except CcusError as error:
        await _give_up_or_retry(session, sent, error, settings)
        if isinstance(error, CcusRejected):
            await _mark_days(
                session,
                [row.entity_id for row in sent],
                "failed",
                error.code[:16],
                error.message[:1000],
            )
        return None
    await session.execute(
        text(
            "UPDATE ccus_outbox SET status = 'awaiting_result', submission_id = :submission, sent_at = now(), "
            "updated_at = now() WHERE id = ANY(CAST(:ids AS uuid[]))"
        ),
        {"ids": [row.id for row in sent], "submission": accepted.submission_id},
    )
    return accepted.results_after_seconds


def _record(row: Claimed, day: Any) -> WorkRecord | str:
    if day is None:
        if row.payload is None:
            return "gone"
        return WorkRecord(key=row.idempotency_key, action="delete", **row.payload)
    if day.ccus_site_id is None:
        return "GENB0001E"
    if day.ccus_business_id is None:
        return "GENB0002E"
    if day.ccus_worker_id is None:
        return "GENB0003E"
    if day.worker_check == "failed":
        return "GENB0004E"
    if day.business_check == "failed":
        return "GENB0005E"
    return WorkRecord(
        key=row.idempotency_key,
        site_id=day.ccus_site_id,
        business_id=day.ccus_business_id,
        worker_id=day.ccus_worker_id,
        work_date=day.work_date,
        entry_at=day.entry_at,
        exit_at=day.exit_at,
        occupation_code=day.occupation_code,
        position_code=day.position_code,
    )


_STRUCTURE = text(
    """
    SELECT c.id, c.kind, c.changes, b.ccus_business_id, w.ccus_worker_id,
           sb.tier, ub.ccus_business_id AS upper_ccus_id,
           o.major_code || o.minor_code AS occupation_code, sw.position_code
    FROM structure_changes c
    JOIN businesses b ON b.tenant_id = c.tenant_id AND b.id = c.business_id
    LEFT JOIN workers w ON w.tenant_id = c.tenant_id AND w.id = c.worker_id
    LEFT JOIN site_businesses sb ON sb.tenant_id = c.tenant_id AND sb.site_id = c.site_id AND sb.business_id = c.business_id
    LEFT JOIN businesses ub ON ub.tenant_id = c.tenant_id AND ub.id = sb.upper_business_id
    LEFT JOIN site_workers sw ON sw.tenant_id = c.tenant_id AND sw.site_id = c.site_id AND sw.worker_id = c.worker_id
    LEFT JOIN occupations o ON o.id = sw.occupation_id
    WHERE c.tenant_id = :tenant_id AND c.site_id = :site_id AND c.sent_at IS NULL
    ORDER BY c.created_at, c.id
    """
)

_ACTIONS = {
    "added": "upsert_business",
    "updated": "upsert_business",
    "removed": "remove_business",
    "worker_added": "upsert_worker",
    "worker_updated": "upsert_worker",
}


async def send_structure(
    session: AsyncSession, gateway: CcusGateway, settings: Settings, tenant_id: UUID, row: Claimed
) -> None:
    site = (
        await session.execute(
            text("SELECT ccus_site_id, structure_mode FROM sites WHERE id = :id"),
            {"id": row.entity_id},
        )
    ).one_or_none()
    if site is None or site.structure_mode != "send":
        await resolve(session, [row.id], "cancelled")
        return
    if site.ccus_site_id is None:
        await resolve(session, [row.id], "failed", "GENB0001E", local_message("GENB0001E"))
        return
    changes = (
        await session.execute(_STRUCTURE, {"tenant_id": tenant_id, "site_id": row.entity_id})
    ).all()
    differences = []
    for change in changes:
        if change.ccus_business_id is None or (
            change.kind.startswith("worker") and change.ccus_worker_id is None
        ):
            # Not in CCUS yet: the difference waits until the ID is registered.
            continue
        differences.append(
            StructureDifference(
                # A change's own key, not its outbox row's: a row in flight whose answer was
                # lost can be replaced by a newer one (the site changed again), which sends every
                # unconfirmed change again — CCUS must recognise those as already applied.
                key=f"structure:{change.id}",
                action=_ACTIONS[change.kind],
                business_id=change.ccus_business_id,
                tier=change.tier,
                upper_business_id=change.upper_ccus_id,
                worker_id=change.ccus_worker_id if change.kind.startswith("worker") else None,
                occupation_code=change.occupation_code,
                position_code=change.position_code,
            )
        )
    if not differences:
        await resolve(session, [row.id], "succeeded")
        return
    try:
        results = await gateway.post_structure(site.ccus_site_id, differences)
    except CcusError as error:
        await _give_up_or_retry(session, [row], error, settings)
        return
    failed = [result for result in results if result.status != "ok"]
    for difference, result in zip(differences, results, strict=False):
        await session.execute(
            text(
                "UPDATE structure_changes SET sent_at = now(), ccus_error_code = :code, ccus_error_message = :message "
                "WHERE id = :id"
            ),
            {
                "id": UUID(difference.key.split(":", 1)[1]),
                "code": result.code,
                "message": result.message,
            },
        )
    first = failed[0] if failed else None
    await resolve(
        session,
        [row.id],
        "failed" if first else "succeeded",
        first.code if first else None,
        first.message if first else None,
    )

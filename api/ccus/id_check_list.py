"""CCUSID有効確認 per entity: the list with the seed's filters (事業者, CCUSID, 期間, 結果), and
確認 of one row now."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.ccus.catalogue import advice_for
from api.ccus.errors import CcusUnreachable, EntityNotLinked
from api.ccus.gateway import CcusError, CcusGateway, CcusUnavailable
from api.ccus.owners import entity_repository
from api.ccus.schemas import IdCheckEntry
from api.ccus.senders.outcomes import mark_entity
from api.ccus.service import KIND_TABLES
from api.ccus.wire import EntityKind
from api.db import between_transactions
from api.kit.ccus_check_filters import IdCheckFilters, check_result
from api.kit.crypto import FieldCipher
from api.kit.pagination import PageParams
from api.kit.verification import unseal
from api.models.ccus_status import CcusOperation


def id_check_entry(row: Any) -> IdCheckEntry:
    return IdCheckEntry(
        id=row.id,
        name=row.name,
        ccus_id=row.ccus_id,
        checked_at=row.ccus_checked_at,
        valid=None if row.ccus_checked_at is None else row.ccus_status == "synced",
        result=check_result(row.ccus_checked_at, row.ccus_status),
        error_code=row.ccus_error_code,
        error_message=row.ccus_error_message,
        advice=advice_for(row.ccus_error_code),
    )


async def id_check_page(
    session: AsyncSession,
    subject: AuthSubject,
    table: str,
    filters: IdCheckFilters,
    page: PageParams,
) -> tuple[list[IdCheckEntry], int]:
    repository = entity_repository(session, KIND_TABLES[table])
    rows, total = await repository.ccus_check_page(subject.tenant_id, filters, page)
    return [id_check_entry(row) for row in rows], total


async def check_one(
    session: AsyncSession,
    subject: AuthSubject,
    gateway: CcusGateway,
    cipher: FieldCipher,
    table: str,
    entity_id: UUID,
) -> IdCheckEntry:
    """確認 of one row: its ID (and 本人確認番号) asked of CCUS now, the answer written as the
    30-minute check writes it (a ○ sends what waited for it). As on the worker's path, no
    transaction is open during the call: the row is read and committed, CCUS is asked, and the
    answer is written in a transaction of its own (an edit meanwhile keeps the entity's state)."""
    kind = KIND_TABLES[table]
    tenant_id = subject.tenant_id
    repository = entity_repository(session, kind)
    row = await repository.ccus_check_row(tenant_id, entity_id)
    if row is None:
        raise EntityNotLinked()
    number = None
    if row.secret is not None:
        number = unseal(
            cipher,
            row.secret,
            table=repository.model.__tablename__,
            tenant_id=tenant_id,
            row_id=row.id,
        )
    async with between_transactions(session, tenant_id):
        try:
            result = await gateway.verify(EntityKind(kind.value), row.ccus_id, number)
            ok, code, message = result.valid, result.code, result.message
        except CcusUnavailable as error:
            raise CcusUnreachable(error.message) from error
        except CcusError as error:
            ok = False
            code, message = error.stored()
    await mark_entity(
        session,
        tenant_id,
        kind,
        row.id,
        ok,
        code,
        message,
        unchanged_since=row.updated_at,
        operation=CcusOperation.check,
    )
    return id_check_entry(await repository.ccus_check_entry(tenant_id, entity_id))

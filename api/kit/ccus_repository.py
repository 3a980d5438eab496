"""CCUS state of the entities CCUS must learn (sites, businesses, workers): written and read
by each owner's repository through this mixin, never by the CCUS package itself."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, ClassVar
from uuid import UUID

from sqlalchemy import ColumnElement, Select, false, func, null, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.ccus_check_filters import IdCheckFilters, id_check_conditions
from api.kit.pagination import PageParams
from api.models.ccus_status import CcusOperation, CcusStatus


class CcusLinkedRepository:
    """Mixed into a TenantScopedRepository whose model carries CcusStatusMixin."""

    session: AsyncSession
    model: ClassVar[type[Any]]
    # The entity's CCUS ID column, the name staff know it by, and its 本人確認番号 if it has one.
    # Read off the class (type(self)): a mapped column is a descriptor, and read off an
    # instance it would look for a mapped instance.
    ccus_id: ClassVar[Any]
    ccus_label: ClassVar[Any]
    ccus_secret: ClassVar[Any] = None
    # The business an entity is listed under (a worker's, a business itself; a site: none).
    ccus_business: ClassVar[Any] = None

    def ccus_id_of(self, entity: Any) -> str | None:
        value: str | None = getattr(entity, type(self).ccus_id.key)
        return value

    def has_ccus_secret(self) -> bool:
        return type(self).ccus_secret is not None

    def _linked(self, tenant_id: UUID) -> list[ColumnElement[bool]]:
        return [self.model.tenant_id == tenant_id, type(self).ccus_id.is_not(None)]

    async def mark_ccus(
        self,
        tenant_id: UUID,
        entity_id: UUID,
        status: CcusStatus,
        code: str | None,
        message: str | None,
        *,
        unchanged_since: datetime | None = None,
        operation: CcusOperation | None = None,
    ) -> bool:
        """What CCUS answered for the entity, where staff see it. With `unchanged_since` (the
        row's updated_at when it was read for the check) an entity edited meanwhile keeps its
        state: the answer was about what it held before. Answers whether it was written."""
        where = [self.model.tenant_id == tenant_id, self.model.id == entity_id]
        if unchanged_since is not None:
            where.append(self.model.updated_at == unchanged_since)
        # Only sites show which operation CCUS answered (現場一覧's 「更新」/「確認」).
        shown = {"ccus_operation": operation} if hasattr(self.model, "ccus_operation") else {}
        written = await self.session.execute(
            update(self.model)
            .where(*where)
            .values(
                ccus_status=status,
                ccus_error_code=code,
                ccus_error_message=message,
                ccus_checked_at=func.now(),
                **shown,
                # CCUS's answer is not an edit: the row's own updated_at stays.
                updated_at=self.model.updated_at,
            )
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(written, "rowcount", 0))

    async def request_ccus_checks(self, tenant_id: UUID) -> None:
        """Every linked entity is checked again (まとめて確認)."""
        await self.session.execute(
            update(self.model)
            # A row already waiting is left alone: a second press has nothing to lock.
            .where(
                *self._linked(tenant_id),
                self.model.ccus_status.is_distinct_from(CcusStatus.pending),
            )
            .values(ccus_status=CcusStatus.pending, updated_at=self.model.updated_at)
            .execution_options(synchronize_session=False)
        )

    async def ccus_check_counts(
        self, tenant_id: UUID, since: datetime | None
    ) -> tuple[int, int, int]:
        """(succeeded, failed, still to check) among linked entities."""
        model = self.model
        statement = select(
            func.count().filter(
                model.ccus_status == CcusStatus.synced, model.ccus_checked_at.is_not(None)
            ),
            func.count().filter(model.ccus_status == CcusStatus.failed),
            func.count().filter(
                (model.ccus_checked_at.is_(None)) | (model.ccus_status == CcusStatus.pending)
            ),
        ).where(*self._linked(tenant_id))
        if since is not None:
            statement = statement.where(model.ccus_checked_at >= since)
        succeeded, failed, remaining = (await self.session.execute(statement)).one()
        return int(succeeded), int(failed), int(remaining)

    async def ccus_check_page(
        self, tenant_id: UUID, filters: IdCheckFilters, page: PageParams
    ) -> tuple[Sequence[Any], int]:
        model = self.model
        where = [*self._linked(tenant_id), *id_check_conditions(model, filters)]
        if filters.ccus_id:
            where.append(type(self).ccus_id.startswith(filters.ccus_id, autoescape=True))
        if filters.business_id is not None:
            owner = type(self).ccus_business
            where.append(false() if owner is None else owner == filters.business_id)
        total = (
            await self.session.execute(select(func.count()).select_from(model).where(*where))
        ).scalar_one()
        statement = (
            self._check_columns()
            .where(*where)
            .order_by(model.ccus_checked_at.desc().nulls_last(), model.id)
            .limit(page.limit)
            .offset(page.offset)
        )
        return (await self.session.execute(statement)).all(), int(total)

    async def ccus_check_entry(self, tenant_id: UUID, entity_id: UUID) -> Any:
        """One linked entity as the check list shows it, or None."""
        statement = self._check_columns().where(
            *self._linked(tenant_id), self.model.id == entity_id
        )
        return (await self.session.execute(statement)).one_or_none()

    async def ccus_check_row(self, tenant_id: UUID, entity_id: UUID) -> Any:
        """(id, ccus_id, secret, updated_at) of one linked entity, or None: what its check needs."""
        secret = type(self).ccus_secret if self.has_ccus_secret() else null()
        statement = select(
            self.model.id,
            type(self).ccus_id.label("ccus_id"),
            secret.label("secret"),
            self.model.updated_at,
        ).where(*self._linked(tenant_id), self.model.id == entity_id)
        return (await self.session.execute(statement)).one_or_none()

    def _check_columns(self) -> Select[Any]:
        model = self.model
        return select(
            model.id,
            type(self).ccus_label.label("name"),
            type(self).ccus_id.label("ccus_id"),
            model.ccus_checked_at,
            model.ccus_status,
            model.ccus_error_code,
            model.ccus_error_message,
        )

    async def due_for_ccus_check(
        self, tenant_id: UUID, *, everything: bool, limit: int, after: UUID | None = None
    ) -> Sequence[Any]:
        """Rows (id, ccus_id, secret, updated_at) to check. `everything` (まとめて確認): what
        its request marked or was never checked, by id after `after`; otherwise what changed
        or failed since its last check, the longest unchecked first."""
        model = self.model
        secret = type(self).ccus_secret if self.has_ccus_secret() else null()
        statement = select(
            model.id, type(self).ccus_id.label("ccus_id"), secret.label("secret"), model.updated_at
        ).where(*self._linked(tenant_id))
        if everything:
            statement = statement.where(
                model.ccus_checked_at.is_(None) | (model.ccus_status == CcusStatus.pending)
            )
            if after is not None:
                statement = statement.where(model.id > after)
            statement = statement.order_by(model.id)
        else:
            statement = statement.where(
                model.ccus_checked_at.is_(None)
                | model.ccus_status.in_([CcusStatus.pending, CcusStatus.failed])
            ).order_by(model.ccus_checked_at.nulls_first(), model.id)
        return (await self.session.execute(statement.limit(limit))).all()

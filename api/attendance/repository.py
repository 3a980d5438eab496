from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import (
    ARRAY,
    Date,
    Select,
    Uuid,
    and_,
    cast,
    exists,
    func,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.orm import QueryableAttribute

from api.auth.subject import AuthSubject
from api.kit.pagination import PageParams
from api.kit.repository import TenantScopedRepository
from api.kit.sorting import order_by
from api.models.attendance import WorkDay
from api.models.business import Business
from api.models.ccus_state import COARSE_STATUS, CcusState, is_hold_code
from api.models.ccus_status import CcusStatus
from api.models.site import Site
from api.models.worker import Worker

Row = tuple[WorkDay, Site, Worker, Business]
COUNT_CAP = 10_000

SORTABLE: dict[str, QueryableAttribute[Any]] = {
    "work_date": WorkDay.work_date,
    "entry_at": WorkDay.entry_at,
    "updated_at": WorkDay.updated_at,
}


@dataclass(frozen=True)
class WorkDayFilters:
    site_id: UUID | None = None
    business_id: UUID | None = None
    worker_id: UUID | None = None
    date_from: date | None = None
    date_to: date | None = None
    ccus_status: CcusStatus | None = None
    ccus_state: CcusState | None = None
    state: str | None = None
    sort: str | None = None


class WorkDayRepository(TenantScopedRepository[WorkDay]):
    model = WorkDay

    def visible_rows(self, subject: AuthSubject) -> Select[WorkDay, Site, Worker, Business]:
        """Work days with their site, worker and business, as far as the caller may see."""
        tenant_id = subject.tenant_id
        statement = (
            select(WorkDay, Site, Worker, Business)
            .join(Site, and_(Site.tenant_id == WorkDay.tenant_id, Site.id == WorkDay.site_id))
            .join(
                Worker, and_(Worker.tenant_id == WorkDay.tenant_id, Worker.id == WorkDay.worker_id)
            )
            .join(
                Business,
                and_(Business.tenant_id == WorkDay.tenant_id, Business.id == WorkDay.business_id),
            )
            .where(WorkDay.tenant_id == tenant_id)
        )
        if subject.branch_ids is not None:
            statement = statement.where(Site.branch_id.in_(subject.branch_ids))
        if subject.site_ids is not None:
            statement = statement.where(Site.id.in_(subject.site_ids))
        return statement

    def filtered(
        self, subject: AuthSubject, filters: WorkDayFilters
    ) -> Select[WorkDay, Site, Worker, Business]:
        statement = self.visible_rows(subject)
        if filters.site_id is not None:
            statement = statement.where(WorkDay.site_id == filters.site_id)
        if filters.business_id is not None:
            statement = statement.where(WorkDay.business_id == filters.business_id)
        if filters.worker_id is not None:
            statement = statement.where(WorkDay.worker_id == filters.worker_id)
        if filters.date_from is not None:
            statement = statement.where(WorkDay.work_date >= filters.date_from)
        if filters.date_to is not None:
            statement = statement.where(WorkDay.work_date <= filters.date_to)
        if filters.ccus_status is not None:
            statement = statement.where(WorkDay.ccus_status == filters.ccus_status)
        if filters.ccus_state is not None:
            statement = statement.where(WorkDay.ccus_state == filters.ccus_state)
        if filters.state == "open":
            statement = statement.where(WorkDay.entry_at.is_not(None), WorkDay.exit_at.is_(None))
        elif filters.state == "exit_only":
            statement = statement.where(WorkDay.entry_at.is_(None))
        elif filters.state == "complete":
            statement = statement.where(WorkDay.entry_at.is_not(None), WorkDay.exit_at.is_not(None))
        return statement.order_by(*order_by(filters.sort, SORTABLE, "-work_date", WorkDay.id))

    async def page(
        self, statement: Select[WorkDay, Site, Worker, Business], page: PageParams
    ) -> tuple[Sequence[Row], int, bool]:
        """The page, the total and whether the total is exact: counting a tenant's millions of
        work days for a page header would cost more than the page, so it stops at a cap."""
        capped = statement.order_by(None).with_only_columns(WorkDay.id).limit(COUNT_CAP + 1)
        count = select(func.count()).select_from(capped.subquery())
        total = (await self.session.execute(count)).scalar_one()
        rows = (await self.session.execute(statement.limit(page.limit).offset(page.offset))).all()
        return (
            [(row[0], row[1], row[2], row[3]) for row in rows],
            min(total, COUNT_CAP),
            total <= COUNT_CAP,
        )

    async def rows(
        self, statement: Select[WorkDay, Site, Worker, Business], limit: int
    ) -> Sequence[Row]:
        rows = (await self.session.execute(statement.limit(limit))).all()
        return [(row[0], row[1], row[2], row[3]) for row in rows]

    async def visible_row(self, subject: AuthSubject, work_day_id: UUID) -> Row | None:
        row = (
            await self.session.execute(self.visible_rows(subject).where(WorkDay.id == work_day_id))
        ).one_or_none()
        return (row[0], row[1], row[2], row[3]) if row else None

    async def month(self, tenant_id: UUID, site_id: UUID, first: date, last: date) -> Sequence[Any]:
        """Plain rows, not entities: a busy site's month is thousands of cells."""
        statement = (
            select(
                WorkDay.id,
                WorkDay.work_date,
                WorkDay.entry_at,
                WorkDay.exit_at,
                WorkDay.ccus_status,
                WorkDay.ccus_state,
                WorkDay.ccus_hold_code,
                WorkDay.ccus_error_code,
                WorkDay.business_id,
                Worker.id.label("worker_id"),
                Worker.code,
                Worker.family_name,
                Worker.given_name,
            )
            .join(
                Worker, and_(Worker.tenant_id == WorkDay.tenant_id, Worker.id == WorkDay.worker_id)
            )
            .where(
                WorkDay.tenant_id == tenant_id,
                WorkDay.site_id == site_id,
                WorkDay.work_date.between(first, last),
            )
            .order_by(Worker.family_kana, Worker.given_kana, Worker.id, WorkDay.work_date)
        )
        return (await self.session.execute(statement)).all()

    async def person_days(self, tenant_id: UUID, site_id: UUID, first: date, last: date) -> int:
        statement = select(func.count()).where(
            WorkDay.tenant_id == tenant_id,
            WorkDay.site_id == site_id,
            WorkDay.work_date.between(first, last),
        )
        return int((await self.session.execute(statement)).scalar_one())

    async def day_counts(self, tenant_id: UUID, worker_id: UUID) -> tuple[int, int]:
        """(all work days, CCUS-accepted work days) of a worker; a date counts once."""
        statement = select(
            func.count(func.distinct(WorkDay.work_date)),
            func.count(func.distinct(WorkDay.work_date)).filter(
                WorkDay.ccus_state == CcusState.succeeded
            ),
        ).where(WorkDay.tenant_id == tenant_id, WorkDay.worker_id == worker_id)
        total, valid = (await self.session.execute(statement)).one()
        return int(total), int(valid)

    async def any_for(self, tenant_id: UUID) -> bool:
        """Whether the tenant has any work history at all."""
        statement = select(exists().where(WorkDay.tenant_id == tenant_id))
        return bool((await self.session.execute(statement)).scalar())

    # The CCUS package's questions about work days (it never reads or writes the table itself).

    def on_ccus_sites(self, tenant_id: UUID, days: Sequence[tuple[UUID, date]]) -> Select[Any]:
        """Of these work days (id, date), those on sites linked to CCUS (a site without a 現場ID
        has nowhere to send them), in id order: the outbox's enqueue runs it for every terminal
        batch. One index probe per day, in its month's partition (LATERAL … OFFSET 0)."""
        wanted = (
            func.unnest(
                cast([day_id for day_id, _ in days], ARRAY(Uuid())),
                cast([work_date for _, work_date in days], ARRAY(Date())),
            )
            .table_valued("id", "work_date")
            .render_derived("u")
        )
        linked = (
            select(WorkDay.id)
            .join(Site, and_(Site.tenant_id == WorkDay.tenant_id, Site.id == WorkDay.site_id))
            .where(
                WorkDay.tenant_id == tenant_id,
                WorkDay.id == wanted.c.id,
                WorkDay.work_date == wanted.c.work_date,
                Site.ccus_site_id.is_not(None),
            )
            .offset(0)
            .lateral("d")
        )
        return select(linked.c.id).select_from(wanted).join(linked, true()).order_by(linked.c.id)

    async def fixable(
        self, tenant_id: UUID, party: str, party_id: UUID, hold_code: str, codes: Iterable[str]
    ) -> list[UUID]:
        """A site's, business's or worker's (`party`) days held or not applicable for want of
        its ID (`hold_code`), or refused by CCUS with one of `codes`."""
        column = {"site": WorkDay.site_id, "business": WorkDay.business_id}.get(
            party, WorkDay.worker_id
        )
        statement = select(WorkDay.id).where(
            WorkDay.tenant_id == tenant_id,
            column == party_id,
            or_(
                WorkDay.ccus_state.in_([CcusState.held, CcusState.not_applicable])
                & (WorkDay.ccus_hold_code == hold_code),
                (WorkDay.ccus_state == CcusState.rejected)
                & WorkDay.ccus_error_code.in_(list(codes)),
            ),
        )
        return list((await self.session.execute(statement)).scalars())

    async def for_ccus(self, tenant_id: UUID, ids: Sequence[UUID]) -> Sequence[Any]:
        """What a work-history record is built from, with the CCUS IDs it needs."""
        rows = await self.session.execute(_FOR_CCUS, {"tenant_id": tenant_id, "ids": list(ids)})
        return rows.all()

    async def mark_ccus(
        self,
        tenant_id: UUID,
        ids: Sequence[UUID],
        state: CcusState,
        code: str | None = None,
        message: str | None = None,
    ) -> None:
        """A state and its code: genba's (GENB…) as the hold code, CCUS's as the error."""
        if not ids:
            return
        hold = is_hold_code(code)
        await self.session.execute(
            update(WorkDay)
            .where(WorkDay.tenant_id == tenant_id, WorkDay.id.in_(list(ids)))
            .values(
                ccus_state=state,
                ccus_status=COARSE_STATUS[state],
                ccus_hold_code=code if hold else None,
                ccus_error_code=None if hold else code,
                ccus_error_message=None if hold else message,
                ccus_checked_at=func.now(),
                # CCUS's answer is not an edit: the row's own updated_at stays.
                updated_at=WorkDay.updated_at,
            )
            .execution_options(synchronize_session=False)
        )

    async def mark_ccus_results(
        self, tenant_id: UUID, results: Sequence[tuple[UUID, bool, str | None, str | None]]
    ) -> None:
        """Per-record results of a work-history submission: (id, ok, code, message) each."""
        if not results:
            return
        ids, oks, codes, messages = (list(column) for column in zip(*results, strict=True))
        await self.session.execute(
            _MARK_RESULTS,
            {"tenant_id": tenant_id, "ids": ids, "oks": oks, "codes": codes, "messages": messages},
        )


_FOR_CCUS = text(
    """
    SELECT d.id, d.work_date, d.entry_at, d.exit_at, d.position_code,
           s.ccus_site_id, b.ccus_business_id, w.ccus_worker_id,
           o.major_code || o.minor_code AS occupation_code
    FROM work_days d
    JOIN sites s ON s.tenant_id = d.tenant_id AND s.id = d.site_id
    JOIN businesses b ON b.tenant_id = d.tenant_id AND b.id = d.business_id
    JOIN workers w ON w.tenant_id = d.tenant_id AND w.id = d.worker_id
    JOIN occupations o ON o.id = d.occupation_id
    WHERE d.tenant_id = :tenant_id AND d.id = ANY(CAST(:ids AS uuid[]))
    """
)

_MARK_RESULTS = text(
    """
    UPDATE work_days d SET ccus_status = CASE WHEN r.ok THEN 'synced' ELSE 'failed' END,
        ccus_state = CASE WHEN r.ok THEN 'succeeded' ELSE 'rejected' END, ccus_hold_code = NULL,
        ccus_error_code = r.code, ccus_error_message = r.message, ccus_checked_at = now()
    FROM unnest(CAST(:ids AS uuid[]), CAST(:oks AS boolean[]), CAST(:codes AS text[]),
                CAST(:messages AS text[])) AS r(id, ok, code, message)
    WHERE d.tenant_id = :tenant_id AND d.id = r.id
    """
)

"""The CCUS jobs a unit of work wakes after its commit (names are the arq task names)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.jobs import enqueue_after_commit

DISPATCH_TASK = "ccus.dispatch"
COLLECT_TASK = "ccus.collect"
VERIFY_ALL_TASK = "ccus.verify_all"


def wake_dispatch(session: AsyncSession) -> None:
    enqueue_after_commit(session, DISPATCH_TASK)

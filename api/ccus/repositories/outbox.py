"""The one writer of `ccus_outbox`: enqueue, claim, reschedule, hold and re-queue, resolve, and
the results CCUS sends back, each job in its own module and joined here into one repository.

Every statement names its tenant, except the dispatcher's cross-tenant ones (see
`dispatching`); the sending itself runs scoped to one tenant."""

from __future__ import annotations

from api.ccus.repositories.dispatching import OutboxDispatching
from api.ccus.repositories.queueing import OutboxQueueing
from api.ccus.repositories.requeue import OutboxRequeue
from api.ccus.repositories.reschedule import OutboxReschedule
from api.ccus.repositories.results import OutboxResults
from api.ccus.repositories.statuses import OutboxStatuses
from api.ccus.repositories.views import OutboxViews
from api.kit.repository import TenantScopedRepository
from api.models.ccus_outbox import OutboxRow


class OutboxRepository(
    OutboxQueueing,
    OutboxDispatching,
    OutboxReschedule,
    OutboxStatuses,
    OutboxRequeue,
    OutboxResults,
    OutboxViews,
    TenantScopedRepository[OutboxRow],
):
    model = OutboxRow

from __future__ import annotations

from api.errors import Conflict, NotFound, ServiceUnavailable


class OutboxEntryNotFound(NotFound):
    code = "ccus.outbox_not_found"
    title = "No such CCUS send"


class OutboxNotPending(Conflict):
    code = "ccus.not_pending"
    title = "Only a send that has not gone out yet can be cancelled"


class OutboxStillOpen(Conflict):
    code = "ccus.still_open"
    title = "The send is still queued or under way; wait for its result"


class EntityNotLinked(NotFound):
    code = "ccus.not_linked"
    title = "The entity has no CCUS ID"


class CcusUnreachable(ServiceUnavailable):
    code = "ccus.unavailable"
    title = "CCUS cannot be reached right now; try again later"


class CcusDoesNotKnow(NotFound):
    code = "ccus.unknown_id"
    title = "CCUS holds nothing under this ID"


class CcusRefused(Conflict):
    code = "ccus.refused"
    title = "CCUS refused the request"


class CcusRefusedAuthentication(Conflict):
    code = "ccus.authentication_failed"
    title = "CCUS refused the CCUS ID and 本人確認番号; correct them and try again"

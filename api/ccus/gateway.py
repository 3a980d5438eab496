"""What the product needs from CCUS, whatever speaks to it (HTTP today, an adapter for the
official API later, a fake never: tests use the real sandbox or respx)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from api.ccus.wire import (
    Entity,
    EntityKind,
    EntityResult,
    RecordResult,
    SiteRegistered,
    StructureDifference,
    Submission,
    SubmissionAccepted,
    VerifyResult,
    WorkRecord,
)

# The width of every column that keeps a CCUS code and its message (outbox, entities, days).
CODE_LENGTH = 16
MESSAGE_LENGTH = 1000


def fitted(code: str, message: str) -> tuple[str, str]:
    """A code and its message as those columns keep them."""
    return code[:CODE_LENGTH], message[:MESSAGE_LENGTH]


class CcusError(Exception):
    """CCUS did not take the request."""

    def __init__(self, code: str, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
        self.retry_after = retry_after

    def stored(self) -> tuple[str, str]:
        return fitted(self.code, self.message)


class CcusUnavailable(CcusError):
    """Down, busy, in maintenance or unreachable: try again later (after `retry_after`)."""


class CcusPaused(CcusUnavailable):
    """Not called at all: the circuit breaker is open (CCUS kept failing). Not a try."""


class CcusRejected(CcusError):
    """The request itself was refused (bad credentials, malformed): retrying will not help."""


class CcusNotFound(CcusRejected):
    pass


class CcusGateway(Protocol):
    # CCUS kept failing and this gateway pauses its calls (the circuit breaker is open): a
    # dispatcher takes no rows meanwhile, as a row taken only to be put back would count a try
    # that never reached CCUS and push its next retry further out.
    @property
    def paused(self) -> bool: ...

    # With the entity's 本人確認番号, as CCUS authenticates who fetches or updates its data.
    async def put_entity(
        self,
        kind: EntityKind,
        ccus_id: str,
        key: str,
        data: dict[str, Any],
        verification_number: str | None = None,
    ) -> EntityResult: ...

    async def get_entity(
        self, kind: EntityKind, ccus_id: str, verification_number: str | None = None
    ) -> Entity: ...

    async def register_site(self, key: str, data: dict[str, Any]) -> SiteRegistered: ...

    async def post_structure(
        self, site_id: str, differences: Sequence[StructureDifference]
    ) -> list[RecordResult]: ...

    async def submit_work_histories(self, records: Sequence[WorkRecord]) -> SubmissionAccepted: ...

    async def get_submission(self, submission_id: str) -> Submission: ...

    async def verify(
        self, kind: EntityKind, ccus_id: str, verification_number: str | None
    ) -> VerifyResult: ...

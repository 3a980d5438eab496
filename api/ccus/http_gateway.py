"""CcusGateway over HTTP: timeouts, bounded retries (exponential backoff with full jitter,
Retry-After honoured: api/ccus/backoff.py), and a circuit breaker while CCUS keeps failing.
Every record carries an idempotency key, so a retry after a lost answer never creates a second
record."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import structlog

from api.ccus.backoff import Jitter, call_retry_delay
from api.ccus.breaker import CircuitBreaker
from api.ccus.gateway import (
    CcusError,
    CcusNotFound,
    CcusPaused,
    CcusRejected,
    CcusUnavailable,
)
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
from api.config import Settings

log = structlog.get_logger(__name__)


def retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


COLLECTIONS = {
    EntityKind.site: "sites",
    EntityKind.business: "businesses",
    EntityKind.worker: "workers",
}


class HttpCcusGateway:
    def __init__(
        self,
        client: httpx.AsyncClient,
        settings: Settings,
        *,
        breaker: CircuitBreaker | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        jitter: Jitter = random.uniform,
    ) -> None:
        self.client = client
        self.settings = settings
        self.breaker = breaker or CircuitBreaker(
            settings.ccus_breaker_threshold, settings.ccus_breaker_cooldown_seconds
        )
        self.sleep = sleep
        self.jitter = jitter

    @property
    def paused(self) -> bool:
        return self.breaker.open

    @classmethod
    def client_for(cls, settings: Settings) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=settings.ccus_base_url,
            headers={"Authorization": f"Bearer {settings.ccus_token.get_secret_value()}"},
            timeout=httpx.Timeout(settings.ccus_timeout_seconds),
        )

    async def _request(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
    ) -> Any:
        if self.breaker.open:
            raise CcusPaused(
                "BREAKER_OPEN",
                "CCUS kept failing; calls pause for a while.",
                retry_after=self.breaker.remaining(),
            )
        attempts = self.settings.ccus_max_attempts
        for attempt in range(1, attempts + 1):
            failure = await self._attempt(method, path, body, headers)
            if not isinstance(failure, CcusError):
                self.breaker.succeeded()
                return failure
            self.breaker.failed()
            delay = call_retry_delay(attempt, failure, self.settings, self.jitter)
            if (
                attempt == attempts
                or self.breaker.open
                or delay > self.settings.ccus_retry_after_max_seconds
            ):
                raise failure
            log.info(
                "ccus_retry", path=path, attempt=attempt, code=failure.code, delay=round(delay, 3)
            )
            await self.sleep(delay)
        raise AssertionError("unreachable")

    async def _attempt(
        self, method: str, path: str, body: Any, headers: dict[str, str] | None
    ) -> Any:
        """The decoded answer, or the retryable failure; refusals raise at once."""
        try:
            response = await self.client.request(method, path, json=body, headers=headers)
        except httpx.TimeoutException:
            return CcusUnavailable("TIMEOUT", "CCUS did not answer in time.")
        except httpx.TransportError as error:
            return CcusUnavailable("UNREACHABLE", type(error).__name__)
        if response.status_code < 400:
            return response.json()
        try:
            problem = response.json()
        except ValueError:
            problem = {}
        code = str(problem.get("code") or f"HTTP{response.status_code}")
        message = str(problem.get("message") or response.reason_phrase)
        if response.status_code == 429 or response.status_code >= 500:
            return CcusUnavailable(
                code, message, retry_after=retry_after_seconds(response.headers.get("Retry-After"))
            )
        if response.status_code == 404:
            raise CcusNotFound(code, message)
        raise CcusRejected(code, message)

    async def put_entity(
        self,
        kind: EntityKind,
        ccus_id: str,
        key: str,
        data: dict[str, Any],
        verification_number: str | None = None,
    ) -> EntityResult:
        answer = await self._request(
            "PUT",
            f"/v1/{COLLECTIONS[kind]}/{ccus_id}",
            {"key": key, "data": data},
            _verified(verification_number),
        )
        return EntityResult.model_validate(answer)

    async def get_entity(
        self, kind: EntityKind, ccus_id: str, verification_number: str | None = None
    ) -> Entity:
        path = f"/v1/{COLLECTIONS[kind]}/{ccus_id}"
        return Entity.model_validate(
            await self._request("GET", path, headers=_verified(verification_number))
        )

    async def register_site(self, key: str, data: dict[str, Any]) -> SiteRegistered:
        """The key makes a retry after a lost answer get the same 現場ID, not a second site."""
        answer = await self._request("POST", "/v1/sites", {"key": key, "data": data})
        return SiteRegistered.model_validate(answer)

    async def post_structure(
        self, site_id: str, differences: Sequence[StructureDifference]
    ) -> list[RecordResult]:
        body = {"differences": [difference.model_dump(mode="json") for difference in differences]}
        answer = await self._request("POST", f"/v1/sites/{site_id}/structure", body)
        return [RecordResult.model_validate(item) for item in answer]

    async def submit_work_histories(self, records: Sequence[WorkRecord]) -> SubmissionAccepted:
        body = {"records": [record.model_dump(mode="json") for record in records]}
        return SubmissionAccepted.model_validate(
            await self._request("POST", "/v1/work-histories", body)
        )

    async def get_submission(self, submission_id: str) -> Submission:
        return Submission.model_validate(
            await self._request("GET", f"/v1/submissions/{submission_id}")
        )

    async def verify(
        self, kind: EntityKind, ccus_id: str, verification_number: str | None
    ) -> VerifyResult:
        body = {"kind": kind.value, "id": ccus_id, "verification_number": verification_number}
        return VerifyResult.model_validate(await self._request("POST", "/v1/verifications", body))


def _verified(verification_number: str | None) -> dict[str, str] | None:
    """CCUS authenticates a business or worker by its 本人確認番号 (ADR 0017)."""
    return {"X-Verification-Number": verification_number} if verification_number else None

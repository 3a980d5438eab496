"""Limits on the requests that send account mail, on the project's one mechanism (fixed windows
in Redis, api/kit/rate_window.py, as failed logins).

- Password reset, per client address: past the limit the answer is 429 with Retry-After. Every
  request counts alike, whether its email has accounts or not, so the 429 tells nothing about
  any address.
- Password reset, per email: past the limit the answer stays the same 202 and no mail is
  written: the owner's inbox cannot be flooded, and nothing tells whether the address exists.
- Invitation resends, per invited user: past the limit an administrator gets 429.

A Redis outage lets requests through (logged), as for logins: the mails stay bounded by the
links themselves (a new link retires the old), and an outage must not stop resets.
"""

from __future__ import annotations

from uuid import UUID

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

from api.accounts.errors import TooManyInvitationResends, TooManyResetRequests
from api.config import Settings
from api.errors import AppError
from api.kit.rate_window import FixedWindows

log = structlog.get_logger(__name__)


def _too_many(error: type[AppError], retry_after: int) -> AppError:
    return error(
        f"Too many requests. Try again in {retry_after} seconds.",
        headers={"Retry-After": str(retry_after)},
    )


class AccountMailThrottle:
    def __init__(self, redis: Redis, settings: Settings) -> None:
        self.windows = FixedWindows(
            redis, "genba:account-mail", settings.account_mail_window_seconds
        )
        self.per_address = settings.password_reset_max_per_address
        self.per_client = settings.password_reset_max_per_client
        self.resends = settings.invitation_resend_max

    async def reset_allowed(self, email: str, client_address: str) -> bool:
        """Count a reset request. Raises 429 past the client's limit; False (send nothing,
        answer alike) past the address's."""
        client_key = self.windows.key("reset-client", client_address)
        address_key = self.windows.key("reset-address", email)
        try:
            from_client, for_address = await self.windows.hit([client_key, address_key])
            if from_client > self.per_client:
                raise _too_many(TooManyResetRequests, await self.windows.retry_after(client_key))
        except RedisError:
            log.warning("account_mail_throttle_unavailable", exc_info=True)
            return True
        if for_address > self.per_address:
            log.info("password_reset_quietly_limited")
            return False
        return True

    async def ensure_resend_allowed(self, tenant_id: UUID, user_id: UUID) -> None:
        key = self.windows.key("resend", str(tenant_id), str(user_id))
        try:
            (count,) = await self.windows.hit([key])
            if count > self.resends:
                raise _too_many(TooManyInvitationResends, await self.windows.retry_after(key))
        except RedisError:
            log.warning("account_mail_throttle_unavailable", exc_info=True)

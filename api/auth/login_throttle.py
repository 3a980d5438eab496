"""Limit failed logins in fixed windows kept in Redis, so that nobody can lock anyone else out.

- account + address: a few failures for one email from one client address block that pair
  before the password is checked; the owner elsewhere is not affected.
- account: many failures for one email over all addresses (a distributed guess) block it,
  except from an address this account has logged in from before (the owner's usual place).
- address: many failures from one address (a spray of emails, known or not) make its failures
  answer 429; the password is still checked, so a correct one logs in from there.

Emails count alike whether an account exists or not: the answers must not tell them apart.
"""

from __future__ import annotations

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

from api.auth.errors import TooManyLoginAttempts
from api.config import Settings
from api.kit.rate_window import FixedWindows, digest

log = structlog.get_logger(__name__)


class LoginThrottle:
    def __init__(self, redis: Redis, settings: Settings) -> None:
        self.redis = redis
        self.windows = FixedWindows(
            redis, "genba:login-failures", settings.login_failure_window_seconds
        )
        self.known_seconds = settings.login_known_address_days * 86_400
        self.limits = {
            "pair": settings.login_max_failures,
            "account": settings.login_max_failures_per_account,
            "ip": settings.login_max_failures_per_ip,
        }

    def _keys(self, email: str, ip: str) -> dict[str, str]:
        return {
            "pair": self.windows.key("pair", email, ip),
            "account": self.windows.key("account", email),
            "ip": self.windows.key("ip", ip),
            "known": f"genba:login-known:{digest(email, ip)}",
        }

    async def _refuse(self, key: str) -> TooManyLoginAttempts:
        retry_after = await self.windows.retry_after(key)
        return TooManyLoginAttempts(
            f"Too many failed logins. Try again in {retry_after} seconds.",
            headers={"Retry-After": str(retry_after)},
        )

    async def ensure_allowed(self, email: str, ip: str) -> None:
        """Before the password is checked: the pair's and the account's limits."""
        keys = self._keys(email, ip)
        try:
            pair, account, known = await self.windows.counts(
                [keys["pair"], keys["account"], keys["known"]]
            )
            if pair >= self.limits["pair"]:
                raise await self._refuse(keys["pair"])
            if account >= self.limits["account"] and not known:
                raise await self._refuse(keys["account"])
        except RedisError:
            # Argon2 already makes guessing slow; a Redis outage must not lock every user out.
            log.warning("login_throttle_unavailable", exc_info=True)

    async def record_failure(self, email: str, ip: str) -> TooManyLoginAttempts | None:
        """Count the failure; past the address's limit, the error to answer instead of 401."""
        keys = self._keys(email, ip)
        try:
            _, _, from_ip = await self.windows.hit([keys[k] for k in ("pair", "account", "ip")])
            if from_ip > self.limits["ip"]:
                return await self._refuse(keys["ip"])
        except RedisError:
            log.warning("login_throttle_unavailable", exc_info=True)
        return None

    async def record_success(self, email: str, ip: str) -> None:
        keys = self._keys(email, ip)
        try:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.delete(keys["pair"])
                pipe.set(keys["known"], b"1", ex=self.known_seconds)
                await pipe.execute()
        except RedisError:
            log.warning("login_throttle_unavailable", exc_info=True)

"""Limit failed logins per email and per client address, in fixed windows kept in Redis."""

from __future__ import annotations

import hashlib

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

from api.auth.errors import TooManyLoginAttempts
from api.config import Settings

log = structlog.get_logger(__name__)


class LoginThrottle:
    def __init__(self, redis: Redis, settings: Settings) -> None:
        self.redis = redis
        self.window = settings.login_failure_window_seconds
        self.limits = {
            "email": settings.login_max_failures,
            "ip": settings.login_max_failures_per_ip,
        }

    @staticmethod
    def _key(kind: str, value: str) -> str:
        return f"genba:login-failures:{kind}:{hashlib.sha256(value.encode()).hexdigest()}"

    def _keys(self, email: str, ip: str) -> dict[str, str]:
        return {"email": self._key("email", email), "ip": self._key("ip", ip)}

    async def ensure_allowed(self, email: str, ip: str) -> None:
        keys = self._keys(email, ip)
        try:
            counts = await self.redis.mget(list(keys.values()))
            for (kind, key), count in zip(keys.items(), counts, strict=True):
                if count is not None and int(count) >= self.limits[kind]:
                    retry_after = max(1, await self.redis.ttl(key))
                    raise TooManyLoginAttempts(
                        f"Too many failed logins. Try again in {retry_after} seconds.",
                        headers={"Retry-After": str(retry_after)},
                    )
        except RedisError:
            # Argon2 already makes guessing slow; a Redis outage must not lock every user out.
            log.warning("login_throttle_unavailable", exc_info=True)

    async def record_failure(self, email: str, ip: str) -> None:
        try:
            async with self.redis.pipeline(transaction=True) as pipe:
                for key in self._keys(email, ip).values():
                    pipe.incr(key)
                    pipe.expire(key, self.window, nx=True)
                await pipe.execute()
        except RedisError:
            log.warning("login_throttle_unavailable", exc_info=True)

    async def reset(self, email: str) -> None:
        try:
            await self.redis.delete(self._key("email", email))
        except RedisError:
            log.warning("login_throttle_unavailable", exc_info=True)

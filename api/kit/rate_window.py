"""The project's one rate-limiting mechanism: counters in fixed windows kept in Redis. A hit
increments its keys; the first hit of a window sets the window's expiry. Keys are digests, so
Redis never holds an email or a client address in clear. Callers decide what a count over
their limit means (a 429, or a quiet refusal) and what a Redis outage means."""

from __future__ import annotations

from redis.asyncio import Redis

from api.kit.digests import sha256_hex


def digest(*parts: str) -> str:
    return sha256_hex("\x00".join(parts))


class FixedWindows:
    def __init__(self, redis: Redis, prefix: str, window_seconds: int) -> None:
        self.redis = redis
        self.prefix = prefix
        self.window = window_seconds

    def key(self, kind: str, *parts: str) -> str:
        return f"{self.prefix}:{kind}:{digest(*parts)}"

    async def counts(self, keys: list[str]) -> list[int]:
        """The current window's counts, without counting."""
        values = await self.redis.mget(keys)
        return [int(value) if value is not None else 0 for value in values]

    async def hit(self, keys: list[str]) -> list[int]:
        """Count one more for each key; the counts after it."""
        async with self.redis.pipeline(transaction=True) as pipe:
            for key in keys:
                pipe.incr(key)
                pipe.expire(key, self.window, nx=True)
            results = await pipe.execute()
        return [int(count) for count in results[::2]]

    async def retry_after(self, key: str) -> int:
        """Seconds until the key's window ends (at least 1)."""
        return max(1, int(await self.redis.ttl(key)))

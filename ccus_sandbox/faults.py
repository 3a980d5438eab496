"""Injected faults, as configured: latency, 5xx, hangs, throttling and maintenance windows
before anything is applied, and answers lost after a write was applied."""

from __future__ import annotations

import asyncio
import random
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from fastapi.responses import JSONResponse

from ccus_sandbox.catalogue import Catalogue
from ccus_sandbox.settings import Faults

TOKYO = ZoneInfo("Asia/Tokyo")

LostAnswer = Literal["timeout", "reset"]


class FaultInjector:
    def __init__(self, faults: Faults, catalogue: Catalogue, seed: int | None) -> None:
        self.faults = faults
        self.catalogue = catalogue
        self.random = random.Random(seed)

    def _seconds_until_window_ends(self, now: datetime) -> int | None:
        if self.faults.maintenance:
            return self.faults.retry_after_seconds
        if now.weekday() in self.faults.maintenance_weekdays:
            midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), TOKYO)
            return int((midnight - now).total_seconds()) + 1
        return None

    async def check(self) -> JSONResponse | None:
        """An answer that replaces the real one, or None to go on."""
        faults = self.faults
        if faults.latency_ms:
            await asyncio.sleep(faults.latency_ms / 1000)
        window = self._seconds_until_window_ends(datetime.now(TOKYO))
        if window is not None:
            return self._problem(503, "SYS00011E", retry_after=window)
        roll = self.random.random()
        if roll < faults.timeout_rate:
            await asyncio.sleep(faults.timeout_seconds)
            return self._problem(504, "SYSA0001E")
        roll -= faults.timeout_rate
        if roll < faults.error_rate:
            return self._problem(500, "SYSA0001E")
        roll -= faults.error_rate
        if roll < faults.throttle_rate:
            return self._problem(429, "SYS00429E", retry_after=faults.retry_after_seconds)
        return None

    def lost_answer(self, method: str, path: str) -> LostAnswer | None:
        """For a call that passed `check`: whether it is applied and its answer then lost.
        Only writes (reads and ID checks apply nothing); no roll unless configured, so a seeded
        run without these faults draws the same sequence as before they existed."""
        faults = self.faults
        if method not in {"POST", "PUT"} or path == "/v1/verifications":
            return None
        if not (faults.applied_then_timeout_rate or faults.applied_then_reset_rate):
            return None
        roll = self.random.random()
        if roll < faults.applied_then_timeout_rate:
            return "timeout"
        if roll - faults.applied_then_timeout_rate < faults.applied_then_reset_rate:
            return "reset"
        return None

    def _problem(self, status: int, code: str, retry_after: int | None = None) -> JSONResponse:
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
        return JSONResponse(
            {"code": code, "message": self.catalogue.message(code)},
            status_code=status,
            headers=headers,
        )

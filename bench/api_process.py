"""The real API in its own process (uvicorn), as terminals reach it."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tools.devstack.ephemeral import ServerSet, free_port
from tools.devstack.processes import spawn


@contextmanager
def running_api(server_set: ServerSet, profile_to: Path | None = None) -> Iterator[str]:
    """With `profile_to`, the API runs under pyinstrument and writes its profile there on exit."""
    port = free_port()
    env = {
        **os.environ,
        "GENBA_ENV": "testing",
        "GENBA_DATABASE_URL": server_set.app_url,
        "GENBA_MIGRATION_DATABASE_URL": server_set.owner_url,
        "GENBA_REDIS_URL": server_set.redis.url,
        "GENBA_LOG_LEVEL": "WARNING",
    }
    argv = (
        [sys.executable, "-m", "bench.profiled_api", str(profile_to), str(port)]
        if profile_to is not None
        else [
            sys.executable,
            "-m",
            "uvicorn",
            "api.app:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
    )
    process = spawn(argv, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the API did not start")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=60 if profile_to is not None else 10)

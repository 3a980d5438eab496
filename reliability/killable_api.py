"""The API as its own uvicorn process, which a fault suite SIGKILLs and starts again."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from tools.devstack.ephemeral import ServerSet, free_port
from tools.devstack.processes import spawn


class Api:
    """The API as its own process, which this suite kills and starts again."""

    def __init__(self, server_set: ServerSet) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "GENBA_ENV": "testing",
            "GENBA_DATABASE_URL": server_set.app_url,
            "GENBA_MIGRATION_DATABASE_URL": server_set.owner_url,
            "GENBA_REDIS_URL": server_set.redis.url,
            "GENBA_LOG_LEVEL": "ERROR",
        }
        self.process: Any = None

    def start(self) -> None:
        argv = [
            sys.executable,
            "-m",
            "uvicorn",
            "api.app:app",
            "--port",
            str(self.port),
            "--log-level",
            "error",
        ]
        self.process = spawn(argv, env=self.env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("the API did not start")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


@contextmanager
def running(api: Api) -> Iterator[Api]:
    api.start()
    try:
        yield api
    finally:
        if api.process.poll() is None:
            api.process.terminate()
            api.process.wait(timeout=10)

"""The application's processes in a cluster (API, arq worker, CCUS sandbox), started as
`make run` starts them, each logging to its own file, each killable and startable again."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import httpx

from tools.devstack.processes import spawn, stop

HOST = "127.0.0.1"


def api_argv(port: int) -> list[str]:
    # --no-proxy-headers: the app reads X-Forwarded-For itself, from GENBA_TRUSTED_PROXIES only.
    return [
        sys.executable, "-m", "uvicorn", "api.app:app", "--host", HOST, "--port", str(port),
        "--no-proxy-headers", "--log-level", "warning",
    ]  # fmt: skip


def worker_argv() -> list[str]:
    return [sys.executable, "-m", "arq", "api.worker.WorkerSettings"]


def sandbox_argv(port: int) -> list[str]:
    return [sys.executable, "-m", "ccus_sandbox", "--port", str(port)]


@dataclass
class AppProcess:
    name: str
    argv: list[str]
    env: dict[str, str]
    cwd: Path
    log_path: Path
    health_url: str | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _log: IO[bytes] | None = field(default=None, repr=False)

    def start(self, timeout: float = 60) -> None:
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.process = spawn(
            self.argv, env=self.env, cwd=self.cwd, stdout=self._log, stderr=self._log
        )
        deadline = time.monotonic() + timeout
        while self.health_url is not None:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited; see {self.log_path}")
            try:
                if httpx.get(self.health_url, timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name} did not answer {self.health_url}")
            time.sleep(0.2)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, whatever it held in flight is cut off."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
        self._close_log()

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process, timeout=20)
            self.process = None
        self._close_log()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

"""haproxy in front of the API processes, in the foreground, logging to a file."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tools.cluster.haproxy_config import HOST, config
from tools.devstack.processes import spawn, stop


def find_haproxy() -> Path:
    found = shutil.which("haproxy") or "/usr/sbin/haproxy"
    if not Path(found).is_file():
        raise RuntimeError("haproxy is missing: run `scripts/bootstrap.sh --cluster`")
    return Path(found)


@dataclass
class Haproxy:
    directory: Path
    port: int
    backends: list[int]
    _process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)
    _log: IO[bytes] | None = field(default=None, init=False, repr=False)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        path = self.directory / "haproxy.cfg"
        path.write_text(config(self.port, self.backends))
        self._log = open(self.directory / "haproxy.log", "ab")  # noqa: SIM115 - closed in stop()
        argv: list[str | Path] = [find_haproxy(), "-W", "-db", "-f", path]
        self._process = spawn(argv, stdout=self._log, stderr=self._log)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"haproxy exited; see {self.directory / 'haproxy.log'}")
            try:
                socket.create_connection((HOST, self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise TimeoutError("haproxy did not listen")

    def stop(self) -> None:
        if self._process is not None:
            stop(self._process)
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None

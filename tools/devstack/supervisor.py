"""Run a set of processes in the foreground; Ctrl-C or any one of them exiting stops them all."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from tools.devstack.processes import spawn, stop

_COLOURS = ["36", "35", "33", "32", "34", "31"]


@dataclass(frozen=True)
class Proc:
    name: str
    argv: Sequence[str | Path]


class Supervisor:
    def __init__(self, env: Mapping[str, str], cwd: Path) -> None:
        self._env = env
        self._cwd = cwd
        self._running: list[tuple[Proc, subprocess.Popen[bytes]]] = []
        self._stop = threading.Event()

    def start(self, procs: Sequence[Proc]) -> None:
        width = max(len(proc.name) for proc in procs)
        for index, proc in enumerate(procs):
            process = spawn(
                proc.argv,
                env=self._env,
                cwd=self._cwd,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
            self._running.append((proc, process))
            prefix = f"\033[{_COLOURS[index % len(_COLOURS)]}m{proc.name.ljust(width)} |\033[0m "
            threading.Thread(target=_relay, args=(process, prefix), daemon=True).start()

    def wait(self) -> int:
        """Block until a signal arrives or a process exits; return the exit status to use."""

        def request_stop(signum: int, _frame: FrameType | None) -> None:
            self._stop.set()

        signal.signal(signal.SIGINT, request_stop)
        signal.signal(signal.SIGTERM, request_stop)
        exit_code = 0
        while not self._stop.is_set():
            for proc, process in self._running:
                if process.poll() is not None:
                    print(
                        f"\n{proc.name} exited with {process.returncode}; stopping everything.",
                        flush=True,
                    )
                    exit_code = process.returncode or 1
                    self._stop.set()
                    break
            self._stop.wait(0.3)
        return exit_code

    def stop_all(self) -> None:
        for _proc, process in reversed(self._running):
            stop(process)
        self._running.clear()


def _relay(process: subprocess.Popen[bytes], prefix: str) -> None:
    assert process.stdout is not None
    for raw in iter(process.stdout.readline, b""):
        line = raw.decode("utf-8", errors="replace").rstrip("\n")
        sys.stdout.write(f"{prefix}{line}\n")
        sys.stdout.flush()

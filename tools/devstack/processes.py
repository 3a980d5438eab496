"""Start child processes that cannot outlive us, as an unprivileged user when we are root."""

from __future__ import annotations

import ctypes
import os
import pwd
import signal
import subprocess
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

_PR_SET_PDEATHSIG = 1
# Resolved before any fork: the child then only calls into C, taking no Python-level locks.
_prctl = ctypes.CDLL("libc.so.6", use_errno=True).prctl


def _die_with_parent(sig: int) -> Callable[[], None]:
    def set_parent_death_signal() -> None:
        # Runs after Popen's uid switch; the kernel clears this setting on a credential change.
        _prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)

    return set_parent_death_signal


def running_as_root() -> bool:
    return os.geteuid() == 0


def spawn(
    argv: Sequence[str | Path],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    run_as: str | None = None,
    stdout: IO[Any] | int | None = None,
    stderr: IO[Any] | int | None = None,
    death_signal: int = signal.SIGTERM,
) -> subprocess.Popen[bytes]:
    """Spawn in a new session so a terminal's Ctrl-C reaches only us; we stop children in order."""
    user_kwargs: dict[str, Any] = {}
    if run_as is not None:
        account = pwd.getpwnam(run_as)
        user_kwargs = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    return subprocess.Popen(
        [str(part) for part in argv],
        env=dict(env) if env is not None else None,
        cwd=cwd,
        stdout=stdout,
        stderr=stderr,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        preexec_fn=_die_with_parent(death_signal),  # noqa: PLW1509 - C call only, see above
        **user_kwargs,
    )


def run_checked(
    argv: Sequence[str | Path], *, run_as: str | None = None, env: Mapping[str, str] | None = None
) -> None:
    user_kwargs: dict[str, Any] = {}
    if run_as is not None:
        account = pwd.getpwnam(run_as)
        user_kwargs = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    result = subprocess.run(
        [str(part) for part in argv],
        check=False,
        capture_output=True,
        text=True,
        env=dict(env) if env is not None else None,
        **user_kwargs,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{Path(argv[0]).name} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM, timeout: float = 15) -> None:
    if process.poll() is not None:
        return
    try:
        process.send_signal(sig)
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)
    except ProcessLookupError:
        pass

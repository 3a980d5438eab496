"""Locate the PostgreSQL and Redis server binaries on this machine."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path


class MissingBinaryError(RuntimeError):
    pass


PG_INSTALL_HINT = (
    "PostgreSQL server binaries (initdb, postgres) were not found. Install them with "
    "`sudo apt-get install postgresql` (Debian/Ubuntu), or set GENBA_PG_BINDIR to their "
    "directory, or point GENBA_DATABASE_URL at an existing server."
)
REDIS_INSTALL_HINT = (
    "redis-server was not found. Install it with `sudo apt-get install redis-server` "
    "(Debian/Ubuntu), or point GENBA_REDIS_URL at an existing server."
)


def _has_pg_server(bindir: Path) -> bool:
    return (bindir / "postgres").is_file() and (bindir / "initdb").is_file()


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name))


def find_pg_bindir() -> Path:
    """PATH, then `pg_config --bindir`, then Debian's versioned directories (newest first)."""
    candidates: list[Path] = []
    if override := os.environ.get("GENBA_PG_BINDIR"):
        candidates.append(Path(override))
    if on_path := shutil.which("postgres"):
        candidates.append(Path(on_path).resolve().parent)
    if pg_config := shutil.which("pg_config"):
        result = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            candidates.append(Path(result.stdout.strip()))
    versioned = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    candidates.extend(versioned)
    for candidate in candidates:
        if _has_pg_server(candidate):
            return candidate
    raise MissingBinaryError(PG_INSTALL_HINT)


def find_redis_server() -> Path:
    for candidate in (
        shutil.which("redis-server"),
        "/usr/bin/redis-server",
        "/usr/sbin/redis-server",
    ):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise MissingBinaryError(REDIS_INSTALL_HINT)

"""The CCUS sandbox as its own process for P2, seeded with the world's CCUS IDs and a fixed
latency."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bench.setup import World
from tools.devstack.ephemeral import free_port
from tools.devstack.processes import spawn

LATENCY_MS = 50


def _ccus_id(prefix: int, number: int) -> str:
    return f"{prefix}{number:013d}"


@contextmanager
def running_sandbox(world: World, port: int | None = None) -> Iterator[str]:
    """On `port` when given: where a cluster's processes were told CCUS is."""
    seed = {
        "user_id": _ccus_id(9, 0),
        "sites": [{"id": _ccus_id(1, n), "name": f"現場{n}"} for n in range(len(world.site_ids))],
        "businesses": [{"id": _ccus_id(2, n), "name": f"事業者{n}"} for n in range(50)],
        "workers": [
            {"id": _ccus_id(3, n), "name": f"技能者{n}"} for n in range(len(world.worker_ids))
        ],
    }
    with tempfile.TemporaryDirectory() as directory:
        seed_file = Path(directory) / "seed.json"
        seed_file.write_text(json.dumps(seed, ensure_ascii=False))
        port = port or free_port()
        env = {
            **os.environ,
            "CCUS_SANDBOX_SEED_FILE": str(seed_file),
            "CCUS_SANDBOX_RESULT_DELAY_SECONDS": "0",
            "CCUS_SANDBOX_FAULT_LATENCY_MS": str(LATENCY_MS),
        }
        process = spawn([sys.executable, "-m", "ccus_sandbox", "--port", str(port)], env=env)
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)

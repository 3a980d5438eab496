"""The CCUS sandbox as its own process for R2: seeded with the world's sites, businesses and
workers, answering slowly enough to lose answers, with a fixed random seed."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.setup import World
from tools.devstack.ephemeral import free_port
from tools.devstack.processes import spawn


def _seed(world: World, directory: Path) -> Path:
    def ccus_id(prefix: int, number: int) -> str:
        return f"{prefix}{number:013d}"

    seed = {
        "user_id": ccus_id(9, 0),
        "sites": [{"id": ccus_id(1, n), "name": f"現場{n}"} for n in range(len(world.site_ids))],
        "businesses": [{"id": ccus_id(2, n), "name": f"事業者{n}"} for n in range(50)],
        "workers": [
            {"id": ccus_id(3, n), "name": f"技能者{n}"} for n in range(len(world.worker_ids))
        ],
    }
    path = directory / "seed.json"
    path.write_text(json.dumps(seed, ensure_ascii=False))
    return path


@contextmanager
def running_sandbox(world: World) -> Iterator[str]:
    """The sandbox's URL while it runs; stopped on the way out."""
    port = free_port()
    with tempfile.TemporaryDirectory() as directory:
        env = {
            **os.environ,
            "CCUS_SANDBOX_SEED_FILE": str(_seed(world, Path(directory))),
            "CCUS_SANDBOX_RESULT_DELAY_SECONDS": "0.5",
            "CCUS_SANDBOX_FAULT_TIMEOUT_SECONDS": "2",
            "CCUS_SANDBOX_FAULT_LATENCY_MS": "20",
            "CCUS_SANDBOX_RANDOM_SEED": "11",
        }
        sandbox = spawn([sys.executable, "-m", "ccus_sandbox", "--port", str(port)], env=env)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            sandbox.terminate()
            sandbox.wait(timeout=10)

"""`python -m tools.cluster` (`make cluster`): the multi-process deployment in the foreground;
Ctrl-C stops everything and removes its state directory (--keep leaves it for a look)."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
import threading
from types import FrameType

from tools.cluster.cluster import Cluster
from tools.cluster.shape import ClusterShape


def _banner(cluster: Cluster) -> str:
    from api.demo.data import DEMO_ADMIN_EMAIL, demo_admin_password

    nodes = ", ".join(f"{node.name} :{node.port}" for node in cluster.formation.nodes)
    primary = asyncio.run(cluster.formation.primary())
    apis = ", ".join(f"{api.name} {api.health_url}" for api in cluster.apis)
    return "\n".join(
        [
            "",
            "  genba cluster is running",
            f"  URL:          {cluster.haproxy.url}/  (haproxy → {apis})",
            f"  Workers:      {len(cluster.workers)} arq workers",
            f"  PostgreSQL:   {nodes}; primary now {primary.name}",
            f"  Monitor:      {cluster.formation.monitor_uri}",
            f"  App database: {cluster.app_url}",
            f"  Redis:        {cluster.redis.url}",
            f"  CCUS sandbox: http://127.0.0.1:{cluster.sandbox_port}/docs",
            f"  Login:        {DEMO_ADMIN_EMAIL} / {demo_admin_password()}",
            f"  State, logs:  {cluster.root}",
            f"  Budget:       {cluster.budget.needed} connections of the primary's max_connections",
            "  Stop:         Ctrl-C",
            "",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.cluster")
    parser.add_argument("--apis", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the state directory")
    arguments = parser.parse_args()
    cluster = Cluster(ClusterShape(apis=arguments.apis, workers=arguments.workers))
    stopping = threading.Event()

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        cluster.start()
        print(_banner(cluster), flush=True)
        while not stopping.wait(1):
            dead = [p.name for p in [*cluster.apis, *cluster.workers] if not p.alive()]
            if dead:
                print(f"genba: {', '.join(dead)} exited; see {cluster.root}", flush=True)
                return 1
        return 0
    finally:
        cluster.stop(keep=arguments.keep)


if __name__ == "__main__":
    sys.exit(main())

"""`python -m bench [--full] [--only P4 ...]`: run the benchmarks and print one table. P6 and
P8 run on the cluster of `make cluster`, started once for them after the others."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from bench import (
    ccus_pipeline,
    history_queries,
    import_workers,
    ingestion,
    national_morning,
    queries,
    scale_out,
    spa_size,
)
from bench.api_process import running_api
from bench.cluster_benches import ClusterBenchmark, run_on_cluster
from bench.harness import Report, servers, stack
from tools.cluster.haproxy import find_haproxy
from tools.cluster.keeper import find_pg_autoctl
from tools.devstack.ephemeral import ServerSet

PROFILE_PATH = Path(__file__).parent / "results" / "api-profile.html"

BENCHMARKS: dict[str, Callable[..., Awaitable[None]]] = {
    "P1": ingestion.run,
    "P2": ccus_pipeline.run,
    "P3": queries.run,
    "P4": import_workers.run,
    "P5": spa_size.run,
    "P7": history_queries.run,
}
ON_CLUSTER: dict[str, ClusterBenchmark] = {
    "P6": national_morning.run,
    "P8": scale_out.run,
}


async def _run(
    server_set: ServerSet, api_url: str, names: list[str], report: Report, full: bool
) -> None:
    async with stack(server_set) as running:
        for name in names:
            print(f"{name} …", flush=True)
            await BENCHMARKS[name](running, report, full=full, api_url=api_url)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--full", action="store_true", help="the sizes the targets are set for")
    parser.add_argument("--only", nargs="*", choices=sorted({*BENCHMARKS, *ON_CLUSTER}))
    parser.add_argument(
        "--profile",
        action="store_true",
        help="run the API under pyinstrument; the profile is written under bench/results/",
    )
    arguments = parser.parse_args()
    report = Report(size="full" if arguments.full else "quick")
    # The servers start outside the event loop: their start-up waits with asyncio.run.
    profile_to = PROFILE_PATH if arguments.profile else None
    names = arguments.only or [*BENCHMARKS, *ON_CLUSTER]
    clustered = [name for name in names if name in ON_CLUSTER]
    if clustered:
        # Before P1–P5's minutes: haproxy and pg_autoctl come from `scripts/bootstrap.sh --cluster`.
        find_haproxy()
        find_pg_autoctl()
    alone = [name for name in names if name in BENCHMARKS]
    if alone:
        with servers() as server_set, running_api(server_set, profile_to) as api_url:
            asyncio.run(_run(server_set, api_url, alone, report, arguments.full))
    if clustered:
        run_on_cluster(clustered, ON_CLUSTER, report, arguments.full)
    print()
    print(report.table())
    print(f"\nwritten to {report.write()}")
    if profile_to is not None:
        print(f"API profile: {profile_to}")


if __name__ == "__main__":
    main()

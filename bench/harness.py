"""What every benchmark shares: its own PostgreSQL and Redis, the schema from alembic, and a
results table. Figures are ratios or percentiles measured in the same run, because the
machines we run on are shared and noisy."""

from __future__ import annotations

import json
import os
import platform
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import AsyncEngine

from api.config import Environment, Settings
from api.db import SessionMaker, create_engine, create_sessionmaker
from tools.devstack.ephemeral import ServerSet, start_test_servers

ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = ROOT / "bench" / "results"


@dataclass
class Figure:
    benchmark: str
    name: str
    value: float
    unit: str
    target: str = ""
    met: bool | None = None


@dataclass
class Report:
    size: str
    figures: list[Figure] = field(default_factory=list)

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)
        print(f"  {figure.benchmark} {figure.name}: {figure.value:,.3f} {figure.unit}", flush=True)

    def table(self) -> str:
        lines = ["| bench | figure | value | target | met |", "|---|---|---|---|---|"]
        for figure in self.figures:
            met = "" if figure.met is None else ("yes" if figure.met else "**no**")
            lines.append(
                f"| {figure.benchmark} | {figure.name} | {figure.value:,.3f} {figure.unit} "
                f"| {figure.target} | {met} |"
            )
        return "\n".join(lines)

    def write(self) -> Path:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = RESULTS_DIR / f"{stamp}-{self.size}.json"
        payload = {
            "size": self.size,
            "machine": {"python": platform.python_version(), "cpus": _cpus()},
            "figures": [asdict(figure) for figure in self.figures],
        }
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return path


def _cpus() -> int:
    return len(os.sched_getaffinity(0))


@dataclass(frozen=True)
class Stack:
    servers: ServerSet
    settings: Settings
    engine: AsyncEngine
    sessionmaker: SessionMaker


@contextmanager
def servers() -> Iterator[ServerSet]:
    generator = start_test_servers()
    server_set = next(generator)
    try:
        config = Config(str(ROOT / "alembic.ini"))
        config.attributes.update(
            database_url=server_set.owner_url,
            app_role=server_set.roles.app,
            skip_logging_config=True,
        )
        command.upgrade(config, "head")
        yield server_set
    finally:
        generator.close()


@asynccontextmanager
async def stack(server_set: ServerSet) -> AsyncIterator[Stack]:
    settings = Settings(
        env=Environment.testing,
        database_url=server_set.app_url,
        migration_database_url=server_set.owner_url,
        redis_url=server_set.redis.url,
        log_json=True,
        log_level="WARNING",
    )
    engine = create_engine(settings, application_name="genba-bench")
    try:
        yield Stack(server_set, settings, engine, create_sessionmaker(engine))
    finally:
        await engine.dispose()

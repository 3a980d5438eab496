"""One owner per table: SQL lives in repository modules only, and a repository writes only the
tables its package owns. Read from the source, so a new module is checked the day it appears."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
API = ROOT / "api"

# Modules that talk to the database for the infrastructure itself, not for a domain.
NOT_A_REPOSITORY_BUT_ALLOWED = {
    "api/db.py": "the unit of work sets the tenant for row-level security (set_config)",
    "api/app.py": "at start-up, refuses a database role that would bypass row-level security",
    "api/health/endpoints.py": "the readiness probe's SELECT 1",
}

# Table → the package whose repository alone writes it.
OWNERS = {
    "tenants": "tenants",
    "branches": "branches",
    "users": "users",
    "user_branches": "users",
    "api_keys": "api_keys",
    "user_sessions": "auth",
    "account_tokens": "accounts",
    "audit_log": "audit",
    "businesses": "businesses",
    "business_branches": "businesses",
    "business_permits": "permits",
    "workers": "workers",
    "worker_phones": "workers",
    "worker_occupations": "workers",
    "sites": "sites",
    "site_staff": "sites",
    "site_businesses": "structure",
    "site_workers": "structure",
    "structure_changes": "structure",
    "attendance_events": "attendance",
    "attendance_event_keys": "attendance",
    "work_days": "attendance",
    "ccus_outbox": "ccus",
    "import_jobs": "imports",
    "webhook_endpoints": "webhooks",
    "webhook_events": "webhooks",
    "webhook_deliveries": "webhooks",
    "mail_outbox": "mail",
    # Masters ship with migrations; the masters package alone may change them.
    "occupations": "masters",
    "prefectures": "masters",
    "positions": "masters",
    "employment_types": "masters",
    "insurance_values": "masters",
}

_SQL_BUILDERS = {"text", "select", "insert", "update", "delete"}
_SESSION_CALLS = {"execute", "scalar", "scalars", "stream", "stream_scalars"}
_SESSION_NAMES = {"session", "connection", "conn"}
_WRITE = re.compile(r"\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)", re.IGNORECASE)
# "DO UPDATE SET", "FOR UPDATE SKIP LOCKED", "FOR UPDATE OF …" are no writes of a table.
_NOT_TABLES = {"set", "skip", "of", "nowait"}
# A table named at run time (an f-string) has no owner to check against: always a trespass.
DYNAMIC = "__dynamic__"


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def is_repository(path: Path) -> bool:
    return (
        path.name == "repository.py"
        or path.name.endswith("_repository.py")
        or path.parent.name == "repositories"
    )


def _modules() -> Iterator[Path]:
    for path in sorted(API.rglob("*.py")):
        if "models" not in path.relative_to(API).parts[:1]:
            yield path


def _sqlalchemy_names(tree: ast.Module) -> set[str]:
    """Names this module imported from SQLAlchemy that build SQL."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            names |= {alias.asname or alias.name for alias in node.names} & _SQL_BUILDERS
    return names


def _receiver(node: ast.expr) -> str:
    """`session` for session.execute, self.session.execute, connection.execute …"""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def sql_outside_repositories(path: Path, source: str) -> list[str]:
    tree = ast.parse(source)
    builders = _sqlalchemy_names(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Name) and function.id in builders:
            found.append(f"{_relative(path)}:{node.lineno} {function.id}(")
        elif (
            isinstance(function, ast.Attribute)
            and function.attr in _SESSION_CALLS
            and _receiver(function.value) in _SESSION_NAMES
        ):
            found.append(f"{_relative(path)}:{node.lineno} .{function.attr}(")
    return found


def _written_models(tree: ast.Module) -> set[str]:
    """Class names passed to insert(…), update(…) or delete(…)."""
    written = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"insert", "update", "delete"}
            and node.args
            and isinstance(node.args[0], ast.Name)
        ):
            written.add(node.args[0].id)
    return written


def _table_names() -> dict[str, str]:
    """Model class name → table name, read from api/models."""
    tables = {}
    for path in (API / "models").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for statement in node.body:
                    if (
                        isinstance(statement, ast.Assign)
                        and any(
                            isinstance(t, ast.Name) and t.id == "__tablename__"
                            for t in statement.targets
                        )
                        and isinstance(statement.value, ast.Constant)
                    ):
                        tables[node.name] = str(statement.value.value)
    return tables


def tables_written(source: str) -> set[str]:
    tree = ast.parse(source)
    names = _table_names()
    written = {names[model] for model in _written_models(tree) if model in names}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            written |= {match.lower() for match in _WRITE.findall(node.value)}
        elif isinstance(node, ast.JoinedStr):
            text = "".join(
                str(part.value) if isinstance(part, ast.Constant) else f" {DYNAMIC} "
                for part in node.values
            )
            written |= {match.lower() for match in _WRITE.findall(text)}
    return written - _NOT_TABLES


def test_sql_runs_only_in_repositories() -> None:
    offenders = []
    for path in _modules():
        if is_repository(path) or _relative(path) in NOT_A_REPOSITORY_BUT_ALLOWED:
            continue
        offenders += sql_outside_repositories(path, path.read_text(encoding="utf-8"))
    assert offenders == []


def test_each_repository_writes_only_the_tables_its_package_owns() -> None:
    trespasses = []
    for path in _modules():
        if not is_repository(path):
            continue
        package = path.relative_to(API).parts[0]
        for table in sorted(tables_written(path.read_text(encoding="utf-8"))):
            owner = OWNERS.get(table)
            if owner != package:
                trespasses.append(f"{_relative(path)} writes {table} (owner: {owner})")
    assert trespasses == []


def test_every_table_has_an_owner_and_every_owned_table_exists() -> None:
    tables = set(_table_names().values())
    assert tables - set(OWNERS) == set()
    assert set(OWNERS) - tables == set()


@pytest.mark.parametrize(
    ("source", "caught"),
    [
        ('from sqlalchemy import text\nasync def f(s):\n    await s.run(text("SELECT 1"))\n', 1),
        ("async def f(session):\n    await session.execute(x)\n", 1),
        ("async def f(self):\n    await self.session.scalar(x)\n", 1),
        ("async def f(redis):\n    await redis.execute()\n", 0),
        ("def select(x):\n    return x\nselect(1)\n", 0),
    ],
)
def test_the_sql_scan_sees_builders_and_session_calls(source: str, caught: int) -> None:
    assert len(sql_outside_repositories(API / "ccus" / "service.py", source)) == caught


def test_the_write_scan_sees_orm_and_text_writes() -> None:
    source = (
        "from sqlalchemy import update, text\n"
        "update(Worker).values(x=1)\n"
        "text(f'UPDATE {t} SET a = 1 FOR UPDATE SKIP LOCKED')\n"
        "text('INSERT INTO ccus_outbox (id) VALUES (1)')\n"
        "text('DELETE FROM work_days WHERE id = 1')\n"
    )
    assert tables_written(source) == {"workers", DYNAMIC, "ccus_outbox", "work_days"}

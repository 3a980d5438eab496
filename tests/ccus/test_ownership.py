"""The CCUS package keeps its SQL in its repositories: everything else asks them, and asks the
owners of sites, businesses, workers, work days and structure changes for what it sends."""

from __future__ import annotations

import ast
import re
from pathlib import Path

CCUS = Path(__file__).resolve().parents[2] / "api" / "ccus"
SQL_CALLS = {"text", "select", "insert", "update", "delete", "execute"}
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|WHERE)\b")


def _modules() -> list[Path]:
    return [path for path in CCUS.rglob("*.py") if "repositories" not in path.parts]


def _called(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def test_only_the_repositories_of_the_ccus_package_run_sql() -> None:
    assert _modules(), CCUS
    found = [
        f"{path.relative_to(CCUS)}:{node.lineno} {_called(node)}("
        for path in _modules()
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call) and _called(node) in SQL_CALLS
    ]
    assert found == []


def test_no_ccus_module_builds_sql_in_an_f_string() -> None:
    """A table or column name spliced into SQL text is how a query loses its tenant filter."""
    found = [
        f"{path.relative_to(CCUS)}:{node.lineno}"
        for path in CCUS.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.JoinedStr)
        and any(
            SQL_WORDS.search(part.value)
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    ]
    assert found == []

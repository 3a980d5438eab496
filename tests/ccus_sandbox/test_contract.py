"""The sandbox on its own (in process). The product's gateway meets it as a real process in the
CCUS integration tests."""

from __future__ import annotations

import ast
from pathlib import Path


def test_the_sandbox_imports_nothing_from_the_product() -> None:
    for path in Path("ccus_sandbox").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("api"), path
            if isinstance(node, ast.Import):
                assert not any(alias.name.startswith("api") for alias in node.names), path


def test_the_committed_sandbox_contract_matches_the_app() -> None:
    from ccus_sandbox.openapi import TARGET, document

    assert TARGET.read_text(encoding="utf-8") == document()

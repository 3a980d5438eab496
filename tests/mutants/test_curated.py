"""Fast guard for the curated mutants (`make mutants` runs them): whoever moves code moves its
mutants. Every patch has the header, names Kill tests that exist, and still applies."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tools.mutants.patches import ROOT, all_patches, missing_kill_targets, parse
from tools.mutants.pure import allow_list, modules

PATCHES = all_patches()


def test_the_folder_holds_curated_mutants() -> None:
    assert PATCHES, "tests/mutants/ has no *.patch"


@pytest.mark.parametrize("path", PATCHES, ids=[p.stem for p in PATCHES])
def test_the_header_names_the_bug_and_kill_tests_that_exist(path: Path) -> None:
    mutant = parse(path)
    assert missing_kill_targets(mutant) == []


@pytest.mark.parametrize("path", PATCHES, ids=[p.stem for p in PATCHES])
def test_the_patch_still_applies_to_the_tree(path: Path) -> None:
    check = subprocess.run(
        ["git", "apply", "--check", "-"],
        cwd=ROOT,
        input=parse(path).diff,
        text=True,
        capture_output=True,
        check=False,
    )
    assert check.returncode == 0, f"{path.name} no longer applies: {check.stderr}"


def test_equivalent_mutants_have_a_reason_and_name_a_mutated_module() -> None:
    mutated = {path.removesuffix(".py").replace("/", ".") for path in modules()}
    for entry in allow_list():
        assert entry.reason.strip(), entry.name
        assert entry.change.strip(), entry.name
        assert entry.name.rsplit(".", 1)[0] in mutated, entry.name

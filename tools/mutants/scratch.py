"""A scratch copy of the work tree for a curated mutant, with its patch applied there."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tools.mutants.patches import ROOT, CuratedMutant

# Never copied: environments, data, mutmut's own copy. Ignored folders that tests read but no
# mutant changes (the built SPA, the SPA's packages, downloaded tools) are linked instead.
SKIPPED = (".venv/", ".data/", ".git/", "mutants/", "node_modules/", ".tools/")
LINKED = ("frontend/dist", "frontend/node_modules", ".tools")


def tree_files(root: Path = ROOT) -> list[str]:
    """Tracked and untracked-but-not-ignored files, as the work tree has them now."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        check=True,
        capture_output=True,
    ).stdout.decode()
    return [
        name
        for name in dict.fromkeys(listed.split("\0"))
        if name
        and not any(name.startswith(prefix) or f"/{prefix}" in name for prefix in SKIPPED)
        and (root / name).is_file()
    ]


@contextmanager
def scratch_copy(root: Path = ROOT) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="genba-mutant-") as scratch:
        tree = Path(scratch)
        for name in tree_files(root):
            target = tree / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / name, target)
            _copy_bytecode(root / name, target)
        for name in LINKED:
            if (root / name).exists():
                (tree / name).parent.mkdir(parents=True, exist_ok=True)
                (tree / name).symlink_to(root / name)
        yield tree


def _copy_bytecode(source: Path, target: Path) -> None:
    """Compiled modules come along (with their source's mtime, copy2 keeps them valid): a
    cold import of the app costs seconds. Python recompiles whatever the patch changes."""
    if source.suffix != ".py":
        return
    for compiled in (source.parent / "__pycache__").glob(f"{source.stem}.*.pyc"):
        (target.parent / "__pycache__").mkdir(exist_ok=True)
        shutil.copy2(compiled, target.parent / "__pycache__" / compiled.name)


def apply_patch(mutant: CuratedMutant, tree: Path) -> str | None:
    """None once applied; otherwise what git said."""
    result = subprocess.run(
        ["git", "apply", "--verbose", "-"],
        check=False,
        cwd=tree,
        input=mutant.diff,
        text=True,
        capture_output=True,
    )
    return None if result.returncode == 0 else (result.stderr or result.stdout).strip()

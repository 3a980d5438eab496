"""Curated mutants: `tests/mutants/<slug>.patch`, a header (`Mutant:`, `Kill:`), a blank line,
then a unified diff that `git apply` takes from the repository root."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "tests" / "mutants"


class PatchFormatError(ValueError):
    pass


@dataclass(frozen=True)
class CuratedMutant:
    path: Path
    description: str
    kill: tuple[str, ...]
    diff: str

    @property
    def slug(self) -> str:
        return self.path.stem


def parse(path: Path) -> CuratedMutant:
    text = path.read_text(encoding="utf-8")
    header, blank, diff = text.partition("\n\n")
    if not blank:
        raise PatchFormatError(f"{path.name}: no blank line between the header and the diff")
    fields: dict[str, str] = {}
    for line in header.splitlines():
        name, colon, value = line.partition(":")
        if not colon or name not in ("Mutant", "Kill") or name in fields:
            raise PatchFormatError(f"{path.name}: unexpected header line {line!r}")
        fields[name] = value.strip()
    if not fields.get("Mutant"):
        raise PatchFormatError(f"{path.name}: the header needs a `Mutant:` line")
    if not fields.get("Kill"):
        raise PatchFormatError(f"{path.name}: the header needs a `Kill:` line")
    if not diff.startswith("diff --git "):
        raise PatchFormatError(f"{path.name}: the diff must follow the blank line (`git diff`)")
    return CuratedMutant(path, fields["Mutant"], tuple(fields["Kill"].split()), diff)


def all_patches(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob("*.patch"))


_TEST_NAME = re.compile(r"\[.*\]$")


def missing_kill_targets(mutant: CuratedMutant, root: Path = ROOT) -> list[str]:
    """Kill arguments that name no file, or a test that the file does not define."""
    missing: list[str] = []
    args = iter(mutant.kill)
    for arg in args:
        if arg.startswith("-"):
            # An option, passed on to pytest as it is; -k and -m take the next argument.
            if arg in ("-k", "-m"):
                next(args, None)
            continue
        file, *names = arg.split("::")
        source = root / file
        if not source.exists():
            missing.append(arg)
            continue
        if not names:
            continue
        text = source.read_text(encoding="utf-8")
        for name in (_TEST_NAME.sub("", name) for name in names):
            if not re.search(
                rf"^\s*(async\s+def|def|class)\s+{re.escape(name)}\b", text, re.MULTILINE
            ):
                missing.append(arg)
                break
    return missing

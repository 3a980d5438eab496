"""P5: the JavaScript a browser must fetch before the first screen, gzip-compressed, from a fresh
production build. Lazy route chunks load later and are reported apart."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.harness import ROOT, Figure, Report

FRONTEND = ROOT / "frontend"
TARGET_KB = 300.0
_INITIAL = re.compile(
    r"""<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="(/assets/[^"]+\.js)\"""",
)


@dataclass(frozen=True)
class BundleSizes:
    initial_kb: float
    initial_files: int
    all_js_kb: float
    largest_lazy_kb: float


def gzip_kb(path: Path) -> float:
    return len(gzip.compress(path.read_bytes(), compresslevel=9)) / 1024


def measure(dist: Path) -> BundleSizes:
    index = (dist / "index.html").read_text(encoding="utf-8")
    initial = sorted({dist / match.lstrip("/") for match in _INITIAL.findall(index)})
    every = sorted((dist / "assets").glob("*.js"))
    lazy = [path for path in every if path not in initial]
    return BundleSizes(
        initial_kb=sum(gzip_kb(path) for path in initial),
        initial_files=len(initial),
        all_js_kb=sum(gzip_kb(path) for path in every),
        largest_lazy_kb=max((gzip_kb(path) for path in lazy), default=0.0),
    )


def build() -> Path:
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is missing: scripts/bootstrap.sh installs it")
    subprocess.run(
        [npm, "--prefix", str(FRONTEND), "run", "--silent", "build", "--", "--logLevel", "warn"],
        check=True,
    )
    return FRONTEND / "dist"


async def run(_stack: Any, report: Report, *, full: bool, api_url: str) -> None:
    sizes = measure(build())
    report.add(
        Figure(
            "P5",
            f"initial JS gzip ({sizes.initial_files} files)",
            sizes.initial_kb,
            "kB",
            f"< {TARGET_KB:.0f} kB",
            sizes.initial_kb < TARGET_KB,
        )
    )
    report.add(Figure("P5", "initial JS / target", sizes.initial_kb / TARGET_KB, "ratio"))
    report.add(Figure("P5", "largest lazy route chunk gzip", sizes.largest_lazy_kb, "kB"))
    report.add(Figure("P5", "all JS gzip (every screen)", sizes.all_js_kb, "kB"))


def main() -> None:
    """`python -m bench.spa_size` (and `npm run size`): P5 alone, without the benchmark stack."""
    sizes = measure(build())
    met = sizes.initial_kb < TARGET_KB
    print(
        f"P5 initial JS gzip: {sizes.initial_kb:.1f} kB in {sizes.initial_files} files "
        f"(target < {TARGET_KB:.0f} kB: {'met' if met else 'NOT met'})"
    )
    print(f"   largest lazy route chunk gzip: {sizes.largest_lazy_kb:.1f} kB")
    print(f"   all JS gzip (every screen): {sizes.all_js_kb:.1f} kB")
    raise SystemExit(0 if met else 1)


if __name__ == "__main__":
    main()

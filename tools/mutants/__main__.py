"""`make mutants`: every curated mutant must be killed, the pure modules' mutmut score must
reach 80 %, and the SPA's Stryker score is shown when its report exists."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from tools.mutants import baseline, curated, listing, pure, report, stryker
from tools.mutants.patches import FOLDER, ROOT, PatchFormatError, all_patches, parse


def _curated(args: argparse.Namespace) -> list[curated.Outcome]:
    paths = [p for p in all_patches() if not args.only or p.stem in args.only]
    mutants = []
    outcomes: list[curated.Outcome] = []
    for path in paths:
        try:
            mutants.append(parse(path))
        except PatchFormatError as error:
            print(f"genba: {error}", file=sys.stderr)
            raise SystemExit(2) from error
    unpatched = (
        baseline.Baseline([]) if args.no_baseline else baseline.unpatched(mutants, args.timeout)
    )
    for mutant in mutants:
        if blame := unpatched.blames(mutant):
            outcomes.append(curated.Outcome(mutant, "error", blame, 0.0))
            continue
        print(f"genba: curated mutant {mutant.slug} …", flush=True)
        outcomes.append(curated.run_mutant(mutant, args.timeout))
    return outcomes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.mutants", description=__doc__)
    parser.add_argument("only", nargs="*", help="curated mutants to run (slugs); default all")
    parser.add_argument("--no-curated", action="store_true", help="skip tests/mutants/*.patch")
    parser.add_argument("--no-mutmut", action="store_true", help="skip mutmut")
    parser.add_argument("--keep", action="store_true", help="reuse mutmut's cache in mutants/")
    parser.add_argument("--no-baseline", action="store_true", help="skip the unpatched run")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per curated mutant")
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)
    os.chdir(ROOT)  # mutmut reads pyproject.toml and mutants/ from the working directory

    started = time.monotonic()
    outcomes = None if args.no_curated else _curated(args)
    curated_seconds = time.monotonic() - started

    results = None
    mutmut_failed = False
    mutmut_started = time.monotonic()
    if not args.no_mutmut:
        print("genba: mutmut on the pure modules (log: mutants/run.log) …", flush=True)
        status = pure.run(args.max_children, fresh=not args.keep)
        mutmut_failed = status != 0
        if mutmut_failed:
            print(f"genba: mutmut exited {status}; see {pure.LOG}", file=sys.stderr)
        else:
            results = pure.read()
    mutmut_seconds = time.monotonic() - mutmut_started

    frontend = stryker.read()
    print()
    for line in report.table(outcomes, results, frontend):
        print(line)
    for line in listing.details(outcomes, results, frontend):
        print(line)
    print()
    print(
        f"genba: curated {curated_seconds:.0f} s, mutmut {mutmut_seconds:.0f} s "
        f"({FOLDER.relative_to(ROOT)}/, [tool.mutmut] in pyproject.toml)"
    )
    failed = (
        mutmut_failed
        or (outcomes is not None and any(o.verdict != "killed" for o in outcomes))
        or (results is not None and results.score < pure.THRESHOLD)
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

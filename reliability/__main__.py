"""`python -m reliability [--full]`: the fault suites that need processes of their own."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from reliability import attendance_faults, ccus_faults, fuzz_run, r9_failover, schema_fuzz


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m reliability")
    parser.add_argument("--full", action="store_true", help="the full sizes (make reliability)")
    parser.add_argument(
        "--only", action="append", choices=SUITES, help="run this suite only (repeatable)"
    )
    arguments = parser.parse_args()
    passed = [SUITES[name](arguments.full) for name in arguments.only or SUITES]
    return 0 if all(passed) else 1


def _r1(full: bool) -> bool:
    r1 = attendance_faults.main(100_000 if full else 4_000)
    print(json.dumps({"R1": r1}, ensure_ascii=False), flush=True)
    ok = bool(r1["missing"] == r1["unexpected"] == r1["duplicated"] == 0)
    ok = ok and r1["api_kills"] > 0 and r1["postgres_restarts"] > 0 and r1["worker_kills"] > 0
    print("R1 " + ("passed" if ok else "FAILED"), flush=True)
    return ok


def _r2(full: bool) -> bool:
    r2 = ccus_faults.main(*((2000, 10) if full else (300, 10)))
    print(json.dumps({"R2": r2}, ensure_ascii=False), flush=True)
    ok = r2_passed(r2)
    print("R2 " + ("passed" if ok else "FAILED"), flush=True)
    return ok


def _r4(full: bool) -> bool:
    r4 = schema_fuzz.main(fuzz_run.FULL if full else fuzz_run.REDUCED)
    summary = {who: campaign.summary() for who, campaign in r4.items()}
    print(json.dumps({"R4": summary}, ensure_ascii=False), flush=True)
    for campaign in r4.values():
        if not campaign.ok:
            print(campaign.output[-8000:], flush=True)
    ok = all(campaign.ok for campaign in r4.values())
    print("R4 " + ("passed" if ok else "FAILED"), flush=True)
    return ok


def _r9(full: bool) -> bool:
    rounds = 2 if full else 1
    r9 = r9_failover.main(rounds)
    print(json.dumps({"R9": r9}, ensure_ascii=False), flush=True)
    ok = r9_failover.passed(r9, rounds)
    print("R9 " + ("passed" if ok else "FAILED"), flush=True)
    return ok


SUITES: dict[str, Callable[[bool], bool]] = {"R1": _r1, "R2": _r2, "R4": _r4, "R9": _r9}


def r2_passed(result: dict[str, object]) -> bool:
    outbox, lost = result["outbox"], result["answers_lost"]
    assert isinstance(outbox, dict)
    assert isinstance(lost, dict)
    return (
        outbox.get("succeeded") == result["records"] == result["sandbox_days"]
        and result["applied_twice"] == 0
        and result["days_applied_twice"] == 0
        and lost.get("timeout", 0) > 0
        and lost.get("reset", 0) > 0
        and result["accepted_in_maintenance"] == 0
        and result["worker_kills"] == 1
        and result["redis_restarts"] == 1
    )


if __name__ == "__main__":
    sys.exit(main())

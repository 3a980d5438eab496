"""`python -m reliability [--full]`: the fault suites that need processes of their own."""

from __future__ import annotations

import argparse
import json
import sys

from reliability import attendance_faults


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m reliability")
    parser.add_argument("--full", action="store_true", help="100,000 events instead of 4,000")
    arguments = parser.parse_args()
    result = attendance_faults.main(100_000 if arguments.full else 4_000)
    print(json.dumps({"R1": result}, ensure_ascii=False))
    ok = result["missing"] == result["unexpected"] == result["duplicated"] == 0
    ok = ok and result["api_kills"] > 0 and result["postgres_restarts"] > 0
    print("R1 " + ("passed" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

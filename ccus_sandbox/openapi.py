"""`python -m ccus_sandbox.openapi [--check]`: write (or check) openapi/ccus-sandbox.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ccus_sandbox.app import create_app

TARGET = Path(__file__).resolve().parents[1] / "openapi" / "ccus-sandbox.json"


def document() -> str:
    return json.dumps(create_app().openapi(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    if "--check" in sys.argv[1:]:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != document():
            print(f"{TARGET} is stale: run `python -m ccus_sandbox.openapi`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(document(), encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

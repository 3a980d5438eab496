"""`python -m api.openapi` writes openapi/openapi.json from the app, without a server."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OPENAPI_PATH = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def current_document() -> str:
    from api.app import create_app

    return render(create_app().openapi())


def main() -> int:
    document = current_document()
    if "--check" in sys.argv:
        if not OPENAPI_PATH.exists() or OPENAPI_PATH.read_text() != document:
            print("openapi/openapi.json is stale; run `make openapi`.", file=sys.stderr)
            return 1
        return 0
    OPENAPI_PATH.parent.mkdir(exist_ok=True)
    OPENAPI_PATH.write_text(document)
    print(
        f"wrote {OPENAPI_PATH.relative_to(Path.cwd()) if OPENAPI_PATH.is_relative_to(Path.cwd()) else OPENAPI_PATH}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

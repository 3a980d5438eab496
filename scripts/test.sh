#!/usr/bin/env bash
# Every test suite; non-zero on any failure. pytest's "no tests collected" (exit 5) is a
# broken harness, never a pass.
set -uo pipefail
cd "$(dirname "$0")/.."
UV=$(command -v uv || echo .tools/bin/uv)
export UV_PYTHON_DOWNLOADS=never

"$UV" run --frozen pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
    echo "genba: pytest collected no tests; the test harness is broken." >&2
    exit 5
fi
exit "$status"

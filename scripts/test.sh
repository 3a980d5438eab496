#!/usr/bin/env bash
# Every test suite; non-zero on any failure. pytest's "no tests collected" (exit 5) is a
# broken harness, never a pass. The SPA is built first: the browser tests use the API serving it.
set -uo pipefail
cd "$(dirname "$0")/.."
UV=$(command -v uv || echo .tools/bin/uv)
export UV_PYTHON_DOWNLOADS=never

npm --prefix frontend run --silent build -- --logLevel warn || exit 1

echo "genba: SPA unit tests (Vitest)"
npm --prefix frontend run --silent test
web_status=$?

echo "genba: API, worker, sandbox and browser tests (pytest)"
"$UV" run --frozen pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
    echo "genba: pytest collected no tests; the test harness is broken." >&2
    exit 5
fi
if [ "$web_status" -ne 0 ]; then
    echo "genba: the SPA's unit tests failed." >&2
    exit "$web_status"
fi
exit "$status"

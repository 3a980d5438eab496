"""The SPA in a real browser (Debian's chromium, driven by playwright-core from Vitest) against the
real API, worker and CCUS sandbox. The browser specs live in frontend/e2e/."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from api.demo.data import DEMO_ADMIN_EMAIL
from tests.e2e.stack import PROJECT_ROOT, running_stack
from tools.devstack.ephemeral import ServerSet

CHROMIUM = os.environ.get("GENBA_CHROMIUM", "/usr/bin/chromium")


# One test runs every browser spec (both screen sizes); its budget is the subprocess's, not the
# per-test default meant for API tests.
@pytest.mark.timeout(960)
def test_browser_suite(servers: ServerSet) -> None:
    assert Path(CHROMIUM).is_file(), (
        f"{CHROMIUM} is missing: `make test` installs Debian's chromium (scripts/bootstrap.sh --browser)"
    )
    npm = shutil.which("npm")
    assert npm is not None, "npm is missing: scripts/bootstrap.sh installs Node.js and npm"
    # GENBA_E2E_SPECS (e.g. "webhooks") runs only the spec files whose names match.
    specs = os.environ.get("GENBA_E2E_SPECS", "").split()
    with running_stack(servers) as stack:
        result = subprocess.run(
            [npm, "--prefix", "frontend", "run", "e2e", "--", *specs],
            cwd=PROJECT_ROOT,
            env={
                **os.environ,
                "GENBA_E2E_URL": stack.url,
                "GENBA_E2E_SANDBOX_URL": stack.sandbox_url,
                "GENBA_E2E_MAIL_URL": stack.mail_url,
                "GENBA_E2E_OPERATOR_KEY": stack.operator_key,
                "GENBA_E2E_RECEIVER_URL": stack.receiver_url,
                "GENBA_E2E_EMAIL": DEMO_ADMIN_EMAIL,
                "GENBA_E2E_PASSWORD": "genba-demo-2026",
                "GENBA_CHROMIUM": CHROMIUM,
                "CI": "1",
            },
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    report = result.stdout[-12000:] + "\n" + result.stderr[-4000:]
    assert result.returncode == 0, report
    # Vitest exits 0 when it finds no spec files only with --passWithNoTests; make sure it ran some.
    assert " passed" in result.stdout, report

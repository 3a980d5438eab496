"""`make run` end to end: a private stack comes up, serves the demo login, refuses a second
run, and Ctrl-C leaves no process behind."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

import tools.devstack.__main__ as devstack
from tests.fixtures.servers import free_port
from tools.devstack.postgres import DatabaseRoles
from tools.devstack.stack import LocalStack

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _stack_env(data_dir: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("GENBA_") and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        GENBA_DATA_DIR=str(data_dir),
        GENBA_DEV_PG_PORT=str(free_port()),
        GENBA_DEV_REDIS_PORT=str(free_port()),
        GENBA_API_PORT=str(free_port()),
        GENBA_SANDBOX_PORT=str(free_port()),
        GENBA_MAIL_SMTP_PORT=str(free_port()),
        GENBA_MAIL_WEB_PORT=str(free_port()),
        GENBA_LOG_LEVEL="WARNING",
    )
    return env


def _start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "tools.devstack", "run"],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _wait_for(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"make run exited early:\n{log.read_text()}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    pytest.fail(f"{url} never answered:\n{log.read_text()}")


def _second_tenant_by_cli_and_email(env: dict[str, str], base: str) -> None:
    """The newcomer's loop: a tenant made with the CLI, its invitation read from the local
    inbox, a password set from the link, a login with it."""
    roles = DatabaseRoles(database="genba")
    cli_env = {
        **env,
        "GENBA_DATABASE_URL": roles.app_url("127.0.0.1", int(env["GENBA_DEV_PG_PORT"])),
        "GENBA_SMTP_PORT": env["GENBA_MAIL_SMTP_PORT"],
        "GENBA_PUBLIC_URL": base,
    }
    # make run keeps its database between runs on one machine: a new code and address each time.
    suffix = secrets.token_hex(3)
    email = f"yamada-{suffix}@example.com"
    created = subprocess.run(
        [sys.executable, "-m", "api.tenants", "create", f"yamada-{suffix}", "山田建設株式会社"]
        + ["--admin-email", email],
        cwd=PROJECT_ROOT,
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    assert f"invitation sent to {email}" in created.stdout
    inbox = f"http://127.0.0.1:{env['GENBA_MAIL_WEB_PORT']}"
    (message,) = httpx.get(f"{inbox}/messages", params={"to": email}, timeout=10).json()
    link = re.search(rf"{re.escape(base)}/invitation#token=([A-Za-z0-9_-]+)", message["text"])
    assert link is not None, message["text"]
    password = "yamada-first-password"
    accepted = httpx.post(
        f"{base}/api/v1/auth/invitations/accept",
        json={"token": link.group(1), "password": password},
        timeout=10,
    )
    assert accepted.status_code == 204, accepted.text
    token = httpx.post(
        f"{base}/api/v1/auth/token", data={"username": email, "password": password}, timeout=10
    )
    assert token.status_code == 200, token.text
    me = httpx.get(
        f"{base}/api/v1/me",
        headers={"Authorization": f"Bearer {token.json()['access_token']}"},
        timeout=10,
    )
    assert me.json()["tenant"]["name"] == "山田建設株式会社"


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], dict[str, str], Path]]:
    tmp_path.chmod(0o755)
    env = _stack_env(tmp_path / "data")
    log = tmp_path / "run.log"
    process = _start(env, log)
    yield process, env, log
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)


def test_make_run_serves_the_demo_and_stops_cleanly(
    stack: tuple[subprocess.Popen[bytes], dict[str, str], Path],
) -> None:
    process, env, log = stack
    base = f"http://127.0.0.1:{env['GENBA_API_PORT']}"
    _wait_for(f"{base}/readyz", process, log)

    token = httpx.post(
        f"{base}/api/v1/auth/token",
        data={"username": "admin@genba-demo.jp", "password": "genba-demo-2026"},
        timeout=10,
    )
    assert token.status_code == 200
    me = httpx.get(
        f"{base}/api/v1/me",
        headers={"Authorization": f"Bearer {token.json()['access_token']}"},
        timeout=10,
    )
    assert me.json()["tenant"]["name"] == "コムテックス株式会社"
    output = log.read_text()
    assert f"URL:       {base}/" in output
    assert "admin@genba-demo.jp / genba-demo-2026" in output

    _second_tenant_by_cli_and_email(env, base)
    assert f"Mail inbox: http://127.0.0.1:{env['GENBA_MAIL_WEB_PORT']}/" in output

    second = subprocess.run(
        [sys.executable, "-m", "tools.devstack", "run"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert second.returncode == 1
    assert "already running" in second.stderr

    children = psutil.Process(process.pid).children(recursive=True)
    assert len(children) >= 5, [child.cmdline() for child in children]
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=60) == 0
    _, alive = psutil.wait_procs(children, timeout=10)
    assert alive == [], [child.cmdline() for child in alive]


@pytest.mark.parametrize(("on_path", "command"), [(None, ".tools/bin/uv"), ("/usr/bin/uv", "uv")])
def test_the_banner_names_the_uv_this_machine_has(
    monkeypatch: pytest.MonkeyPatch, on_path: str | None, command: str
) -> None:
    # scripts/bootstrap.sh puts uv in .tools/ when it is not on PATH: a bare `uv` is not found.
    monkeypatch.setattr(shutil, "which", lambda name: on_path)
    banner = devstack._banner(LocalStack(), reload=False)
    assert f"New tenant: {command} run python -m api.tenants create" in banner

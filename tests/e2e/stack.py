"""The whole product for browser tests: its own database with the demo tenant, the API serving
the built SPA, the arq worker and the CCUS sandbox, each a real process."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.fixtures import migrations
from tests.fixtures.answering import wait_until_answering
from tools.devstack.ephemeral import ServerSet, free_port
from tools.devstack.postgres import DatabaseRoles
from tools.devstack.processes import spawn

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SPA_INDEX = PROJECT_ROOT / "frontend" / "dist" / "index.html"
# A Redis database of its own: the API suites' queue never sees these jobs.
E2E_REDIS_DB = 7


@dataclass(frozen=True)
class E2EStack:
    url: str
    sandbox_url: str
    env: dict[str, str]
    mail_url: str
    operator_key: str
    receiver_url: str


@contextmanager
def _process(argv: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    process = spawn(argv, env=env)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@contextmanager
def running_stack(servers: ServerSet) -> Iterator[E2EStack]:
    if not SPA_INDEX.is_file():
        raise RuntimeError("frontend/dist is missing: `make test` builds the SPA before pytest")
    roles = DatabaseRoles(database="genba_e2e")
    servers.postgres.provision(roles)
    host, port = servers.postgres.host, servers.postgres.port
    migrations.upgrade(roles.owner_url(host, port), roles.app)
    api_port, sandbox_port = free_port(), free_port()
    smtp_port, mail_port, receiver_port = free_port(), free_port(), free_port()
    operator_key = "gop_e2e-operator-key"
    env = {
        **os.environ,
        "GENBA_ENV": "testing",
        "GENBA_DATABASE_URL": roles.app_url(host, port),
        "GENBA_MIGRATION_DATABASE_URL": roles.owner_url(host, port),
        "GENBA_REDIS_URL": f"redis://{servers.redis.host}:{servers.redis.port}/{E2E_REDIS_DB}",
        "GENBA_CCUS_BASE_URL": f"http://127.0.0.1:{sandbox_port}",
        "GENBA_CCUS_SEND_POLICY": "immediate",
        "GENBA_LOG_LEVEL": "WARNING",
        "GENBA_SMTP_PORT": str(smtp_port),
        "GENBA_PUBLIC_URL": f"http://127.0.0.1:{api_port}",
        "GENBA_OPERATOR_KEY_SHA256": hashlib.sha256(operator_key.encode()).hexdigest(),
        # The partner's receiver below is plain http on this machine, as under `make run`.
        "GENBA_WEBHOOK_ALLOW_LOCAL_HTTP": "true",
    }
    subprocess.run(
        [sys.executable, "-m", "api.demo"],
        env=env,
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    python = sys.executable
    with ExitStack() as stack:
        sandbox = stack.enter_context(
            _process([python, "-m", "ccus_sandbox", "--port", str(sandbox_port)], env)
        )
        wait_until_answering(
            f"http://127.0.0.1:{sandbox_port}/healthz", sandbox, "the CCUS sandbox", seconds=60
        )
        mail = stack.enter_context(
            _process(
                [python, "-m", "tools.mailcatcher", "--smtp-port", str(smtp_port)]
                + ["--http-port", str(mail_port)],
                env,
            )
        )
        wait_until_answering(
            f"http://127.0.0.1:{mail_port}/healthz", mail, "the mail catcher", seconds=60
        )
        receiver_url = f"http://127.0.0.1:{receiver_port}/hooks"
        receiver = stack.enter_context(
            _process([python, "-m", "tools.webhook_receiver", str(receiver_port)], env)
        )
        wait_until_answering(receiver_url, receiver, "the webhook receiver", seconds=60)
        api = stack.enter_context(
            _process(
                [python, "-m", "uvicorn", "api.app:app", "--host", "127.0.0.1"]
                + ["--port", str(api_port), "--log-level", "warning", "--no-access-log"],
                env,
            )
        )
        wait_until_answering(f"http://127.0.0.1:{api_port}/healthz", api, "the API", seconds=60)
        stack.enter_context(_process([python, "-m", "arq", "api.worker.WorkerSettings"], env))
        yield E2EStack(
            url=f"http://127.0.0.1:{api_port}",
            sandbox_url=f"http://127.0.0.1:{sandbox_port}",
            env=env,
            mail_url=f"http://127.0.0.1:{mail_port}",
            operator_key=operator_key,
            receiver_url=receiver_url,
        )

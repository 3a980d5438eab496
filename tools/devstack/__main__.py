"""`python -m tools.devstack run|dev|services|migrate` — what the Makefile calls."""

from __future__ import annotations

import argparse
import os
import shutil
import sys

from tools.devstack.binaries import MissingBinaryError
from tools.devstack.stack import (
    PROJECT_ROOT,
    AlreadyRunningError,
    LocalStack,
    exclusive_run_lock,
    run_python,
)
from tools.devstack.supervisor import Proc, Supervisor


def app_processes(stack: LocalStack, *, reload: bool) -> list[Proc]:
    """Everything `make run` keeps in the foreground. Adding a process is one line here."""
    python = sys.executable
    api = [
        python,
        "-m",
        "uvicorn",
        "api.app:app",
        "--host",
        "127.0.0.1",
        "--port",
        str(stack.ports.api),
        # The app reads X-Forwarded-For itself, from GENBA_TRUSTED_PROXIES only.
        "--no-proxy-headers",
    ]
    worker = [python, "-m", "arq", "api.worker.WorkerSettings"]
    if reload:
        api += ["--reload", "--reload-dir", "api"]
        worker += ["--watch", "api"]
    sandbox = [python, "-m", "ccus_sandbox", "--port", str(stack.ports.sandbox)]
    mail = [python, "-m", "tools.mailcatcher", "--smtp-port", str(stack.ports.mail_smtp)]
    mail += ["--http-port", str(stack.ports.mail_web)]
    processes = [Proc("api", api), Proc("worker", worker), Proc("ccus-sandbox", sandbox)]
    processes.append(Proc("mail", mail))
    if reload:
        # `make dev`: Vite serves the SPA with hot reload and proxies /api to the API.
        web = ["npm", "--prefix", "frontend", "run", "dev", "--", "--host", "127.0.0.1"]
        web += ["--port", str(stack.ports.web), "--strictPort"]
        processes.append(Proc("web", web))
    return processes


def uv_command() -> str:
    """How this machine calls uv: scripts/bootstrap.sh installs it into .tools/ when it is not
    on PATH, and then a bare `uv` is not found."""
    return "uv" if shutil.which("uv") else ".tools/bin/uv"


def _banner(stack: LocalStack, *, reload: bool) -> str:
    from api.demo.data import DEMO_ADMIN_EMAIL, demo_admin_password

    uv = uv_command()
    url = f"http://127.0.0.1:{stack.ports.api}"
    web = f"http://127.0.0.1:{stack.ports.web}" if reload else url
    return "\n".join(
        [
            "",
            "  genba is running",
            f"  URL:       {web}/",
            f"  API docs:  {url}/docs",
            f"  CCUS sandbox: http://127.0.0.1:{stack.ports.sandbox}/docs",
            f"  Login:     {DEMO_ADMIN_EMAIL} / {demo_admin_password()}",
            f"  Mail inbox: http://127.0.0.1:{stack.ports.mail_web}/  (invitations, password reset)",
            f"  New tenant: {uv} run python -m api.tenants create CODE NAME --admin-email EMAIL",
            "  Stop:      Ctrl-C",
            "",
        ]
    )


def run(*, reload: bool) -> int:
    stack = LocalStack()
    with exclusive_run_lock():
        try:
            env = {**os.environ, **stack.start_services()}
            web = stack.ports.web if reload else stack.ports.api
            env.setdefault("GENBA_PUBLIC_URL", f"http://127.0.0.1:{web}")
            run_python(["alembic", "upgrade", "head"], env)
            run_python(["api.demo"], env)
            supervisor = Supervisor(env, PROJECT_ROOT)
            try:
                supervisor.start(app_processes(stack, reload=reload))
                print(_banner(stack, reload=reload), flush=True)
                return supervisor.wait()
            finally:
                supervisor.stop_all()
        finally:
            stack.stop_services()


def services() -> int:
    stack = LocalStack()
    with exclusive_run_lock():
        try:
            env = stack.start_services()
            for key, value in env.items():
                print(f"export {key}={value}")
            print("# PostgreSQL and Redis are up; Ctrl-C stops them.", flush=True)
            return Supervisor(env, PROJECT_ROOT).wait()
        finally:
            stack.stop_services()


def migrate() -> int:
    stack = LocalStack()
    try:
        with exclusive_run_lock():
            try:
                env = {**os.environ, **stack.start_services()}
                run_python(["alembic", "upgrade", "head"], env)
            finally:
                stack.stop_services()
    except AlreadyRunningError:
        # The running stack holds the servers; migrate them in place.
        env = {**os.environ, **_running_stack_env(stack)}
        run_python(["alembic", "upgrade", "head"], env)
    return 0


def _running_stack_env(stack: LocalStack) -> dict[str, str]:
    return {
        "GENBA_MIGRATION_DATABASE_URL": os.environ.get(
            "GENBA_MIGRATION_DATABASE_URL", stack.roles.owner_url("127.0.0.1", stack.ports.postgres)
        )
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.devstack")
    parser.add_argument("command", choices=["run", "dev", "services", "migrate"])
    args = parser.parse_args()
    try:
        if args.command == "run":
            return run(reload=False)
        if args.command == "dev":
            return run(reload=True)
        if args.command == "services":
            return services()
        return migrate()
    except (AlreadyRunningError, MissingBinaryError) as error:
        print(f"genba: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

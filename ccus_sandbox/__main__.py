"""`python -m ccus_sandbox [--port N]`: run the sandbox."""

from __future__ import annotations

import argparse

import uvicorn

from ccus_sandbox.app import create_app


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m ccus_sandbox")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8391)
    arguments = parser.parse_args()
    uvicorn.run(create_app(), host=arguments.host, port=arguments.port, log_level="warning")


if __name__ == "__main__":
    main()

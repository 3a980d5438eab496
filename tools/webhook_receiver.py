"""A partner's webhook receiver in its own process: `python -m tools.webhook_receiver PORT`.
It records every POST (headers and body) and answers by a script of actions set by the test:
`ok` (200), `error` (500) or `hang` (answers only after 30 s: a timeout, or a call in flight
when the worker is killed). With the script used up it answers 200."""

from __future__ import annotations

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_lock = threading.Lock()
_received: list[dict[str, object]] = []
_script: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return

    def _answer(self, status: int, body: bytes = b"{}") -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        with _lock:
            body = json.dumps(_received).encode()
        self._answer(200, body)

    def do_PUT(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        actions = json.loads(self.rfile.read(length))
        with _lock:
            _script[:] = actions
            _received.clear()
        self._answer(204, b"")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        with _lock:
            action = _script.pop(0) if _script else "ok"
            _received.append(
                {
                    "headers": {key.lower(): value for key, value in self.headers.items()},
                    "body": body.decode(),
                    "action": action,
                }
            )
        if action == "hang":
            time.sleep(30)
        self._answer(500 if action == "error" else 200)


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    server.daemon_threads = True
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()

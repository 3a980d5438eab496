"""haproxy's configuration: round robin over the API processes, each health-checked every
second; a request whose connection is refused goes to the next API (nothing was sent yet)."""

from __future__ import annotations

HOST = "127.0.0.1"


def config(port: int, backends: list[int]) -> str:
    servers = "\n".join(
        f"    server api{n} {HOST}:{backend} check" for n, backend in enumerate(backends, start=1)
    )
    # A request cut off mid-way (its API killed) is answered 502 and not replayed here: only
    # the client knows whether the request may be sent again (a terminal's batch may).
    return f"""global
    maxconn 2000

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    option forwardfor
    retries 3
    option redispatch 1
    retry-on conn-failure

frontend api
    bind {HOST}:{port}
    default_backend apis

backend apis
    balance roundrobin
    option httpchk GET /healthz
    default-server inter 1s fastinter 500ms fall 2 rise 1
{servers}
"""

"""Where deliveries may go: HTTPS only; plain HTTP to this machine when the deployment allows it
(development and tests, `GENBA_WEBHOOK_ALLOW_LOCAL_HTTP`)."""

from __future__ import annotations

from urllib.parse import urlsplit

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def url_problem(url: str, allow_local_http: bool) -> str | None:
    """None when `url` may receive deliveries, else why not."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return "not a URL"
    if not host or parts.username or parts.password:
        return "a URL with a host and no credentials is needed"
    if parts.scheme == "https":
        return None
    if parts.scheme == "http" and allow_local_http and host in LOCAL_HOSTS:
        return None
    return "only https URLs receive deliveries"

"""Security headers on every answer: the SPA, the API, the docs and every error alike."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The API answers JSON, files and problems: nothing in them may load or run anything.
API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

# The SPA: scripts only from our own origin (Vite emits no inline script; index.html loads
# hashed modules). style-src needs 'unsafe-inline' because Mantine writes <style> elements at
# run time (its CSS variables and responsive props) and the index is a static file, so no
# per-request nonce can reach it. Inline styles cannot run script; img/connect 'self' keep
# CSS from sending data anywhere else.
SPA_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

# Swagger UI and ReDoc (FastAPI's pages) load their bundle from a CDN and start it with an
# inline script; they hold no token of the SPA (sessionStorage is per origin and path-less, but
# these pages run no code of ours), so they get their own, looser policy.
DOCS_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
    "https://cdn.redoc.ly; connect-src 'self'; worker-src blob:; frame-ancestors 'none'; "
    "base-uri 'none'"
)

_API_PREFIXES = ("/api/", "/healthz", "/readyz", "/metrics", "/openapi.json")
_DOCS_PREFIXES = ("/docs", "/redoc")

COMMON = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": (
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
        "interest-cohort=(), browsing-topics=()"
    ),
    "Cross-Origin-Opener-Policy": "same-origin",
}
# Browsers pin HTTPS for two years once they see it; only a production deployment, behind TLS,
# may promise that (a developer's http://127.0.0.1 must not be pinned).
HSTS = "max-age=63072000; includeSubDomains"


def policy_for(path: str) -> str:
    if path.startswith(_API_PREFIXES):
        return API_POLICY
    if path.startswith(_DOCS_PREFIXES):
        return DOCS_POLICY
    return SPA_POLICY


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        common = [(name.lower().encode(), value.encode()) for name, value in COMMON.items()]
        if hsts:
            common.append((b"strict-transport-security", HSTS.encode()))
        self.common = common

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = policy_for(scope["path"]).encode()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    *self.common,
                    (b"content-security-policy", policy),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)

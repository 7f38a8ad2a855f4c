"""Who may call the server and what the browser may do: loopback rule, bearer token, read-only, headers.

- Listening on anything but a loopback address needs a token (``check_bind`` refuses to start without one).
- With a token, every ``/api/`` request must carry ``Authorization: Bearer <token>``; the page shells
  (``/``, ``/static/...``, ``/api/docs``) hold no data and are served to anyone who can reach the server,
  because a browser cannot add a header to a page load.
- Only GET and HEAD are accepted anywhere (the API is read-only).
- Every response carries a strict Content-Security-Policy: scripts and everything else only from this
  server, no inline script, no framing.
"""

from __future__ import annotations

import hmac
import ipaddress

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.api.errors import ApiError, error_response

READ_METHODS = frozenset({"GET", "HEAD"})
# Pages that carry no data: the API explorer shell (its requests to /api/openapi.json carry the token).
PUBLIC_API_PATHS = frozenset({"/api/docs"})

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = tuple(
    (name.encode(), value.encode())
    for name, value in (
        ("content-security-policy", CONTENT_SECURITY_POLICY),
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
        ("permissions-policy", "camera=(), microphone=(), geolocation=()"),
    )
)


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1); false for 0.0.0.0 and every other name."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse (E705) to listen on a non-loopback address without a token."""
    if not is_loopback(host) and not token:
        raise ApiError("E705", f"Refusing to listen on {host} without a token", host=host)


def token_matches(authorization: str | None, token: str) -> bool:
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())


class Guard:
    """ASGI middleware: read-only methods, bearer token on /api/, security headers on every response."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        head = scope["method"] == "HEAD"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        refusal = self._refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
            return
        # HEAD is answered as GET without a body (FastAPI routes list GET only).
        await self.app({**scope, "method": "GET"} if head else scope, receive, send_with_headers)

    def _refusal(self, scope: Scope) -> ASGIApp | None:
        method, path = scope["method"], scope["path"]
        if method not in READ_METHODS:
            response = error_response("E703", f"Method {method} is not allowed on {path}: the API is read-only")
            response.headers["allow"] = "GET, HEAD"
            return response
        if self._needs_token(path) and not token_matches(Headers(scope=scope).get("authorization"), self.token or ""):
            response = error_response("E704", "Missing or wrong token")
            response.headers["www-authenticate"] = "Bearer"
            return response
        return None

    def _needs_token(self, path: str) -> bool:
        return bool(self.token) and (path == "/api" or path.startswith("/api/")) and path not in PUBLIC_API_PATHS

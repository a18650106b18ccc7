"""Security headers on every response of the app.

A strict Content-Security-Policy without 'unsafe-inline' (scripts and styles only from the app's
own files; nothing may frame it), no MIME sniffing, no referrer leaving the origin, and HSTS when
the request came over HTTPS. A route that sets its own CSP (a download served sandboxed) keeps it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'"  # captured content: never active
HSTS = "max-age=31536000; includeSubDomains"
FIXED_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # Origin is still sent with our own form posts (login CSRF check)
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def install(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        for name, value in FIXED_HEADERS.items():
            headers.setdefault(name, value)
        if request.url.scheme == "https":
            headers.setdefault("Strict-Transport-Security", HSTS)
        headers.setdefault("Cache-Control", "no-store")
        return response

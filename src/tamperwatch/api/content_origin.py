"""The content origin: a second listening port of ``tamperwatch serve`` that serves captured
pages, and nothing else, to the dashboard's sandboxed iframes.

``GET /c/{sha256}?exp=&sig=`` (a URL signed by ``content_urls.ContentSigner``, short-lived)
answers the captured bytes as ``text/html`` under ``Content-Security-Policy: sandbox`` without
``allow-scripts`` and ``default-src 'none'``: the page is drawn (its own inline styles, no images
or anything else fetched, so the page's author learns nothing about who looks), but no script of
it runs, it has an opaque origin of its own, it cannot navigate the dashboard or submit a form,
and only the dashboard's origin may frame it. It reads no cookie and knows no user: the signature
is its only credential. Anything else is 404 or 403, with no content.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import FastAPI, HTTPException, Path, Query, Request, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from tamperwatch.api.content_urls import CONTENT_PATH, ContentSigner

CONTENT_CSP = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
)
CONTENT_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "private, max-age=60",
    "Cross-Origin-Opener-Policy": "same-origin",
}

LoadBody = Callable[[str], Awaitable[bytes | None]]


def create_content_app(
    load_body: LoadBody,
    signer: ContentSigner,
    frame_ancestors: str,
    clock: Callable[[], float] = time.time,
) -> FastAPI:
    """``frame_ancestors``: the dashboard's origin(s), e.g. ``http://127.0.0.1:8080``."""
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    csp = CONTENT_CSP.format(ancestors=frame_ancestors)

    @app.get(CONTENT_PATH + "/{content_hash}")
    async def captured(
        content_hash: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")],
        exp: Annotated[int, Query(ge=0, le=2**40)],
        sig: Annotated[str, Query(max_length=64)],
    ) -> Response:
        if not signer.valid(content_hash, exp, sig, clock()):
            raise HTTPException(403, "this link has expired or was not made by the dashboard")
        body = await load_body(content_hash)
        if body is None:
            raise HTTPException(404, "no such content")
        headers = CONTENT_HEADERS | {"Content-Security-Policy": csp}
        return Response(body, media_type="text/html", headers=headers)

    @app.middleware("http")
    async def closed(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault(
            "Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'"
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    return app


def content_port_of(port: int, content_port: int | None) -> int:
    """The content origin's port: the setting, else the dashboard's port + 1 (any free port when the
    dashboard's is 0, as in tests)."""
    if content_port is not None:
        return content_port
    return 0 if port == 0 else port + 1


def by_port(main: ASGIApp, content: ASGIApp, content_port: int) -> ASGIApp:
    """One ASGI app for both listening sockets: requests that reached ``content_port`` go to the
    content origin, every other one to the main app (neither is reachable on the other's port)."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        server = scope.get("server")
        if scope["type"] != "lifespan" and server is not None and server[1] == content_port:
            await content(scope, receive, send)
        else:
            await main(scope, receive, send)

    return app


def frame_ancestors(port: int, tls: bool) -> str:
    """The dashboard's origins as a CSP source list: its port on whatever host name it is reached by."""
    return f"{'https' if tls else 'http'}://*:{port}"

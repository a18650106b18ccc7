"""A configurable site on the hostile test server: given paths answer given pages (status,
headers, body); any other path answers ``fallback`` (a soft-404 site: 200 and the home page) or
404. Every request's method, path and Host header is in ``requests``."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from support.hostile_server import Handler, HostileServer


@dataclass(frozen=True)
class Page:
    body: bytes = b""
    status: str = "200 OK"
    headers: list[tuple[str, str]] = field(
        default_factory=lambda: [("Content-Type", "text/html; charset=utf-8")]
    )


class SiteServer(HostileServer):
    def __init__(self, pages: dict[str, Page], fallback: Page | None = None) -> None:
        super().__init__()
        self.pages = pages
        self.fallback = fallback

    def _route(self, path: str) -> Handler:
        page = self.pages.get(urlsplit(path).path, self.fallback)
        if page is None:
            return self._not_found

        async def serve(writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
            return self._send(writer, page.status, page.body, page.headers)

        return serve

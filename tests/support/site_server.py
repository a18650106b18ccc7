"""A configurable site on the hostile test server: given paths answer given pages (status,
headers, body); any other path answers ``fallback`` (a soft-404 site: 200 and the home page) or
404. Every request's method, path and Host header is in ``requests``.

A page with validators (``etag``, ``last_modified``) sends them and answers a conditional GET
whose ``If-None-Match`` or ``If-Modified-Since`` matches with an empty 304, as a static file
server does; ``not_modified`` counts those answers."""

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
    etag: str = ""  # sent as ETag; a matching If-None-Match answers 304
    last_modified: str = ""  # sent as Last-Modified; an equal If-Modified-Since answers 304

    @property
    def validators(self) -> list[tuple[str, str]]:
        pairs = [("ETag", self.etag), ("Last-Modified", self.last_modified)]
        return [(name, value) for name, value in pairs if value]

    def unchanged_for(self, headers: dict[str, str]) -> bool:
        """Whether a request with these (lower-case) headers gets a 304 for this page."""
        etag, since = headers.get("if-none-match", ""), headers.get("if-modified-since", "")
        return bool(self.etag and etag == self.etag) or bool(
            self.last_modified and since == self.last_modified
        )


class SiteServer(HostileServer):
    def __init__(self, pages: dict[str, Page], fallback: Page | None = None) -> None:
        super().__init__()
        self.pages = pages
        self.fallback = fallback
        self.not_modified = 0  # 304 answers sent

    def _route(self, path: str) -> Handler:
        page = self.pages.get(urlsplit(path).path, self.fallback)
        if page is None:
            return self._not_found

        async def serve(writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
            if page.unchanged_for(headers):
                self.not_modified += 1
                return self._send(writer, "304 Not Modified", b"", page.validators)
            return self._send(writer, page.status, page.body, [*page.headers, *page.validators])

        return serve

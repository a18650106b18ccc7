"""Observed pages built in memory for the header tests."""

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.audit.client import Hop
from tamperwatch.audit.observed import Observed
from tamperwatch.audit.page import read_page
from tamperwatch.models import Capture

WHEN = datetime(2026, 12, 6, tzinfo=UTC)
HTML = ("Content-Type", "text/html; charset=utf-8")


def capture(
    url: str, headers: list[tuple[str, str]] | None = None, body: bytes = b"", status: int = 200
) -> Capture:
    return Capture(
        url=url, fetched_at=WHEN, final_url=url, status=status, headers=tuple(headers or []), body=body
    )


def observed(
    headers: list[tuple[str, str]] | None = None,
    body: bytes = b"<html><body>hi</body></html>",
    url: str = "https://www.example.org/",
    http_route: list[str] | None = None,
) -> Observed:
    """An https page with ``headers`` (plus text/html), reachable over https; ``http_route``: the
    URLs plain http went through (None: http not reachable)."""
    page = capture(url, [HTML, *(headers or [])], body)
    obs = Observed(site_url=url, auto=page, auto_url=url, https=page if url.startswith("https:") else None)
    if http_route is not None:
        obs.http_route = [
            Hop(u, capture(u, status=301 if i < len(http_route) - 1 else 200))
            for i, u in enumerate(http_route)
        ]
    obs.page = read_page(page, url)
    return obs

"""The Fetcher interface and its request type; every fetcher returns a Capture, never raises on bad input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from tamperwatch.models import Capture


@dataclass(frozen=True, slots=True)
class FetchRequest:
    url: str
    headers: tuple[tuple[str, str], ...] = ()
    etag: str = ""
    last_modified: str = ""
    user_agent: str = ""
    referer: str = ""


class Fetcher(Protocol):
    """Turns a request into a Capture. Failures come back as a Capture with ``error`` set.

    A fetcher over stored captures sets a class attribute ``live = False``: what it serves does
    not depend on who asks, so comparing views (cloaking) is pointless there."""

    async def fetch(self, request: FetchRequest) -> Capture: ...

    async def aclose(self) -> None: ...

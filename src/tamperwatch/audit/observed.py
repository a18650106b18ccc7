"""What the header tests look at: the answers the audit got, gathered once per site."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tamperwatch.audit.page import PageFacts

if TYPE_CHECKING:
    from tamperwatch.audit.client import AuditClient, Hop
    from tamperwatch.models import Capture


def header_values(capture: Capture | None, name: str) -> list[str]:
    if capture is None:
        return []
    lname = name.lower()
    return [value for key, value in capture.headers if key.lower() == lname]


def first_header(capture: Capture | None, name: str) -> str | None:
    values = header_values(capture, name)
    return values[0] if values else None


@dataclass(slots=True)
class Observed:
    """``auto``: the final answer to the audited URL; ``https``: the final https answer (None when
    https could not be reached or its certificate did not verify: ``https_invalid_cert``);
    ``http_route``: the hops of the plain-http request (None when http was not reachable);
    ``cors``: the answer to a GET carrying an ``Origin`` header; ``client``: the client that read
    the site, for the checks that ask it more (known files)."""

    site_url: str
    auto: Capture
    auto_url: str
    https: Capture | None = None
    https_invalid_cert: bool = False
    http_route: list[Hop] | None = None
    cors: Capture | None = None
    page: PageFacts = field(default_factory=PageFacts)
    client: AuditClient | None = None

    @property
    def is_https(self) -> bool:
        return self.auto_url.startswith("https:")

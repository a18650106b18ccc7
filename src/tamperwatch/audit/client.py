"""AuditClient: the audit's only way onto the network for HTTP.

Every request is a GET through the project's bounded ``HttpFetcher`` (URL policy, size, time and
header limits). The fetcher is built with ``max_redirects=0`` so that it hands each redirect back
(a Capture with the 3xx status, its headers and ``error_kind`` ``too_many_redirects``); the client
follows a redirect only while it stays on the audited host (any port, http or https) and records
where an off-host one would have gone. Every URL asked for is kept in ``requests``.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from yarl import URL

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.errors import FetchErrorKind

if TYPE_CHECKING:
    from tamperwatch.audit.limits import AuditLimits
    from tamperwatch.capture.http import HttpFetcher
    from tamperwatch.models import Capture
    from tamperwatch.policy import UrlPolicy
    from tamperwatch.settings import Settings

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class OffHostError(ValueError):
    """A URL outside the audited host was asked for."""


@dataclass(slots=True)
class Hop:
    """One answer: the URL asked, what came back, and where it redirects (if it does)."""

    url: str
    capture: Capture
    location: str = ""


@dataclass(slots=True)
class Response:
    """The answers to one request, redirects followed on the audited host."""

    hops: list[Hop] = field(default_factory=list)
    off_host: str = ""  # an off-host redirect target, not followed

    @property
    def final(self) -> Capture:
        return self.hops[-1].capture

    @property
    def final_url(self) -> str:
        return self.hops[-1].url


def build_fetcher(
    settings: Settings, policy: UrlPolicy, limits: AuditLimits, verify: bool = True
) -> HttpFetcher:
    """The bounded fetcher of ``tamperwatch check``, with the audit's body cap, no automatic
    redirects and, when ``audit_ca_file`` is set, that CA trusted besides the system's.
    ``verify=False``: certificates are not checked (to read a site whose certificate is broken;
    the broken certificate is itself a finding)."""
    from tamperwatch.capture.http import HttpFetcher

    context: ssl.SSLContext | None = None
    if not verify:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    elif limits.ca_file is not None:
        context = ssl.create_default_context()
        context.load_verify_locations(cafile=str(limits.ca_file))
    return HttpFetcher.from_settings(
        settings, policy=policy, max_redirects=0, max_body_bytes=limits.max_body_bytes, ssl_context=context
    )


def same_host(a: str, b: str) -> bool:
    try:
        return (URL(a).host or "").lower() == (URL(b).host or "").lower()
    except ValueError:
        return False


class AuditClient:
    """GETs on one host. ``max_redirects`` bounds the redirects followed per request. Once
    ``trust_broken_certificate()`` is called (the site's certificate did not verify), requests go
    through ``unverified``, the same bounded fetcher without certificate checks."""

    def __init__(
        self, fetcher: HttpFetcher, site_url: str, max_redirects: int, unverified: HttpFetcher | None = None
    ) -> None:
        self.fetcher = fetcher
        self.unverified = unverified
        self.host = (URL(site_url).host or "").lower()
        self.max_redirects = max_redirects
        self.requests: list[str] = []

    def trust_broken_certificate(self) -> bool:
        """Read the site despite its certificate from now on; False when there is no such fetcher."""
        if self.unverified is None:
            return False
        self.fetcher = self.unverified
        return True

    def _check_host(self, url: str) -> None:
        if (URL(url).host or "").lower() != self.host:
            raise OffHostError(f"{url} is not on the audited host {self.host}")

    async def get_one(self, url: str, headers: tuple[tuple[str, str], ...] = ()) -> Hop:
        """One GET, no redirect followed."""
        self._check_host(url)
        self.requests.append(url)
        capture = await self.fetcher.fetch(FetchRequest(url=url, headers=headers))
        location = ""
        if capture.status in REDIRECT_STATUSES and capture.error_kind == FetchErrorKind.TOO_MANY_REDIRECTS:
            raw = capture.header("Location")
            try:
                location = str(URL(url).join(URL(raw)).with_fragment(None)) if raw else ""
            except ValueError:
                location = ""
        return Hop(url, capture, location)

    async def get(self, url: str, headers: tuple[tuple[str, str], ...] = ()) -> Response:
        """GET ``url``, following redirects on the audited host (at most ``max_redirects``)."""
        response = Response()
        seen: set[str] = set()
        while True:
            hop = await self.get_one(url, headers)
            response.hops.append(hop)
            seen.add(url)
            if not hop.location:
                return response
            if not same_host(hop.location, url):
                response.off_host = hop.location
                return response
            if hop.location in seen or len(response.hops) > self.max_redirects:
                return response
            url = hop.location

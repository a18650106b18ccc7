"""Pins aiohttp connections to the addresses the URL policy checked (no DNS rebinding window).

aiohttp asks this resolver for a host's addresses right before it connects, and connects to
exactly what it returns; the resolver returns only addresses that ``UrlPolicy.resolve`` allowed,
so the address checked is the address connected to.
"""

from __future__ import annotations

import socket
import time

from aiohttp.abc import AbstractResolver, ResolveResult

from tamperwatch.capture.http_timings import add_timing
from tamperwatch.policy import UrlPolicy


class PolicyResolver(AbstractResolver):
    """An aiohttp resolver that resolves through the URL policy and refuses blocked addresses."""

    def __init__(self, policy: UrlPolicy) -> None:
        self._policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        began = time.perf_counter()
        try:
            addresses = await self._policy.resolve(host, port)
        finally:
            add_timing("dns", time.perf_counter() - began)
        return [
            {
                "hostname": host,
                "host": address.compressed,
                "port": port,
                "family": socket.AF_INET6 if address.version == 6 else socket.AF_INET,
                "proto": socket.IPPROTO_TCP,
                "flags": socket.AI_NUMERICHOST,
            }
            for address in addresses
        ]

    async def close(self) -> None:
        return None

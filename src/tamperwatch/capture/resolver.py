"""Host name resolution behind a small interface: the system resolver and an in-memory twin.

The URL policy resolves through a ``HostResolver`` and checks every address it returns; the
fetcher then connects to exactly those addresses (see ``capture.pinning``).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Mapping, Sequence
from typing import Protocol

from tamperwatch.capture.errors import FetchError, FetchErrorKind


class HostResolver(Protocol):
    """Turns a host name into IP address strings (IPv4 and/or IPv6)."""

    async def resolve(self, host: str, port: int) -> list[str]: ...


class SystemResolver:
    """Resolves with the event loop's ``getaddrinfo`` (the operating system's resolver)."""

    async def resolve(self, host: str, port: int) -> list[str]:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve host {host!r}: {exc}", FetchErrorKind.CONNECT) from exc
        addresses: list[str] = []
        for _family, _type, _proto, _name, sockaddr in infos:
            address = str(sockaddr[0])
            if address not in addresses:
                addresses.append(address)
        if not addresses:
            raise FetchError(f"cannot resolve host {host!r}: no addresses", FetchErrorKind.CONNECT)
        return addresses


class StaticResolver:
    """In-memory twin: answers from a fixed table of host name -> addresses (for tests, offline)."""

    def __init__(self, table: Mapping[str, Sequence[str]]) -> None:
        self._table = {name.lower().rstrip("."): list(addresses) for name, addresses in table.items()}

    async def resolve(self, host: str, port: int) -> list[str]:
        addresses = self._table.get(host.lower().rstrip("."))
        if not addresses:
            raise FetchError(f"cannot resolve host {host!r}: unknown name", FetchErrorKind.CONNECT)
        return list(addresses)

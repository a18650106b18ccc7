"""SocketSpy: a socket factory for HttpFetcher that records every address a connection is tried to."""

from __future__ import annotations

import socket

from aiohappyeyeballs import AddrInfoType


class SocketSpy:
    """Records the address of every connection attempt, then opens the socket as usual."""

    def __init__(self) -> None:
        self.addresses: list[str] = []

    def __call__(self, addr_info: AddrInfoType) -> socket.socket:
        family, type_, proto, _, address = addr_info
        self.addresses.append(str(address[0]))
        return socket.socket(family, type_, proto)

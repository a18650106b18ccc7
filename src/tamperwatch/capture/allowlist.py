"""Allowlist rules of the URL policy: an address range that is opened only at given ports.

An entry is ``CIDR:PORT`` or ``CIDR:LOW-HIGH``; a bare address means a single host (/32, /128).
IPv6 ranges are bracketed: ``[::1]/128:8080`` (or ``[::1/128]:8080``). An entry without a port is
refused: the allowlist never opens a whole range.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from ipaddress import IPv4Network, IPv6Network, ip_network

from tamperwatch.capture.errors import PolicyConfigError
from tamperwatch.capture.ip_ranges import IPAddress, canonical

_FORMAT = "expected 'CIDR:PORT' or 'CIDR:LOW-HIGH', e.g. '127.0.0.1/32:8080' or '[::1]/128:8000-8100'"


@dataclass(frozen=True, slots=True)
class AllowRule:
    """Addresses in ``network`` are allowed at ports ``low``..``high`` (inclusive)."""

    network: IPv4Network | IPv6Network
    low: int
    high: int

    def allows(self, address: IPAddress, port: int) -> bool:
        return self.low <= port <= self.high and canonical(address) in self.network

    def __str__(self) -> str:
        host = f"[{self.network}]" if self.network.version == 6 else str(self.network)
        ports = str(self.low) if self.low == self.high else f"{self.low}-{self.high}"
        return f"{host}:{ports}"


def _split(entry: str) -> tuple[str, str]:
    if entry.startswith("["):
        close = entry.find("]")
        if close < 0:
            raise PolicyConfigError(f"allowlist entry {entry!r}: missing ']' ({_FORMAT})")
        inside, rest = entry[1:close], entry[close + 1 :]
        prefix, colon, ports = rest.partition(":")
        if not colon:
            raise PolicyConfigError(f"allowlist entry {entry!r} has no port ({_FORMAT})")
        if prefix and not prefix.startswith("/"):
            raise PolicyConfigError(f"allowlist entry {entry!r}: unexpected {prefix!r} ({_FORMAT})")
        return inside + prefix, ports
    if ":" not in entry:
        raise PolicyConfigError(f"allowlist entry {entry!r} has no port ({_FORMAT})")
    if entry.count(":") > 1:
        raise PolicyConfigError(
            f"allowlist entry {entry!r}: bracket IPv6 ranges, as in '[::1]/128:8080' ({_FORMAT})"
        )
    cidr, _, ports = entry.partition(":")
    return cidr, ports


def _port(text: str, entry: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise PolicyConfigError(f"allowlist entry {entry!r}: port {text!r} is not a number in 1-65535")
    return int(text)


def parse_allow_rule(entry: str) -> AllowRule:
    """Parse one allowlist entry; raises ``PolicyConfigError`` with the reason when it is malformed."""
    text = entry.strip()
    if not text:
        raise PolicyConfigError(f"allowlist entry is empty ({_FORMAT})")
    cidr, ports = _split(text)
    if not ports:
        raise PolicyConfigError(f"allowlist entry {entry!r} has no port ({_FORMAT})")
    try:
        network = ip_network(cidr, strict=True)
    except ValueError as exc:
        raise PolicyConfigError(f"allowlist entry {entry!r}: {cidr!r} is not a CIDR range ({exc})") from exc
    low_text, dash, high_text = ports.partition("-")
    low = _port(low_text, entry)
    high = _port(high_text, entry) if dash else low
    if high < low:
        raise PolicyConfigError(f"allowlist entry {entry!r}: port range {low}-{high} is empty")
    return AllowRule(network, low, high)


def parse_allowlist(entries: Iterable[str]) -> tuple[AllowRule, ...]:
    """Parse every entry (see ``parse_allow_rule``)."""
    return tuple(parse_allow_rule(entry) for entry in entries)

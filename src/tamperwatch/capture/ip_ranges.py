"""Which IP addresses a fetch may never reach, and why; and the legacy numeric IPv4 spellings.

``blocked_reason(address)`` names the first matching range ("a loopback address", ...) or returns
``None`` for a public address. IPv6 forms that embed an IPv4 address (v4-mapped, NAT64, 6to4) are
judged by the embedded address. ``parse_ipv4_spelling`` reads hosts like ``2130706433``,
``0177.0.0.1`` or ``0x7f.1`` the way ``inet_aton`` (and browsers) do.
"""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address

IPAddress = IPv4Address | IPv6Address

_V4_BLOCKED: tuple[tuple[IPv4Network, str], ...] = tuple(
    (IPv4Network(cidr), reason)
    for cidr, reason in (
        ("169.254.169.254/32", "a cloud metadata address"),
        ("169.254.170.2/32", "a cloud metadata address"),
        ("100.100.100.200/32", "a cloud metadata address"),
        ("168.63.129.16/32", "a cloud metadata address"),
        ("192.0.0.192/32", "a cloud metadata address"),
        ("0.0.0.0/8", "an unspecified ('this network') address"),
        ("10.0.0.0/8", "a private address"),
        ("100.64.0.0/10", "a carrier-grade NAT (shared) address"),
        ("127.0.0.0/8", "a loopback address"),
        ("169.254.0.0/16", "a link-local address"),
        ("172.16.0.0/12", "a private address"),
        ("192.0.0.0/24", "a reserved (IETF protocol) address"),
        ("192.0.2.0/24", "a reserved (documentation) address"),
        ("192.88.99.0/24", "a reserved (6to4 relay) address"),
        ("192.168.0.0/16", "a private address"),
        ("198.18.0.0/15", "a reserved (benchmarking) address"),
        ("198.51.100.0/24", "a reserved (documentation) address"),
        ("203.0.113.0/24", "a reserved (documentation) address"),
        ("224.0.0.0/4", "a multicast address"),
        ("240.0.0.0/4", "a reserved address"),
    )
)

_V6_BLOCKED: tuple[tuple[IPv6Network, str], ...] = tuple(
    (IPv6Network(cidr), reason)
    for cidr, reason in (
        ("fd00:ec2::254/128", "a cloud metadata address"),
        ("::/128", "an unspecified address"),
        ("::1/128", "a loopback address"),
        ("64:ff9b:1::/48", "a private (local-use NAT64) address"),
        ("100::/64", "a reserved (discard-only) address"),
        ("2001::/32", "a Teredo tunnel address"),
        ("2001:2::/48", "a reserved (benchmarking) address"),
        ("2001:10::/28", "a reserved (ORCHID) address"),
        ("2001:20::/28", "a reserved (ORCHID) address"),
        ("2001:db8::/32", "a reserved (documentation) address"),
        ("fc00::/7", "a private (unique local) address"),
        ("fe80::/10", "a link-local address"),
        ("fec0::/10", "a private (site-local) address"),
        ("ff00::/8", "a multicast address"),
    )
)

_NAT64 = IPv6Network("64:ff9b::/96")
_SIX_TO_FOUR = IPv6Network("2002::/16")
_GLOBAL_UNICAST = IPv6Network("2000::/3")


def embedded_ipv4(address: IPv6Address) -> tuple[IPv4Address, str] | None:
    """The IPv4 address an IPv6 form carries (v4-mapped, NAT64, 6to4) and the form's name."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped, "IPv4-mapped"
    if address in _NAT64:
        return IPv4Address(int(address) & 0xFFFFFFFF), "NAT64"
    if address.sixtofour is not None:
        return address.sixtofour, "6to4"
    return None


def blocked_reason(address: IPAddress) -> str | None:
    """Why ``address`` must not be fetched ("a private address"), or ``None`` when it is public."""
    if isinstance(address, IPv4Address):
        for network, reason in _V4_BLOCKED:
            if address in network:
                return reason
        return None
    embedded = embedded_ipv4(address)
    if embedded is not None:
        inner, form = embedded
        inner_reason = blocked_reason(inner)
        return f"an {form} form of {inner}, {inner_reason}" if inner_reason else None
    for network6, reason in _V6_BLOCKED:
        if address in network6:
            return reason
    if address not in _GLOBAL_UNICAST:
        return "a reserved address"
    return None


def canonical(address: IPAddress) -> IPAddress:
    """The address to match allowlists against: IPv4-mapped IPv6 becomes plain IPv4."""
    if isinstance(address, IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _ipv4_part(text: str) -> int | None:
    if text[:2].lower() == "0x":
        digits, base = text[2:], 16
    elif len(text) > 1 and text[0] == "0":
        digits, base = text[1:], 8
    else:
        digits, base = text, 10
    if digits == "":
        return 0 if base == 16 else None
    try:
        return int(digits, base) if digits.isascii() and digits.isalnum() else None
    except ValueError:
        return None


def ends_in_number(host: str) -> bool:
    """WHATWG's test: a host whose last label is a number must be an IPv4 address."""
    labels = host.split(".")
    if labels[-1] == "" and len(labels) > 1:
        labels.pop()
    last = labels[-1]
    if last.isascii() and last.isdigit():
        return True
    return last[:2].lower() == "0x" and all(c in "0123456789abcdefABCDEF" for c in last[2:])


def parse_ipv4_spelling(host: str) -> IPv4Address | None:
    """Read a numeric IPv4 host in any ``inet_aton`` spelling (decimal, octal, hex, 1-4 parts).

    Returns ``None`` when ``host`` is not numeric. A host that ends in a number but is no valid
    address (``1.2.3.4.5``, ``256.1``) raises ``ValueError``.
    """
    if not host or not ends_in_number(host):
        return None
    parts = host[:-1].split(".") if host.endswith(".") else host.split(".")
    values = [_ipv4_part(part) for part in parts]
    if len(parts) > 4 or any(v is None for v in values):
        raise ValueError(f"{host!r} is not a valid IPv4 address")
    numbers = [v for v in values if v is not None]
    *head, last = numbers
    if any(v > 255 for v in head) or last >= 256 ** (5 - len(numbers)):
        raise ValueError(f"{host!r} is not a valid IPv4 address (a part is out of range)")
    value = last
    for index, part in enumerate(head):
        value += part << (8 * (3 - index))
    return IPv4Address(value)


def parse_host_address(host: str) -> IPAddress | None:
    """The IP address a URL host names (any spelling), or ``None`` for a DNS name.

    Raises ``ValueError`` for hosts that look numeric but are not a valid address.
    """
    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if ":" in bare:
        return ip_address(bare.split("%", 1)[0])
    return parse_ipv4_spelling(bare)

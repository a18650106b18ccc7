"""Address classification and legacy IPv4 spellings, as inet_aton and browsers read them."""

from __future__ import annotations

import socket
from ipaddress import IPv4Address, ip_address

import pytest

from tamperwatch.capture.ip_ranges import blocked_reason, parse_host_address, parse_ipv4_spelling


@pytest.mark.parametrize(
    "spelling",
    [
        "2130706433",
        "0177.0.0.1",
        "0x7f.1",
        "0x7f000001",
        "127.1",
        "127.0.1",
        "0x7F.0.0.0x1",
        "017700000001",
        "127.0.0.1.",
    ],
)
def test_numeric_spellings_read_like_inet_aton(spelling: str) -> None:
    expected = IPv4Address(socket.inet_aton(spelling.rstrip(".")))

    assert parse_ipv4_spelling(spelling) == expected == IPv4Address("127.0.0.1")


@pytest.mark.parametrize("spelling", ["1.2.3.4.5", "256.0.0.1", "1.16777216", "08.0.0.1", "1.0x1g.1", "1..2"])
def test_invalid_numeric_spellings_are_errors(spelling: str) -> None:
    with pytest.raises(ValueError, match="not a valid IPv4 address"):
        parse_ipv4_spelling(spelling)


@pytest.mark.parametrize("host", ["example.com", "127.0.0.1.nip.io", "x1", "0x7f.example", "localhost"])
def test_names_are_not_addresses(host: str) -> None:
    assert parse_host_address(host) is None


@pytest.mark.parametrize(
    "address",
    [
        "8.8.8.8",
        "1.1.1.1",
        "93.184.215.14",
        "100.63.255.255",
        "100.128.0.0",
        "172.32.0.1",
        "2606:4700::1111",
        "2001:4860:4860::8888",
        "64:ff9b::808:808",
        "2002:808:808::1",
    ],
)
def test_public_addresses_are_not_blocked(address: str) -> None:
    assert blocked_reason(ip_address(address)) is None


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.255.254", "loopback"),
        ("10.255.0.1", "private"),
        ("172.31.255.255", "private"),
        ("192.168.0.1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("169.254.170.2", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("169.254.0.1", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("100.127.255.255", "carrier-grade NAT"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.251", "multicast"),
        ("239.255.255.250", "multicast"),
        ("240.0.0.1", "reserved"),
        ("198.18.0.1", "benchmarking"),
        ("192.0.2.1", "documentation"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fd00:ec2::254", "cloud metadata"),
        ("fc00::1", "unique local"),
        ("fe80::1", "link-local"),
        ("ff02::1", "multicast"),
        ("::ffff:10.0.0.1", "IPv4-mapped form of 10.0.0.1, a private"),
        ("64:ff9b::7f00:1", "NAT64 form of 127.0.0.1"),
        ("2002:7f00:1::", "6to4 form of 127.0.0.1"),
        ("2001:0:4136:e378::1", "Teredo"),
        ("2001:db8::1", "documentation"),
        ("::127.0.0.1", "reserved"),
        ("100::1", "discard-only"),
        ("4000::1", "reserved"),
    ],
)
def test_internal_addresses_are_blocked_with_their_kind(address: str, reason: str) -> None:
    found = blocked_reason(ip_address(address))

    assert found is not None and reason in found

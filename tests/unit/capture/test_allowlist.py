"""Allowlist entries: address ranges opened only at given ports; malformed entries say what is wrong."""

from __future__ import annotations

from ipaddress import ip_address

import pytest

from tamperwatch.capture.allowlist import parse_allow_rule, parse_allowlist
from tamperwatch.capture.errors import PolicyConfigError


@pytest.mark.parametrize(
    ("entry", "network", "low", "high"),
    [
        ("127.0.0.1/32:8080", "127.0.0.1/32", 8080, 8080),
        ("127.0.0.1:8080", "127.0.0.1/32", 8080, 8080),
        ("10.0.0.0/8:8000-8100", "10.0.0.0/8", 8000, 8100),
        ("[::1]/128:8080", "::1/128", 8080, 8080),
        ("[::1/128]:443", "::1/128", 443, 443),
        ("[fd00::]/8:1-65535", "fd00::/8", 1, 65535),
        ("  192.168.0.0/16:80  ", "192.168.0.0/16", 80, 80),
    ],
)
def test_entries_parse_to_ranges_with_ports(entry: str, network: str, low: int, high: int) -> None:
    rule = parse_allow_rule(entry)

    assert (str(rule.network), rule.low, rule.high) == (network, low, high)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("", "is empty"),
        ("127.0.0.1", "has no port"),
        ("127.0.0.0/8", "has no port"),
        ("127.0.0.1/32:", "has no port"),
        ("[::1]/128", "has no port"),
        ("::1/128:8080", "bracket IPv6 ranges"),
        ("[::1:8080", "missing ']'"),
        ("127.0.0.1/33:80", "is not a CIDR range"),
        ("10.0.0.1/8:80", "is not a CIDR range"),
        ("localhost:80", "is not a CIDR range"),
        ("127.0.0.1:0", "port '0' is not a number in 1-65535"),
        ("127.0.0.1:70000", "port '70000' is not a number in 1-65535"),
        ("127.0.0.1:http", "port 'http' is not a number"),
        ("127.0.0.1:9000-8000", "port range 9000-8000 is empty"),
        ("[::1]x:80", "unexpected 'x'"),
    ],
)
def test_malformed_entries_are_refused_with_the_reason(entry: str, message: str) -> None:
    with pytest.raises(PolicyConfigError, match=message.replace("(", r"\(").replace("[", r"\[")):
        parse_allow_rule(entry)


def test_a_rule_allows_only_its_range_and_ports() -> None:
    rule = parse_allow_rule("10.1.0.0/16:8000-8001")

    assert rule.allows(ip_address("10.1.2.3"), 8001)
    assert rule.allows(ip_address("::ffff:10.1.2.3"), 8000)
    assert not rule.allows(ip_address("10.1.2.3"), 8002)
    assert not rule.allows(ip_address("10.2.0.1"), 8000)


def test_rules_print_back_as_entries() -> None:
    rules = parse_allowlist(["127.0.0.1/32:8080", "[::1]/128:8000-8100"])

    assert [str(rule) for rule in rules] == ["127.0.0.1/32:8080", "[::1/128]:8000-8100"]

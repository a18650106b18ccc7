"""UrlPolicy: the single SSRF gate every URL, redirect hop and sub-resource passes through.

Only http and https are fetched, and only public addresses, judged after DNS resolution: every
address a name resolves to must be allowed. Loopback, private, link-local, CGNAT, cloud metadata,
multicast and reserved ranges are refused, in IPv4 and IPv6 forms (v4-mapped, NAT64, 6to4) and in
legacy numeric spellings (``2130706433``, ``0177.0.0.1``, ``0x7f.1``). The allowlist opens address
ranges at given ports only. Refusals raise ``PolicyError`` naming the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from ipaddress import ip_address
from typing import TYPE_CHECKING

from yarl import URL

from tamperwatch.capture.allowlist import AllowRule, parse_allow_rule
from tamperwatch.capture.errors import PolicyError
from tamperwatch.capture.ip_ranges import IPAddress, blocked_reason, canonical, parse_host_address
from tamperwatch.capture.resolver import HostResolver, SystemResolver

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

ALLOWED_SCHEMES = ("http", "https")
_MAX_CACHED_DECISIONS = 4096
# Host names as DNS carries them (after IDNA): letters, digits, '-', '_' in dot-separated labels.
_HOST_NAME = re.compile(r"(?=.{1,253}$)([a-z0-9_-]{1,63}\.)*[a-z0-9_-]{1,63}\.?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CheckedUrl:
    """A URL that passed the syntactic checks; ``address`` is set when its host is an IP literal."""

    url: URL
    host: str
    port: int
    address: IPAddress | None


class UrlPolicy:
    """Decides whether a URL (and each address its host resolves to) may be fetched."""

    def __init__(
        self, allowlist: Iterable[AllowRule | str] = (), resolver: HostResolver | None = None
    ) -> None:
        self.allowlist: tuple[AllowRule, ...] = tuple(
            rule if isinstance(rule, AllowRule) else parse_allow_rule(rule) for rule in allowlist
        )
        self.resolver: HostResolver = resolver if resolver is not None else SystemResolver()
        # Decisions on URL hosts are pure functions of (host, port): memoised, bounded.
        self._decisions: dict[tuple[str, int], IPAddress | PolicyError | None] = {}

    @classmethod
    def from_settings(cls, settings: Settings, resolver: HostResolver | None = None) -> UrlPolicy:
        return cls(settings.url_allowlist, resolver)

    def refusal(self, address: IPAddress, port: int) -> str | None:
        """Why ``address:port`` is refused (e.g. "a private address"), or ``None`` if allowed."""
        reason = blocked_reason(address)
        if reason is None:
            return None
        plain = canonical(address)
        ports: list[str] = []
        for rule in self.allowlist:
            if rule.allows(address, port):
                return None
            if plain in rule.network:
                ports.append(str(rule.low) if rule.low == rule.high else f"{rule.low}-{rule.high}")
        if ports:
            return f"{reason}; the allowlist opens it only at port {', '.join(ports)}, not {port}"
        return reason

    def check_address(self, address: IPAddress, port: int, host: str = "", literal: bool = False) -> None:
        """Raise ``PolicyError`` unless ``address:port`` may be connected to.

        ``host`` names where the address came from (``literal``: it is the host's own spelling).
        """
        reason = self.refusal(address, port)
        if reason is not None:
            shown = address.compressed
            if not host or host.strip("[]") == shown:
                subject = f"{shown} is"
            elif literal:
                subject = f"{host} (= {shown}) is"
            else:
                subject = f"{host} resolves to {shown}, which is"
            raise PolicyError(f"blocked: {subject} {reason}", address=shown)

    def check_url(self, url: str | URL) -> CheckedUrl:
        """Check scheme, host and (for IP literals in any spelling) the address; no DNS.

        The returned URL has numeric hosts rewritten to their canonical form.
        """
        try:
            parsed = url if isinstance(url, URL) else URL(url)
            scheme, host, port = parsed.scheme.lower(), parsed.raw_host, parsed.port
        except (ValueError, TypeError) as exc:  # UnicodeError (IDNA) is a ValueError
            raise PolicyError(f"blocked: {str(url)!r} is not a valid URL ({exc})") from exc
        if scheme not in ALLOWED_SCHEMES:
            raise PolicyError(f"blocked: scheme {scheme or '(none)'!r} is not allowed (only http and https)")
        if not host:
            raise PolicyError(f"blocked: {str(parsed)!r} has no host")
        if not port:
            raise PolicyError(f"blocked: {str(parsed)!r} has no usable port")
        key = (host, port)
        decision = self._decisions.get(key)
        if decision is None:
            decision = self._decide_host(host, port)
            if len(self._decisions) >= _MAX_CACHED_DECISIONS:
                self._decisions.clear()
            self._decisions[key] = decision
        if isinstance(decision, PolicyError):
            raise PolicyError(decision.message, decision.address)
        if decision is None or host == decision.compressed:
            return CheckedUrl(parsed, host, port, decision)
        return CheckedUrl(parsed.with_host(decision.compressed), decision.compressed, port, decision)

    def _decide_host(self, host: str, port: int) -> IPAddress | PolicyError | None:
        """The literal address a URL host names (``None`` for a DNS name), or why it is refused."""
        try:
            address = parse_host_address(host)
        except ValueError as exc:
            return PolicyError(f"blocked: host {host!r} is not a valid address ({exc})")
        if address is None and not _HOST_NAME.fullmatch(host):
            return PolicyError(f"blocked: {host!r} is not a valid host name")
        if address is not None:
            try:
                self.check_address(address, port, host, literal=True)
            except PolicyError as refused:
                return refused
        return address

    async def resolve(self, host: str, port: int) -> list[IPAddress]:
        """Resolve ``host`` and check every address; all must be allowed, else ``PolicyError``."""
        try:
            literal = parse_host_address(host)
        except ValueError as exc:
            raise PolicyError(f"blocked: host {host!r} is not a valid address ({exc})") from exc
        if literal is not None:
            self.check_address(literal, port, host, literal=True)
            return [literal]
        answers = await self.resolver.resolve(host, port)
        addresses: list[IPAddress] = []
        for answer in answers:
            try:
                address = ip_address(answer.split("%", 1)[0])
            except ValueError as exc:
                raise PolicyError(f"blocked: {host} resolves to {answer!r}, not an IP address") from exc
            self.check_address(address, port, host)
            addresses.append(address)
        return addresses

    async def check(self, url: str | URL) -> list[IPAddress]:
        """The full check of a URL: syntax, then every address its host resolves to."""
        checked = self.check_url(url)
        if checked.address is not None:
            return [checked.address]
        return await self.resolve(checked.host, checked.port)

"""TLS handshakes for the audit: one connection per question, pinned to an address the URL
policy allowed, nothing sent after the handshake. Legacy protocols and ciphers are offered only
to learn whether the server accepts them."""

from __future__ import annotations

import asyncio
import ssl
import warnings
from dataclasses import dataclass
from pathlib import Path

from tamperwatch.capture.errors import PolicyError
from tamperwatch.policy import UrlPolicy

# Mozilla server-side TLS, "intermediate" profile: the TLS 1.2 suites it allows (OpenSSL names).
INTERMEDIATE_TLS12_CIPHERS = (
    "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
    "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-CHACHA20-POLY1305",
)  # fmt: skip
LEGACY_PROTOCOLS = {"TLS 1.0": ssl.TLSVersion.TLSv1, "TLS 1.1": ssl.TLSVersion.TLSv1_1}


@dataclass(frozen=True, slots=True)
class Handshake:
    ok: bool
    version: str = ""
    cipher: str = ""
    der: bytes = b""  # the leaf certificate
    error: str = ""


class TlsProber:
    """Handshakes with one host at one port, pinned to its first allowed address."""

    def __init__(
        self, policy: UrlPolicy, host: str, port: int, timeout_s: float, ca_file: Path | None
    ) -> None:
        self.policy, self.host, self.port = policy, host, port
        self.timeout_s, self.ca_file = timeout_s, ca_file
        self._address = ""

    async def address(self) -> str:
        if not self._address:
            addresses = await self.policy.check(f"https://{self.host}:{self.port}/")
            if not addresses:
                raise PolicyError(f"blocked: {self.host} has no address")
            self._address = addresses[0].compressed
        return self._address

    def verifying_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.ca_file is not None:
            context.load_verify_locations(cafile=str(self.ca_file))
        return context

    @staticmethod
    def lenient_context(
        low: ssl.TLSVersion = ssl.TLSVersion.MINIMUM_SUPPORTED,
        high: ssl.TLSVersion = ssl.TLSVersion.MAXIMUM_SUPPORTED,
        ciphers: str = "ALL:COMPLEMENTOFALL:@SECLEVEL=0",
    ) -> ssl.SSLContext:
        """A context that accepts any certificate and offers what is asked (legacy included)."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        context.set_ciphers(ciphers)
        with warnings.catch_warnings():  # offering TLS 1.0 and 1.1 is the point here
            warnings.simplefilter("ignore", DeprecationWarning)
            context.minimum_version, context.maximum_version = low, high
        return context

    async def handshake(self, context: ssl.SSLContext) -> Handshake:
        address = await self.address()
        server_name = None if _is_address(self.host) else self.host
        try:
            async with asyncio.timeout(self.timeout_s):
                _reader, writer = await asyncio.open_connection(
                    address, self.port, ssl=context, server_hostname=server_name or ""
                )
        except (ssl.SSLError, ssl.CertificateError) as exc:
            return Handshake(False, error=getattr(exc, "verify_message", "") or exc.reason or str(exc))
        except (OSError, TimeoutError) as exc:
            return Handshake(False, error=str(exc) or type(exc).__name__)
        try:
            obj = writer.get_extra_info("ssl_object")
            assert isinstance(obj, ssl.SSLObject)
            cipher = obj.cipher()
            der = obj.getpeercert(binary_form=True) or b""
            return Handshake(True, obj.version() or "", cipher[0] if cipher else "", der)
        finally:
            writer.close()

    async def accepts_protocol(self, version: ssl.TLSVersion) -> Handshake:
        try:
            context = self.lenient_context(version, version)
        except (ValueError, ssl.SSLError) as exc:  # this OpenSSL cannot offer it at all
            return Handshake(False, error=str(exc))
        return await self.handshake(context)

    async def weak_tls12_ciphers(self, most: int) -> list[str]:
        """TLS 1.2 suites outside the intermediate profile that the server accepts (at most ``most``)."""
        excluded = list(INTERMEDIATE_TLS12_CIPHERS)
        accepted: list[str] = []
        while len(accepted) < most:
            spec = "ALL:COMPLEMENTOFALL:" + ":".join(f"!{c}" for c in excluded) + ":@SECLEVEL=0"
            try:
                context = self.lenient_context(ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_2, spec)
            except ssl.SSLError:
                break  # nothing left to offer
            result = await self.handshake(context)
            if not result.ok or not result.cipher or result.cipher in excluded:
                break
            accepted.append(result.cipher)
            excluded.append(result.cipher)
        return accepted


def _is_address(host: str) -> bool:
    return host.replace(".", "").isdigit() or ":" in host

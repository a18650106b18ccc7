"""Summaries of the TLS certificate a server presented: issuer, subject, expiry, SHA-256 fingerprint."""

from __future__ import annotations

import asyncio
import hashlib
import ssl

from tamperwatch.models import TlsSummary


def summarize_certificate(der: bytes) -> TlsSummary:
    """Read a DER certificate; ``not_after`` is ISO 8601 UTC, the fingerprint lowercase hex of the DER."""
    from cryptography import x509  # loaded on the first https answer: plain-http runs never need it

    fingerprint = hashlib.sha256(der).hexdigest()
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return TlsSummary(issuer="", subject="", not_after="", fingerprint_sha256=fingerprint)
    return TlsSummary(
        issuer=cert.issuer.rfc4514_string(),
        subject=cert.subject.rfc4514_string(),
        not_after=cert.not_valid_after_utc.isoformat(),
        fingerprint_sha256=fingerprint,
    )


class TlsSummarizer:
    """Summarises the peer certificate of a transport, caching by fingerprint (bounded)."""

    def __init__(self, max_entries: int = 1024) -> None:
        self._cache: dict[bytes, TlsSummary] = {}
        self._max_entries = max_entries

    def of_transport(self, transport: asyncio.BaseTransport | None) -> TlsSummary | None:
        if transport is None:
            return None
        ssl_object = transport.get_extra_info("ssl_object")
        if not isinstance(ssl_object, ssl.SSLObject):
            return None
        der = ssl_object.getpeercert(binary_form=True)
        if not der:
            return None
        summary = self._cache.get(der)
        if summary is None:
            if len(self._cache) >= self._max_entries:
                self._cache.clear()
            summary = self._cache[der] = summarize_certificate(der)
        return summary

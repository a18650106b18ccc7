"""TLS findings against Mozilla's server-side TLS recommendations ("intermediate": TLS 1.2 and
1.3 only, AEAD suites with forward secrecy, a certificate that verifies, is not about to expire
and lives at most 398 days). OCSP stapling is not checked: Python's ssl module cannot see it."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from yarl import URL

from tamperwatch.audit.findings import Category, Finding, Severity
from tamperwatch.audit.limits import CERT_EXPIRY_WARNING_DAYS, CERT_MAX_LIFETIME_DAYS, MAX_LISTED
from tamperwatch.audit.tls_probe import LEGACY_PROTOCOLS, TlsProber
from tamperwatch.capture.errors import PolicyError

if TYPE_CHECKING:
    from pathlib import Path

    from tamperwatch.audit.findings import SiteReport
    from tamperwatch.audit.observed import Observed
    from tamperwatch.policy import UrlPolicy

T = Category.TRANSPORT
FIX_PROTOCOLS = "Offer TLS 1.2 and 1.3 only (nginx: ssl_protocols TLSv1.2 TLSv1.3;)."
FIX_CIPHERS = "Use Mozilla's intermediate cipher list (ECDHE/DHE with AES-GCM or ChaCha20-Poly1305 only)."
FIX_CERT = "Install a certificate from a trusted CA for this host name, with its full chain."
FIX_RENEW = "Renew the certificate now and automate renewal (ACME)."
MIN_RSA_BITS = 2048


def certificate_findings(der: bytes, url: str, now: datetime) -> list[Finding]:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa

    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return [
            Finding(
                "tls-cert-unreadable", "The certificate cannot be read", Severity.HIGH, T, "", FIX_CERT, url
            )
        ]
    out: list[Finding] = []
    left = cert.not_valid_after_utc - now
    if left.total_seconds() <= 0:
        out.append(
            Finding(
                "tls-cert-expired",
                "The certificate has expired",
                Severity.HIGH,
                T,
                f"expired {cert.not_valid_after_utc:%Y-%m-%d}",
                FIX_RENEW,
                url,
            )
        )
    elif left.days < CERT_EXPIRY_WARNING_DAYS:
        out.append(
            Finding(
                "tls-cert-expiring",
                f"The certificate expires within {CERT_EXPIRY_WARNING_DAYS} days",
                Severity.MEDIUM,
                T,
                f"expires {cert.not_valid_after_utc:%Y-%m-%d}",
                FIX_RENEW,
                url,
            )
        )
    lifetime = (cert.not_valid_after_utc - cert.not_valid_before_utc).days
    if lifetime > CERT_MAX_LIFETIME_DAYS:
        out.append(
            Finding(
                "tls-cert-lifetime",
                "The certificate lives longer than browsers accept",
                Severity.LOW,
                T,
                f"{lifetime} days",
                FIX_RENEW,
                url,
            )
        )
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < MIN_RSA_BITS:
        out.append(
            Finding(
                "tls-weak-key",
                "The certificate's RSA key is too short",
                Severity.HIGH,
                T,
                f"{key.key_size} bits",
                FIX_CERT,
                url,
            )
        )
    hash_algorithm = cert.signature_hash_algorithm
    if hash_algorithm is not None and hash_algorithm.name in ("md5", "sha1"):
        out.append(
            Finding(
                "tls-weak-signature",
                "The certificate is signed with a broken hash",
                Severity.MEDIUM,
                T,
                hash_algorithm.name,
                FIX_CERT,
                url,
            )
        )
    return out


class TlsAudit:
    """The audit's TLS check (an ``Extra`` of ``audit_site``); only https sites are scanned."""

    def __init__(self, policy: UrlPolicy, timeout_s: float, ca_file: Path | None) -> None:
        self.policy, self.timeout_s, self.ca_file = policy, timeout_s, ca_file

    async def __call__(self, obs: Observed, report: SiteReport) -> list[Finding]:
        target = URL(obs.auto_url if obs.is_https else obs.site_url)
        if target.scheme != "https" or not target.host or target.port is None:
            return []
        url = str(target.with_path("/").with_query(None))
        prober = TlsProber(self.policy, target.host, target.port, self.timeout_s, self.ca_file)
        try:
            await prober.address()
        except (PolicyError, OSError):  # the HTTP side reached the site; its report stands without TLS
            return []
        verified = await prober.handshake(prober.verifying_context())
        out: list[Finding] = []
        if not verified.ok:
            out.append(
                Finding(
                    "tls-cert-invalid",
                    "The certificate does not verify",
                    Severity.HIGH,
                    T,
                    verified.error,
                    FIX_CERT,
                    url,
                )
            )
        seen = verified if verified.ok else await prober.handshake(prober.lenient_context())
        if not seen.ok:
            return out
        out += certificate_findings(seen.der, url, datetime.now(UTC))
        legacy = [name for name, v in LEGACY_PROTOCOLS.items() if (await prober.accepts_protocol(v)).ok]
        if legacy:
            out.append(
                Finding(
                    "tls-legacy-protocols",
                    "The server accepts deprecated TLS versions",
                    Severity.MEDIUM,
                    T,
                    ", ".join(legacy),
                    FIX_PROTOCOLS,
                    url,
                )
            )
        tls12 = await prober.accepts_protocol(ssl.TLSVersion.TLSv1_2)
        weak = await prober.weak_tls12_ciphers(MAX_LISTED) if tls12.ok else []
        if weak:
            out.append(
                Finding(
                    "tls-weak-ciphers",
                    "The server accepts cipher suites outside Mozilla's intermediate list",
                    Severity.MEDIUM,
                    T,
                    ", ".join(weak),
                    FIX_CIPHERS,
                    url,
                )
            )
        return out

"""TLS findings from an sslyze scan, against Mozilla's server-side TLS recommendations: the
"intermediate" configuration of the guidelines sslyze ships (``sslyze.mozilla_tls_profile``,
version 5.7: TLS 1.2 and 1.3 only, its cipher suite lists, 2048-bit RSA or P-256/P-384 keys,
certificates of at most 366 days, OCSP stapling).

sslyze runs only the scan commands these checks read (the cipher suites of each protocol
version and the certificate information, which carries the stapled OCSP response), against the
one address the URL policy allowed for the audited host, with a per-connection timeout.
sslyze's own ``check_server_against_tls_configuration`` is not called: it demands eight more
scan commands (ROBOT, Heartbleed, CCS injection, ...), hundreds more handshakes per site, for
checks that are not part of Mozilla's configuration, and it leaves OCSP stapling out."""

from __future__ import annotations

import asyncio
import math
import warnings
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING

from yarl import URL

from tamperwatch.audit.findings import Category, Finding, Severity
from tamperwatch.audit.limits import (
    CERT_EXPIRY_WARNING_DAYS,
    MAX_LISTED,
    TLS_SCAN_CONNECTIONS,
    TLS_SCAN_DEADLINE_S,
    TLS_SCAN_RETRIES,
)
from tamperwatch.capture.errors import PolicyError

if TYPE_CHECKING:
    from pathlib import Path

    from cryptography.x509 import Certificate
    from sslyze.mozilla_tls_profile.tls_config_checker import TlsConfigurationAsJson
    from sslyze.plugins.certificate_info._cert_chain_analyzer import CertificateDeploymentAnalysisResult
    from sslyze.plugins.certificate_info.implementation import CertificateInfoScanResult
    from sslyze.plugins.openssl_cipher_suites.implementation import CipherSuitesScanResult
    from sslyze.plugins.scan_commands import ScanCommand
    from sslyze.scanner.models import AllScanCommandsAttempts

    from tamperwatch.audit.findings import SiteReport
    from tamperwatch.audit.observed import Observed
    from tamperwatch.policy import UrlPolicy

T = Category.TRANSPORT
FIX_PROTOCOLS = "Offer TLS 1.2 and 1.3 only (nginx: ssl_protocols TLSv1.2 TLSv1.3;)."
FIX_CIPHERS = "Use Mozilla's intermediate cipher list (ECDHE/DHE with AES-GCM or ChaCha20-Poly1305 only)."
FIX_KEY_EXCHANGE = "Use X25519 or P-256/P-384 for ECDHE and DH parameters of at least 2048 bits (RFC 7919)."
FIX_CERT = "Install a certificate from a trusted CA for this host name, with its full chain."
FIX_CHAIN = "Serve the leaf certificate first, then each issuer in order (the CA's full chain file)."
FIX_RENEW = "Renew the certificate now and automate renewal (ACME)."
FIX_OCSP = "Turn OCSP stapling on (nginx: ssl_stapling on; ssl_stapling_verify on; with a resolver)."
FIX_OCSP_BAD = "Let the server fetch a fresh OCSP response from the CA (check its resolver and clock)."
FIX_REVOKED = "Replace the certificate now: its CA has revoked it."

# The scan attempts read for protocol versions: (sslyze attribute, name in findings, Mozilla's name).
PROTOCOLS = (
    ("ssl_2_0_cipher_suites", "SSL 2.0", "SSLv2"),
    ("ssl_3_0_cipher_suites", "SSL 3.0", "SSLv3"),
    ("tls_1_0_cipher_suites", "TLS 1.0", "TLSv1"),
    ("tls_1_1_cipher_suites", "TLS 1.1", "TLSv1.1"),
    ("tls_1_2_cipher_suites", "TLS 1.2", "TLSv1.2"),
    ("tls_1_3_cipher_suites", "TLS 1.3", "TLSv1.3"),
)
BROKEN_PROTOCOLS = {"SSL 2.0", "SSL 3.0"}  # accepted: high rather than medium
WEAK_HASHES = ("md5", "sha1")
# A suite without authentication (anonymous) or with a key shorter than this is high, not medium.
MIN_CIPHER_KEY_BITS = 128
# OpenSSL reports an X25519 share as 253 bits; sslyze's checker adds these 3 bits back.
X25519_SIZE_CORRECTION = 3
# sslyze takes its per-connection timeout in whole seconds: the connect timeout rounded up, at least this.
MIN_NETWORK_TIMEOUT_S = 1


@cache
def intermediate_profile() -> TlsConfigurationAsJson:
    """Mozilla's "intermediate" configuration, from the guidelines JSON shipped with sslyze."""
    from sslyze.mozilla_tls_profile.tls_config_checker import MozillaTlsConfiguration, TlsConfigurationEnum

    return MozillaTlsConfiguration.get(TlsConfigurationEnum.MOZILLA_INTERMEDIATE)


def scan_commands() -> set[ScanCommand]:
    from sslyze.plugins.scan_commands import ScanCommand

    return {
        ScanCommand.CERTIFICATE_INFO,
        ScanCommand.SSL_2_0_CIPHER_SUITES,
        ScanCommand.SSL_3_0_CIPHER_SUITES,
        ScanCommand.TLS_1_0_CIPHER_SUITES,
        ScanCommand.TLS_1_1_CIPHER_SUITES,
        ScanCommand.TLS_1_2_CIPHER_SUITES,
        ScanCommand.TLS_1_3_CIPHER_SUITES,
    }


def _listed(names: Sequence[str]) -> str:
    shown = ", ".join(names[:MAX_LISTED])
    return shown + (f" and {len(names) - MAX_LISTED} more" if len(names) > MAX_LISTED else "")


def protocol_findings(
    suites: Mapping[str, CipherSuitesScanResult | None], url: str, profile: TlsConfigurationAsJson
) -> list[Finding]:
    """Versions and suites outside the profile; ``suites``: protocol name (``PROTOCOLS``) -> result
    (None: that question could not be asked)."""
    from nassl.ephemeral_key_info import DhEphemeralKeyInfo, EcDhEphemeralKeyInfo

    mozilla_name = {name: moz for _attr, name, moz in PROTOCOLS}
    out: list[Finding] = []
    legacy: list[str] = []
    weak_suites: list[str] = []
    broken_suite = False
    weak_exchange: list[str] = []
    for _attr, name, _moz in PROTOCOLS:
        result = suites.get(name)
        if result is None or not result.accepted_cipher_suites:
            continue
        if mozilla_name[name] not in profile.tls_versions:
            legacy.append(name)
        allowed = profile.ciphersuites if name == "TLS 1.3" else profile.ciphers.iana
        for accepted in result.accepted_cipher_suites:
            suite = accepted.cipher_suite
            if suite.name not in allowed and (suite.openssl_name or suite.name) not in weak_suites:
                weak_suites.append(suite.openssl_name or suite.name)
                broken_suite |= suite.is_anonymous or suite.key_size < MIN_CIPHER_KEY_BITS
            key = accepted.ephemeral_key
            if isinstance(key, EcDhEphemeralKeyInfo):
                size = key.size + (X25519_SIZE_CORRECTION if key.curve_name == "X25519" else 0)
                if profile.ecdh_param_size and size < profile.ecdh_param_size:
                    weak_exchange.append(f"{key.curve_name} ({size} bits) with {suite.openssl_name}")
            elif isinstance(key, DhEphemeralKeyInfo) and key.size < (profile.dh_param_size or 0):
                weak_exchange.append(f"DH {key.size} bits with {suite.openssl_name}")
    if legacy:
        broken = any(name in BROKEN_PROTOCOLS for name in legacy)
        out.append(
            Finding(
                "tls-legacy-protocols",
                "The server accepts deprecated TLS versions",
                Severity.HIGH if broken else Severity.MEDIUM,
                T,
                ", ".join(legacy),
                FIX_PROTOCOLS,
                url,
            )
        )
    if weak_suites:
        out.append(
            Finding(
                "tls-weak-ciphers",
                "The server accepts cipher suites outside Mozilla's intermediate list",
                Severity.HIGH if broken_suite else Severity.MEDIUM,
                T,
                _listed(weak_suites),
                FIX_CIPHERS,
                url,
            )
        )
    if weak_exchange:
        out.append(
            Finding(
                "tls-weak-key-exchange",
                "The server negotiates key exchanges weaker than Mozilla's intermediate minimum",
                Severity.MEDIUM,
                T,
                _listed(sorted(set(weak_exchange))),
                FIX_KEY_EXCHANGE,
                url,
            )
        )
    return out


def _validation_error(deployment: CertificateDeploymentAnalysisResult) -> str:
    """Why the chain did not verify: the error of the supplied CA file, else of Mozilla's store."""
    errors = {r.trust_store.name: r.validation_error or "" for r in deployment.path_validation_results}
    return errors.get("Supplied CA file") or errors.get("Mozilla") or next(iter(errors.values()), "")


def leaf_findings(
    leaf: Certificate, url: str, now: datetime, profile: TlsConfigurationAsJson
) -> list[Finding]:
    """Expiry, lifetime, key and signature of the leaf certificate."""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    out: list[Finding] = []
    left = leaf.not_valid_after_utc - now
    if left.total_seconds() <= 0:
        out.append(
            Finding(
                "tls-cert-expired",
                "The certificate has expired",
                Severity.HIGH,
                T,
                f"expired {leaf.not_valid_after_utc:%Y-%m-%d}",
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
                f"expires {leaf.not_valid_after_utc:%Y-%m-%d}",
                FIX_RENEW,
                url,
            )
        )
    lifetime = (leaf.not_valid_after_utc - leaf.not_valid_before_utc).days
    if lifetime > profile.maximum_certificate_lifespan:
        out.append(
            Finding(
                "tls-cert-lifetime",
                "The certificate lives longer than Mozilla's intermediate profile allows",
                Severity.LOW,
                T,
                f"{lifetime} days (at most {profile.maximum_certificate_lifespan})",
                FIX_RENEW,
                url,
            )
        )
    key = leaf.public_key()
    weak_key = ""
    if isinstance(key, rsa.RSAPublicKey) and profile.rsa_key_size and key.key_size < profile.rsa_key_size:
        weak_key = f"RSA {key.key_size} bits (at least {profile.rsa_key_size})"
    elif isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name not in profile.certificate_curves:
        weak_key = f"curve {key.curve.name} (one of {', '.join(sorted(profile.certificate_curves))})"
    if weak_key:
        title = "The certificate's key is too weak"
        out.append(Finding("tls-weak-key", title, Severity.HIGH, T, weak_key, FIX_CERT, url))
    hash_algorithm = leaf.signature_hash_algorithm
    if hash_algorithm is not None and hash_algorithm.name in WEAK_HASHES:
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


def _ocsp_responder(leaf: Certificate) -> str:
    """The leaf's OCSP responder URL ("" when its CA names none: nothing to staple)."""
    from cryptography import x509
    from cryptography.x509.oid import AuthorityInformationAccessOID, ExtensionOID

    try:
        access = leaf.extensions.get_extension_for_oid(ExtensionOID.AUTHORITY_INFORMATION_ACCESS).value
    except (x509.ExtensionNotFound, ValueError):
        return ""
    assert isinstance(access, x509.AuthorityInformationAccess)
    for description in access:
        if description.access_method == AuthorityInformationAccessOID.OCSP:
            return str(description.access_location.value)
    return ""


def ocsp_findings(
    deployment: CertificateDeploymentAnalysisResult, url: str, now: datetime, profile: TlsConfigurationAsJson
) -> list[Finding]:
    """OCSP stapling: missing (where the certificate names a responder), required by the
    certificate and missing, or a stapled response that is unusable or says "revoked"."""
    from cryptography.x509.ocsp import OCSPCertStatus, OCSPResponseStatus

    leaf = deployment.received_certificate_chain[0]
    response = deployment.ocsp_response
    if response is None:
        if deployment.leaf_certificate_has_must_staple_extension:
            return [
                Finding(
                    "tls-ocsp-must-staple",
                    "The certificate requires OCSP stapling and the server staples nothing",
                    Severity.HIGH,
                    T,
                    "OCSP must-staple (TLS feature status_request) without a stapled response",
                    FIX_OCSP,
                    url,
                )
            ]
        responder = _ocsp_responder(leaf)
        if profile.ocsp_staple and responder:
            return [
                Finding(
                    "tls-ocsp-stapling",
                    "The server does not staple an OCSP response",
                    Severity.LOW,
                    T,
                    f"no stapled response; the certificate names the responder {responder}",
                    FIX_OCSP,
                    url,
                )
            ]
        return []
    if response.response_status != OCSPResponseStatus.SUCCESSFUL:
        problem = f"response status {response.response_status.name.lower()}"
    elif response.certificate_status == OCSPCertStatus.REVOKED:
        revoked = response.revocation_time_utc
        return [
            Finding(
                "tls-cert-revoked",
                "The stapled OCSP response says the certificate is revoked",
                Severity.HIGH,
                T,
                f"revoked {revoked:%Y-%m-%d}" if revoked is not None else "revoked",
                FIX_REVOKED,
                url,
            )
        ]
    elif response.next_update_utc is not None and response.next_update_utc < now:
        problem = f"stale: next update was due {response.next_update_utc:%Y-%m-%d %H:%M} UTC"
    elif deployment.ocsp_response_is_trusted is False:
        problem = "not signed by the certificate's issuer (or a responder it delegated)"
    else:
        return []
    return [
        Finding(
            "tls-ocsp-stapled-invalid",
            "The stapled OCSP response cannot be used",
            Severity.MEDIUM,
            T,
            problem,
            FIX_OCSP_BAD,
            url,
        )
    ]


def certificate_findings(
    info: CertificateInfoScanResult, url: str, now: datetime, profile: TlsConfigurationAsJson
) -> list[Finding]:
    """Every certificate the server deploys to SNI clients (usually one): chain, leaf, OCSP."""
    out: list[Finding] = []
    for deployment in info.certificate_deployments:
        if not deployment.received_certificate_chain:
            continue
        if deployment.verified_certificate_chain is None:
            out.append(
                Finding(
                    "tls-cert-invalid",
                    "The certificate does not verify",
                    Severity.HIGH,
                    T,
                    _validation_error(deployment),
                    FIX_CERT,
                    url,
                )
            )
        if deployment.received_chain_has_valid_order is False:
            out.append(
                Finding(
                    "tls-chain-order",
                    "The server sends its certificate chain out of order",
                    Severity.LOW,
                    T,
                    " < ".join(c.subject.rfc4514_string() for c in deployment.received_certificate_chain),
                    FIX_CHAIN,
                    url,
                )
            )
        out += leaf_findings(deployment.received_certificate_chain[0], url, now, profile)
        out += ocsp_findings(deployment, url, now, profile)
    unique: dict[tuple[str, str], Finding] = {}
    for finding in out:  # several deployments of one certificate report once
        unique.setdefault((finding.check, finding.evidence), finding)
    return list(unique.values())


def findings_of(
    attempts: AllScanCommandsAttempts, url: str, now: datetime, profile: TlsConfigurationAsJson
) -> list[Finding]:
    """The findings of one completed sslyze scan (a scan command that failed is left out)."""
    suites = {name: getattr(attempts, attr).result for attr, name, _moz in PROTOCOLS}
    out = protocol_findings(suites, url, profile)
    if attempts.certificate_info.result is not None:
        out = certificate_findings(attempts.certificate_info.result, url, now, profile) + out
    return out


def run_scan(
    host: str, port: int, address: str, timeout_s: float, ca_file: Path | None
) -> AllScanCommandsAttempts | None:
    """One blocking sslyze scan of ``host``:``port`` at ``address`` (None: not reachable over TLS)."""
    from cryptography.utils import CryptographyDeprecationWarning
    from sslyze.plugins.certificate_info.implementation import CertificateInfoExtraArgument
    from sslyze.scanner.models import ScanCommandsExtraArguments, ServerScanRequest, ServerScanStatusEnum
    from sslyze.scanner.scanner import Scanner
    from sslyze.server_setting import ServerNetworkConfiguration, ServerNetworkLocation

    # sslyze's bundled trust stores hold old roots with a zero serial number; not our finding.
    warnings.filterwarnings("ignore", "Parsed a serial number", CryptographyDeprecationWarning)
    location = ServerNetworkLocation(host, port, ip_address=address)
    network = ServerNetworkConfiguration(
        tls_server_name_indication=host,
        network_timeout=max(MIN_NETWORK_TIMEOUT_S, math.ceil(timeout_s)),
        network_max_retries=TLS_SCAN_RETRIES,
    )
    extra = ScanCommandsExtraArguments(
        certificate_info=CertificateInfoExtraArgument(custom_ca_file=ca_file) if ca_file else None
    )
    scanner = Scanner(
        per_server_concurrent_connections_limit=TLS_SCAN_CONNECTIONS, concurrent_server_scans_limit=1
    )
    scanner.queue_scans([ServerScanRequest(location, network, scan_commands(), extra)])
    # Read the generator to its end: sslyze joins its worker threads only after the last result.
    for result in list(scanner.get_results()):
        if result.scan_status == ServerScanStatusEnum.COMPLETED and result.scan_result is not None:
            return result.scan_result
    return None


class TlsAudit:
    """The audit's TLS check (an ``Extra`` of ``audit_site``); only https sites are scanned."""

    def __init__(self, policy: UrlPolicy, timeout_s: float, ca_file: Path | None) -> None:
        self.policy, self.timeout_s, self.ca_file = policy, timeout_s, ca_file

    async def address(self, host: str, port: int) -> str:
        """The first address the URL policy allows for ``host`` (the one every handshake goes to)."""
        addresses = await self.policy.check(str(URL.build(scheme="https", host=host, port=port, path="/")))
        if not addresses:
            raise PolicyError(f"blocked: {host} has no address")
        return addresses[0].compressed

    async def __call__(self, obs: Observed, report: SiteReport) -> list[Finding]:
        target = URL(obs.auto_url if obs.is_https else obs.site_url)
        if target.scheme != "https" or not target.host or target.port is None:
            return []
        url = str(target.with_path("/").with_query(None))
        try:
            address = await self.address(target.host, target.port)
        except (PolicyError, OSError):  # the HTTP side reached the site; its report stands without TLS
            return []
        scan = asyncio.to_thread(run_scan, target.host, target.port, address, self.timeout_s, self.ca_file)
        try:
            async with asyncio.timeout(TLS_SCAN_DEADLINE_S):
                attempts = await scan
        except TimeoutError:
            attempts = None
        if attempts is None:
            return [
                Finding(
                    "tls-scan-failed",
                    "The TLS scan could not complete",
                    Severity.INFO,
                    T,
                    f"{address}:{target.port}",
                    "",
                    url,
                )
            ]
        return findings_of(attempts, url, datetime.now(UTC), intermediate_profile())

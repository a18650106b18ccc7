"""sslyze's scan results mapped to the audit's TLS findings (Mozilla's intermediate profile as
sslyze ships it), OCSP stapling included; and the scan goes only to the policy-checked address."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509 import Certificate
from cryptography.x509.ocsp import OCSPCertStatus, OCSPResponse
from nassl.ephemeral_key_info import (
    DhEphemeralKeyInfo,
    EcDhEphemeralKeyInfo,
    OpenSslEcNidEnum,
    OpenSslEvpPkeyEnum,
)
from sslyze.plugins.certificate_info._cert_chain_analyzer import CertificateDeploymentAnalysisResult
from sslyze.plugins.certificate_info.trust_stores.trust_store import PathValidationResult
from sslyze.plugins.openssl_cipher_suites._test_cipher_suite import CipherSuiteAcceptedByServer
from sslyze.plugins.openssl_cipher_suites.cipher_suites import CipherSuite
from sslyze.plugins.openssl_cipher_suites.implementation import CipherSuitesScanResult
from sslyze.server_connectivity import TlsVersionEnum
from support.ocsp import Leaf, OcspCa

from tamperwatch.audit import tls
from tamperwatch.audit.findings import Severity
from tamperwatch.audit.tls import (
    TlsAudit,
    intermediate_profile,
    leaf_findings,
    ocsp_findings,
    protocol_findings,
    scan_commands,
)
from tamperwatch.policy import UrlPolicy
from tamperwatch.settings import Settings

URL = "https://127.0.0.1:8443/"
PROFILE = intermediate_profile()
GOOD_SUITE = CipherSuite(
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", False, 128, "ECDHE-ECDSA-AES128-GCM-SHA256"
)
CBC_SUITE = CipherSuite("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", False, 128, "ECDHE-ECDSA-AES128-SHA")
ANON_SUITE = CipherSuite("TLS_ECDH_anon_WITH_AES_256_CBC_SHA", True, 256, "AECDH-AES256-SHA")
DHE_SUITE = CipherSuite("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", False, 128, "DHE-RSA-AES128-GCM-SHA256")
TLS13_SUITE = CipherSuite("TLS_AES_128_GCM_SHA256", False, 128, "TLS_AES_128_GCM_SHA256")
X25519 = EcDhEphemeralKeyInfo(OpenSslEvpPkeyEnum.X25519, 253, bytearray(32), OpenSslEcNidEnum.X25519)


def suites(version: TlsVersionEnum, *accepted: tuple[CipherSuite, Any]) -> CipherSuitesScanResult:
    return CipherSuitesScanResult(
        tls_version_used=version,
        accepted_cipher_suites=[CipherSuiteAcceptedByServer(s, key) for s, key in accepted],
        rejected_cipher_suites=[],
    )


def checks(findings: list[Any]) -> dict[str, Any]:
    return {f.check: f for f in findings}


def test_a_server_matching_the_intermediate_profile_has_no_protocol_finding() -> None:
    result = protocol_findings(
        {
            "TLS 1.2": suites(TlsVersionEnum.TLS_1_2, (GOOD_SUITE, X25519)),
            "TLS 1.3": suites(TlsVersionEnum.TLS_1_3, (TLS13_SUITE, X25519)),
            "TLS 1.0": suites(TlsVersionEnum.TLS_1_0),
            "SSL 3.0": None,  # that question failed: no finding either way
        },
        URL,
        PROFILE,
    )
    assert result == []


def test_legacy_versions_weak_suites_and_short_dh_are_findings() -> None:
    dh_1024 = DhEphemeralKeyInfo(
        OpenSslEvpPkeyEnum.DH, 1024, bytearray(128), bytearray(128), bytearray(b"\x02")
    )
    found = checks(
        protocol_findings(
            {
                "TLS 1.0": suites(TlsVersionEnum.TLS_1_0, (CBC_SUITE, X25519)),
                "TLS 1.1": suites(TlsVersionEnum.TLS_1_1, (CBC_SUITE, X25519)),
                "TLS 1.2": suites(TlsVersionEnum.TLS_1_2, (GOOD_SUITE, X25519), (DHE_SUITE, dh_1024)),
            },
            URL,
            PROFILE,
        )
    )
    assert found["tls-legacy-protocols"].evidence == "TLS 1.0, TLS 1.1"
    assert found["tls-legacy-protocols"].severity == Severity.MEDIUM
    assert found["tls-weak-ciphers"].evidence == "ECDHE-ECDSA-AES128-SHA"  # listed once, not per version
    assert found["tls-weak-ciphers"].severity == Severity.MEDIUM
    assert "DH 1024 bits" in found["tls-weak-key-exchange"].evidence


def test_ssl_3_and_anonymous_suites_are_high() -> None:
    found = checks(
        protocol_findings(
            {
                "SSL 3.0": suites(TlsVersionEnum.SSL_3_0, (CBC_SUITE, None)),
                "TLS 1.2": suites(TlsVersionEnum.TLS_1_2, (ANON_SUITE, X25519)),
            },
            URL,
            PROFILE,
        )
    )
    assert found["tls-legacy-protocols"].severity == Severity.HIGH
    assert found["tls-weak-ciphers"].severity == Severity.HIGH
    assert "AECDH-AES256-SHA" in found["tls-weak-ciphers"].evidence


def test_the_leaf_is_checked_against_the_profile(tmp_path: Path) -> None:
    ca = OcspCa()
    now = dt.datetime.now(dt.UTC)
    assert leaf_findings(ca.leaf(days=90).cert, URL, now, PROFILE) == []
    assert set(checks(leaf_findings(ca.leaf(days=10).cert, URL, now, PROFILE))) == {"tls-cert-expiring"}
    long_lived = checks(leaf_findings(ca.leaf(days=400).cert, URL, now, PROFILE))
    assert long_lived["tls-cert-lifetime"].evidence.endswith(
        f"(at most {PROFILE.maximum_certificate_lifespan})"
    )
    later = now + dt.timedelta(days=91)
    assert set(checks(leaf_findings(ca.leaf(days=90).cert, URL, later, PROFILE))) == {"tls-cert-expired"}
    p521 = _resign_with_key(ca, ec.generate_private_key(ec.SECP521R1()))
    assert "secp521r1" in checks(leaf_findings(p521, URL, now, PROFILE))["tls-weak-key"].evidence


def _resign_with_key(ca: OcspCa, key: ec.EllipticCurvePrivateKey) -> Certificate:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    leaf = ca.leaf().cert
    builder = (
        x509.CertificateBuilder()
        .subject_name(leaf.subject)
        .issuer_name(leaf.issuer)
        .public_key(key.public_key())
        .serial_number(leaf.serial_number)
        .not_valid_before(leaf.not_valid_before_utc)
        .not_valid_after(leaf.not_valid_after_utc)
    )
    return builder.sign(ca.key, hashes.SHA256())


def deployment(
    ca: OcspCa,
    leaf: Leaf,
    response: OCSPResponse | None = None,
    trusted: bool | None = None,
    verified: bool = True,
) -> CertificateDeploymentAnalysisResult:
    from cryptography import x509

    must_staple = any(isinstance(e.value, x509.TLSFeature) for e in leaf.cert.extensions)
    validation = [
        PathValidationResult(
            trust_store=SimpleNamespace(name="Mozilla"),  # type: ignore[arg-type]
            verified_certificate_chain=[leaf.cert, ca.cert] if verified else None,
            validation_error=None if verified else "unable to get local issuer certificate",
        )
    ]
    return CertificateDeploymentAnalysisResult(
        received_certificate_chain=[leaf.cert, ca.cert],
        leaf_certificate_has_must_staple_extension=must_staple,
        leaf_certificate_is_ev=False,
        leaf_certificate_signed_certificate_timestamps_count=0,
        received_chain_contains_anchor_certificate=True,
        received_chain_has_valid_order=True,
        path_validation_results=validation,
        verified_chain_has_sha1_signature=False,
        verified_chain_has_legacy_symantec_anchor=False,
        ocsp_response=response,
        ocsp_response_is_trusted=trusted,
    )


def ocsp(dep: CertificateDeploymentAnalysisResult) -> dict[str, Any]:
    return checks(ocsp_findings(dep, URL, dt.datetime.now(dt.UTC), PROFILE))


def test_ocsp_stapling_missing_is_low_only_where_the_certificate_names_a_responder() -> None:
    ca = OcspCa()
    assert PROFILE.ocsp_staple
    missing = ocsp(deployment(ca, ca.leaf(responder=True)))
    assert missing["tls-ocsp-stapling"].severity == Severity.LOW
    assert "http://ocsp.ca.invalid/" in missing["tls-ocsp-stapling"].evidence
    assert ocsp(deployment(ca, ca.leaf(responder=False))) == {}  # nothing to staple (e.g. no OCSP at the CA)


def test_must_staple_without_a_staple_is_high() -> None:
    ca = OcspCa()
    found = ocsp(deployment(ca, ca.leaf(must_staple=True)))
    assert found["tls-ocsp-must-staple"].severity == Severity.HIGH


def test_stapled_responses_good_revoked_stale_and_untrusted() -> None:
    ca = OcspCa()
    leaf = ca.leaf()
    good = ca.response(leaf, OCSPCertStatus.GOOD)
    assert ocsp(deployment(ca, leaf, good, trusted=True)) == {}
    revoked = ocsp(deployment(ca, leaf, ca.response(leaf, OCSPCertStatus.REVOKED), trusted=True))
    assert revoked["tls-cert-revoked"].severity == Severity.HIGH
    stale = ca.response(leaf, OCSPCertStatus.GOOD, next_update=-dt.timedelta(minutes=1))
    assert "stale" in ocsp(deployment(ca, leaf, stale, trusted=True))["tls-ocsp-stapled-invalid"].evidence
    untrusted = ocsp(deployment(ca, leaf, good, trusted=False))
    assert untrusted["tls-ocsp-stapled-invalid"].severity == Severity.MEDIUM


def test_a_chain_that_does_not_verify_is_invalid_with_the_reason() -> None:
    ca = OcspCa()
    info = SimpleNamespace(certificate_deployments=[deployment(ca, ca.leaf(responder=False), verified=False)])
    found = checks(tls.certificate_findings(info, URL, dt.datetime.now(dt.UTC), PROFILE))  # type: ignore[arg-type]
    assert found["tls-cert-invalid"].evidence == "unable to get local issuer certificate"
    assert found["tls-cert-invalid"].severity == Severity.HIGH


def test_the_scan_runs_only_the_commands_the_checks_read() -> None:
    assert {c.value for c in scan_commands()} == {
        "certificate_info", "ssl_2_0_cipher_suites", "ssl_3_0_cipher_suites", "tls_1_0_cipher_suites",
        "tls_1_1_cipher_suites", "tls_1_2_cipher_suites", "tls_1_3_cipher_suites",
    }  # fmt: skip


def _observed(url: str) -> Any:
    return SimpleNamespace(auto_url=url, site_url=url, is_https=True)


async def test_sslyze_connects_only_to_the_address_the_policy_allowed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[Any, ...]] = []

    def fake_scan(*args: Any) -> None:
        calls.append(args)

    monkeypatch.setattr(tls, "run_scan", fake_scan)
    settings = Settings(_env_file=None, data_dir=tmp_path, url_allowlist=["127.0.0.1/32:8443"])  # type: ignore[call-arg]
    audit = TlsAudit(UrlPolicy.from_settings(settings), 2.5, None)
    [failed] = await audit(_observed("https://127.0.0.1:8443/"), SimpleNamespace())  # type: ignore[arg-type]
    assert calls == [("127.0.0.1", 8443, "127.0.0.1", 2.5, None)]
    assert failed.check == "tls-scan-failed" and failed.severity == Severity.INFO

    calls.clear()  # a port the allowlist does not open, and a private address: no scan at all
    assert await audit(_observed("https://127.0.0.1:9443/"), SimpleNamespace()) == []  # type: ignore[arg-type]
    assert await audit(_observed("https://10.1.2.3/"), SimpleNamespace()) == []  # type: ignore[arg-type]
    assert calls == []

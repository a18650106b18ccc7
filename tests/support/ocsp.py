"""A local CA whose leaf certificates name an OCSP responder (which nothing ever contacts), and
OCSP responses it signs: what a server staples, built in memory or written for nginx's
``ssl_stapling_file``."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509 import ocsp
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

RESPONDER = "http://ocsp.ca.invalid/"  # .invalid: never resolves, and nothing asks it anyway


@dataclass(frozen=True)
class Leaf:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey


class OcspCa:
    """``OcspCa()``; ``leaf(...)`` issues a certificate for 127.0.0.1, ``response(...)`` staples."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)
        self.key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "tamperwatch OCSP test CA")])
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(self.now - dt.timedelta(minutes=5))
            .not_valid_after(self.now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False)
            .sign(self.key, hashes.SHA256())
        )

    def leaf(self, *, responder: bool = True, must_staple: bool = False, days: int = 90) -> Leaf:
        key = ec.generate_private_key(ec.SECP256R1())
        names = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(self.now - dt.timedelta(minutes=5))
            .not_valid_after(self.now + dt.timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False
            )
        )
        if responder:
            access = x509.AccessDescription(
                AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(RESPONDER)
            )
            builder = builder.add_extension(x509.AuthorityInformationAccess([access]), critical=False)
        if must_staple:
            builder = builder.add_extension(x509.TLSFeature([x509.TLSFeatureType.status_request]), False)
        return Leaf(builder.sign(self.key, hashes.SHA256()), key)

    def response(
        self, leaf: Leaf, status: ocsp.OCSPCertStatus, next_update: dt.timedelta = dt.timedelta(days=1)
    ) -> ocsp.OCSPResponse:
        revoked = status == ocsp.OCSPCertStatus.REVOKED
        return (
            ocsp.OCSPResponseBuilder()
            .add_response(
                cert=leaf.cert,
                issuer=self.cert,
                algorithm=hashes.SHA1(),
                cert_status=status,
                this_update=self.now - dt.timedelta(hours=1),
                next_update=self.now + next_update,
                revocation_time=self.now - dt.timedelta(minutes=30) if revoked else None,
                revocation_reason=x509.ReasonFlags.key_compromise if revoked else None,
            )
            .responder_id(ocsp.OCSPResponderEncoding.HASH, self.cert)
            .sign(self.key, hashes.SHA256())
        )

    def write(self, folder: Path, name: str, leaf: Leaf) -> tuple[Path, Path]:
        """``folder/name.pem`` (leaf, then the CA) and ``folder/name-key.pem``."""
        chain, key = folder / f"{name}.pem", folder / f"{name}-key.pem"
        chain.write_bytes(
            leaf.cert.public_bytes(serialization.Encoding.PEM)
            + self.cert.public_bytes(serialization.Encoding.PEM)
        )
        key.write_bytes(
            leaf.key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        return chain, key

    def write_ca(self, path: Path) -> Path:
        path.write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))
        return path

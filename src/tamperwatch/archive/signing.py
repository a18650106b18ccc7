"""Ed25519 signing of observation records with the installation key.

The private key lives at ``settings.key_path`` (PEM, mode 0600, written atomically); its public
half sits next to it as ``<key>.pub`` so a backup without the private key can still be verified.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tamperwatch.archive.errors import SigningKeyError
from tamperwatch.archive.fsutil import atomic_write


def public_key_path(key_path: Path) -> Path:
    """Where the public half of the key at ``key_path`` is stored."""
    return key_path.with_name(key_path.name + ".pub")


class Signer:
    """Signs and verifies record hashes. Without a private key it can only verify."""

    def __init__(self, public_key: Ed25519PublicKey, private_key: Ed25519PrivateKey | None = None) -> None:
        self._public = public_key
        self._private = private_key

    @classmethod
    def ephemeral(cls) -> Signer:
        """A fresh in-memory key (tests, replay)."""
        private = Ed25519PrivateKey.generate()
        return cls(private.public_key(), private)

    @classmethod
    def load_or_create(cls, key_path: Path) -> Signer:
        """Load the installation key, generating it at first start.

        If only the public key exists (a backup restored without ``--include-key``) the signer
        verifies but refuses to sign, rather than silently starting a new, unrelated key.
        """
        pub_path = public_key_path(key_path)
        if key_path.exists():
            private = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
            if not isinstance(private, Ed25519PrivateKey):
                raise SigningKeyError(f"{key_path} is not an Ed25519 private key")
            signer = cls(private.public_key(), private)
            if not pub_path.exists():
                atomic_write(pub_path, signer.public_pem(), mode=0o644)
            return signer
        if pub_path.exists():
            return cls.from_public_pem(pub_path.read_bytes())
        private = Ed25519PrivateKey.generate()
        pem = private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        key_path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(key_path, pem, mode=0o600)
        signer = cls(private.public_key(), private)
        atomic_write(pub_path, signer.public_pem(), mode=0o644)
        return signer

    @classmethod
    def from_public_pem(cls, pem: bytes) -> Signer:
        public = serialization.load_pem_public_key(pem)
        if not isinstance(public, Ed25519PublicKey):
            raise SigningKeyError("public key is not Ed25519")
        return cls(public)

    @property
    def can_sign(self) -> bool:
        return self._private is not None

    def public_pem(self) -> bytes:
        return self._public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign(self, record_hash: str) -> str:
        """Hex Ed25519 signature of the (hex) record hash's bytes."""
        if self._private is None:
            raise SigningKeyError(
                "the signing key is missing (only the public key is present): restore it with "
                "`tamperwatch restore --include-key` or copy it to the key path"
            )
        return self._private.sign(bytes.fromhex(record_hash)).hex()

    def sign_bytes(self, message: bytes) -> str:
        """Hex Ed25519 signature of ``message`` itself (checkpoints sign their tree head bytes)."""
        return self.sign(message.hex())

    def verify_bytes(self, message: bytes, signature: str) -> bool:
        return self.verify(message.hex(), signature)

    def verify(self, record_hash: str, signature: str) -> bool:
        try:
            self._public.verify(bytes.fromhex(signature), bytes.fromhex(record_hash))
        except (InvalidSignature, ValueError):
            return False
        return True

"""Ed25519 signing of observation records with the installation key.

The private key lives at ``settings.key_path`` (PEM, mode 0600, written atomically); its public
half sits next to it as ``<key>.pub`` so a backup without the private key can still be verified.
Keys replaced by ``rotate_key_files`` keep their public half in ``retired-keys/<fingerprint>.pub``:
records and checkpoints they signed still verify (archive/keys.py logs each rotation).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tamperwatch.archive.errors import SigningKeyError
from tamperwatch.archive.fsutil import atomic_write


def public_key_path(key_path: Path) -> Path:
    """Where the public half of the key at ``key_path`` is stored."""
    return key_path.with_name(key_path.name + ".pub")


RETIRED_KEYS_DIR = "retired-keys"
KEY_MODE = 0o600


def retired_keys_dir(key_path: Path) -> Path:
    return key_path.parent / RETIRED_KEYS_DIR


def fingerprint(public: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte public key, hex."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def _public_pem(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def _load_public(pem: bytes) -> Ed25519PublicKey:
    public = serialization.load_pem_public_key(pem)
    if not isinstance(public, Ed25519PublicKey):
        raise SigningKeyError("public key is not Ed25519")
    return public


def _private_pem(private: Ed25519PrivateKey) -> bytes:
    return private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


class Signer:
    """Signs and verifies record hashes. Without a private key it can only verify. ``retired``
    public keys (replaced by a rotation) still verify what they signed."""

    def __init__(
        self,
        public_key: Ed25519PublicKey,
        private_key: Ed25519PrivateKey | None = None,
        retired: Sequence[Ed25519PublicKey] = (),
    ) -> None:
        self._public = public_key
        self._private = private_key
        self._retired = list(retired)

    @classmethod
    def ephemeral(cls) -> Signer:
        """A fresh in-memory key (tests, replay)."""
        private = Ed25519PrivateKey.generate()
        return cls(private.public_key(), private)

    @classmethod
    def load_or_create(cls, key_path: Path) -> Signer:
        """Load the installation key, generating it at first start.

        If only the public key exists (a backup restored without ``--include-key``) the signer
        verifies but refuses to sign, rather than silently starting a new, unrelated key
        (``tamperwatch archive rotate-key`` starts one, with a signed record of the change).
        """
        pub_path = public_key_path(key_path)
        retired = _load_retired(key_path)
        if key_path.exists():
            private = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
            if not isinstance(private, Ed25519PrivateKey):
                raise SigningKeyError(f"{key_path} is not an Ed25519 private key")
            if key_path.stat().st_mode & 0o077:  # a key readable by others: close it
                os.chmod(key_path, KEY_MODE)
            signer = cls(private.public_key(), private, retired)
            if not pub_path.exists():
                atomic_write(pub_path, signer.public_pem(), mode=0o644)
            return signer
        if pub_path.exists():
            return cls(_load_public(pub_path.read_bytes()), None, retired)
        private = Ed25519PrivateKey.generate()
        key_path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(key_path, _private_pem(private), mode=KEY_MODE)
        signer = cls(private.public_key(), private, retired)
        atomic_write(pub_path, signer.public_pem(), mode=0o644)
        return signer

    @classmethod
    def from_public_pem(cls, pem: bytes) -> Signer:
        return cls(_load_public(pem))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self._public)

    @property
    def retired_fingerprints(self) -> list[str]:
        return [fingerprint(key) for key in self._retired]

    @property
    def can_sign(self) -> bool:
        return self._private is not None

    def public_pem(self) -> bytes:
        return _public_pem(self._public)

    def sign(self, record_hash: str) -> str:
        """Hex Ed25519 signature of the (hex) record hash's bytes."""
        if self._private is None:
            raise SigningKeyError(
                "the signing key is missing (only the public key is present): copy the private key back "
                "to the data folder's signing.key, or start a new one with `tamperwatch archive rotate-key`"
            )
        return self._private.sign(bytes.fromhex(record_hash)).hex()

    def sign_bytes(self, message: bytes) -> str:
        """Hex Ed25519 signature of ``message`` itself (checkpoints sign their tree head bytes)."""
        return self.sign(message.hex())

    def verify_bytes(self, message: bytes, signature: str) -> bool:
        return self.verify(message.hex(), signature)

    def verify(self, record_hash: str, signature: str) -> bool:
        """True when the current key, or a retired one, signed ``record_hash``."""
        try:
            raw_signature, message = bytes.fromhex(signature), bytes.fromhex(record_hash)
        except ValueError:
            return False
        for key in (self._public, *self._retired):
            try:
                key.verify(raw_signature, message)
            except InvalidSignature:
                continue
            return True
        return False


def _load_retired(key_path: Path) -> list[Ed25519PublicKey]:
    folder = retired_keys_dir(key_path)
    if not folder.is_dir():
        return []
    return [_load_public(path.read_bytes()) for path in sorted(folder.glob("*.pub"))]


def rotate_key_files(key_path: Path) -> tuple[Signer | None, Signer]:
    """Start a new installation key: the current public key is retired (kept to verify what it
    signed), a new private key written (0600) and the old one deleted. Returns (old, new); old is
    None when there was no key at all, and can sign only when its private half was present."""
    old: Signer | None = None
    if key_path.exists() or public_key_path(key_path).exists():
        old = Signer.load_or_create(key_path)
        folder = retired_keys_dir(key_path)
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(folder / f"{old.fingerprint}.pub", old.public_pem(), mode=0o644)
    private = Ed25519PrivateKey.generate()
    key_path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(key_path, _private_pem(private), mode=KEY_MODE)  # replaces the old private key
    atomic_write(public_key_path(key_path), _public_pem(private.public_key()), mode=0o644)
    return old, Signer.load_or_create(key_path)

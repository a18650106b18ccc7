"""The installation key: created once, private, reused, and verify-only without the private half."""

from __future__ import annotations

import stat

import pytest

from tamperwatch.archive.errors import SigningKeyError
from tamperwatch.archive.signing import Signer, public_key_path
from tamperwatch.settings import Settings

DIGEST = "ab" * 32


def test_key_is_generated_once_with_private_permissions(settings: Settings) -> None:
    first = Signer.load_or_create(settings.key_path)
    assert stat.S_IMODE(settings.key_path.stat().st_mode) == 0o600
    again = Signer.load_or_create(settings.key_path)
    assert again.verify(DIGEST, first.sign(DIGEST))
    assert not [p for p in settings.key_path.parent.iterdir() if p.name.startswith(".tmp-")]


def test_signature_of_other_content_or_key_fails() -> None:
    signer = Signer.ephemeral()
    signature = signer.sign(DIGEST)
    assert not signer.verify("cd" * 32, signature)
    assert not Signer.ephemeral().verify(DIGEST, signature)
    assert not signer.verify(DIGEST, "zz")


def test_public_key_alone_verifies_but_refuses_to_sign(settings: Settings) -> None:
    signature = Signer.load_or_create(settings.key_path).sign(DIGEST)
    settings.key_path.unlink()
    assert public_key_path(settings.key_path).exists()
    verifier = Signer.load_or_create(settings.key_path)
    assert verifier.verify(DIGEST, signature) and not verifier.can_sign
    with pytest.raises(SigningKeyError, match="signing key is missing"):
        verifier.sign(DIGEST)
    assert not settings.key_path.exists()

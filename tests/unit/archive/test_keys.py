"""Keys: rotation with a signed record, a restore without the private key, file modes, and hints
that name commands that exist."""

from __future__ import annotations

import asyncio
import json
import stat
import tarfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from typer.testing import CliRunner

from tamperwatch.archive.errors import SigningKeyError
from tamperwatch.archive.keys import KEY_ROTATED
from tamperwatch.archive.signing import Signer, public_key_path
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.settings import Settings

from .helpers import cli_app, record_checks, settings_at


def _record(settings: Settings, first_minute: int, checks: int) -> None:
    minutes = range(first_minute, first_minute + checks)
    record_checks(settings, "https://k.example/", minutes, incident=first_minute == 0)


def _events(settings: Settings) -> list[dict[str, object]]:
    async def go() -> list[dict[str, object]]:
        async with SqlArchive.from_settings(settings) as archive:
            return [e.data | {"change": e.change} for e in await archive.log_events()]

    return asyncio.run(go())


def _verify(settings: Settings, *args: str) -> dict[str, object]:
    result = CliRunner().invoke(cli_app(settings), ["archive", "verify", "--json", *args])
    assert result.exit_code == 0, result.output
    doc: dict[str, object] = json.loads(result.stdout)
    return doc


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_rotate_key_records_a_countersigned_rotation_and_old_records_still_verify(
    settings: Settings, tmp_path: Path
) -> None:
    _record(settings, 0, 3)
    old_pem = public_key_path(settings.key_path).read_bytes()
    witness = sorted((settings.data_dir / "checkpoints").iterdir())[-1]
    result = CliRunner().invoke(cli_app(settings), ["archive", "rotate-key", "--reason", "yearly"])
    assert result.exit_code == 0, result.output
    assert "countersigned by the old key" in result.stdout and "log entry 4" in result.stdout
    assert public_key_path(settings.key_path).read_bytes() != old_pem and _mode(settings.key_path) == 0o600
    _record(settings, 3, 2)  # the new key signs on
    (rotation,) = [e for e in _events(settings) if e["change"] == KEY_ROTATED]
    assert rotation["reason"] == "yearly" and rotation["old_public_key"] == old_pem.decode()
    old_key = load_pem_public_key(old_pem)
    assert isinstance(old_key, Ed25519PublicKey)
    new_pem = str(rotation["new_public_key"]).encode()
    old_key.verify(bytes.fromhex(str(rotation["old_key_signature"])), new_pem)  # raises if forged
    assert _verify(settings)["ok"]
    assert _verify(settings, "--checkpoint", str(witness))["ok"]  # signed by the old key


def test_a_restore_without_the_private_key_starts_a_new_key_and_keeps_verifying(
    settings: Settings, tmp_path: Path
) -> None:
    _record(settings, 0, 3)
    runner = CliRunner()
    made = runner.invoke(cli_app(settings), ["backup", str(tmp_path / "b.tar")])
    assert made.exit_code == 0 and "the private signing key is not in it" in made.stdout
    assert "`tamperwatch backup --include-key`" in made.stdout
    assert _mode(tmp_path / "b.tar") == 0o644
    fresh = settings_at(tmp_path / "fresh")
    restored = runner.invoke(cli_app(fresh), ["restore", str(tmp_path / "b.tar"), "--json"])
    assert restored.exit_code == 0, restored.output
    doc = json.loads(restored.stdout)
    old = Signer.load_or_create(settings.key_path)
    assert doc["key_rotation"]["old_fingerprint"] == old.fingerprint and doc["log"]["ok"]
    assert fresh.key_path.exists() and _mode(fresh.key_path) == 0o600
    (rotation,) = [e for e in _events(fresh) if e["change"] == KEY_ROTATED]
    assert rotation["old_key_signature"] == "" and "without the private key" in str(rotation["reason"])
    _record(fresh, 3, 2)  # checks sign again, no traceback per target
    assert _verify(fresh)["ok"]
    again = runner.invoke(cli_app(fresh), ["backup", str(tmp_path / "again.tar")])
    assert again.exit_code == 0  # the retired key travels in the next backup too
    with tarfile.open(tmp_path / "again.tar") as tar:
        assert f"retired-keys/{old.fingerprint}.pub" in tar.getnames()


def test_a_backup_with_the_key_is_0600_and_says_so(settings: Settings, tmp_path: Path) -> None:
    _record(settings, 0, 1)
    made = CliRunner().invoke(cli_app(settings), ["backup", str(tmp_path / "k.tar"), "--include-key"])
    assert made.exit_code == 0 and "PRIVATE signing key (file mode 0600)" in made.stdout
    assert _mode(tmp_path / "k.tar") == 0o600
    restored = CliRunner().invoke(cli_app(settings_at(tmp_path / "r")), ["restore", str(tmp_path / "k.tar")])
    assert restored.exit_code == 0 and "no private key" not in restored.output
    assert _mode(tmp_path / "r" / "signing.key") == 0o600


def test_a_world_readable_key_is_closed_and_the_missing_key_hint_names_a_real_command(
    settings: Settings,
) -> None:
    Signer.load_or_create(settings.key_path)
    settings.key_path.chmod(0o644)
    Signer.load_or_create(settings.key_path)
    assert _mode(settings.key_path) == 0o600
    settings.key_path.unlink()
    verify_only = Signer.load_or_create(settings.key_path)
    with pytest.raises(SigningKeyError, match="`tamperwatch archive rotate-key`"):
        verify_only.sign("00" * 32)
    shown = CliRunner().invoke(cli_app(settings), ["archive", "rotate-key", "--help"])
    assert shown.exit_code == 0

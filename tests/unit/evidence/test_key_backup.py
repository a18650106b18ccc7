"""Key backup as docs/evidence.md tells it: a backup with the private key restores an installation
whose bundles a reader who pinned the key accepts; a backup without it restores one that starts a
new key, whose bundles still verify the old records (through the rotation record) but that a reader
pinned to the old key is told is signed by another key, since the old key could not hand over."""

from __future__ import annotations

from pathlib import Path

from tamperwatch.archive.signing import Signer, public_key_path

from .helpers import URL, record_history, run, settings_at


def _fingerprint(data_dir: Path) -> str:
    return Signer.from_public_pem(public_key_path(data_dir / "signing.key").read_bytes()).fingerprint


def _restored(tmp_path: Path, *backup_args: str) -> tuple[str, Path]:
    site = tmp_path / "site"
    record_history(settings_at(site), range(0, 8))
    assert run(site, "backup", str(tmp_path / "b.tar"), *backup_args).exit_code == 0
    restored = tmp_path / "restored"
    result = run(restored, "restore", str(tmp_path / "b.tar"))
    assert result.exit_code == 0, result.output
    return _fingerprint(site), restored


def _export_and_verify(restored: Path, tmp_path: Path, *verify_args: str) -> tuple[int, str]:
    bundle = tmp_path / "bundle"
    made = run(restored, "evidence", "export", URL, "--from", "2026-11-01", "--output", str(bundle))
    assert made.exit_code == 0, made.output
    result = run(tmp_path / "reader", "evidence", "verify", str(bundle), *verify_args)
    return result.exit_code, result.stdout


def test_a_backup_with_the_key_keeps_the_installation_s_identity(tmp_path: Path) -> None:
    original, restored = _restored(tmp_path, "--include-key")
    assert _fingerprint(restored) == original
    status, out = _export_and_verify(restored, tmp_path, "--key", original[:16])
    assert status == 0, out


def test_a_backup_without_the_key_verifies_old_records_but_not_as_the_old_key(tmp_path: Path) -> None:
    original, restored = _restored(tmp_path)
    assert _fingerprint(restored) != original
    status, out = _export_and_verify(restored, tmp_path)
    assert status == 0, out
    assert f"retired keys vouched by rotation records: {original[:16]}..." in out
    status, out = _export_and_verify_again(restored, tmp_path, "--key", original[:16])
    assert status == 1 and "not by the pinned key" in out


def _export_and_verify_again(restored: Path, tmp_path: Path, *verify_args: str) -> tuple[int, str]:
    result = run(tmp_path / "reader", "evidence", "verify", str(tmp_path / "bundle"), *verify_args)
    return result.exit_code, result.stdout

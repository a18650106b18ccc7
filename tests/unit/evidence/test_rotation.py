"""Key rotation and bundles: a bundle exported before `archive rotate-key` still verifies after it,
and one exported after verifies the records the old key signed, through the rotation record."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tamperwatch.archive.signing import Signer, public_key_path
from tamperwatch.evidence import layout

from .helpers import URL, record_history, rotate, run, settings_at


def _verify(bundle: Path, fresh: Path, *args: str) -> tuple[int, str]:
    result = run(fresh, "evidence", "verify", str(bundle), *args)
    return result.exit_code, result.stdout


def test_bundles_from_before_and_after_a_rotation_both_verify(tmp_path: Path) -> None:
    settings = settings_at(tmp_path / "data")
    record_history(settings, range(0, 10))
    old = Signer.from_public_pem(public_key_path(settings.key_path).read_bytes()).fingerprint
    before, after = tmp_path / "before", tmp_path / "after"
    assert (
        run(settings.data_dir, "evidence", "export", URL, "--from", "2026-11-01", "-o", str(before)).exit_code
        == 0
    )
    rotate(settings)
    record_history(settings, range(10, 20))  # the new key signs on
    new = Signer.from_public_pem(public_key_path(settings.key_path).read_bytes()).fingerprint
    assert new != old
    assert (
        run(settings.data_dir, "evidence", "export", URL, "--from", "2026-11-01", "-o", str(after)).exit_code
        == 0
    )

    status, out = _verify(before, tmp_path / "fresh")
    assert status == 0, out
    assert f"signed by key {old[:16]}..." in out
    status, out = _verify(after, tmp_path / "fresh")
    assert status == 0, out
    assert f"signed by key {new[:16]}...; retired keys vouched by rotation records: {old[:16]}..." in out
    assert (after / f"{layout.RETIRED_KEYS}{old}.pub").exists()
    observations = [json.loads(line) for line in (after / layout.OBSERVATIONS).read_text().splitlines()]
    assert len(observations) == 20  # ten signed by the old key, ten by the new
    rotations = [json.loads(line) for line in (after / layout.EVENTS).read_text().splitlines()]
    assert [e["change"] for e in rotations] == ["key-rotated"]

    # a reader who pinned the old key reaches the new one through the countersigned rotation
    assert _verify(after, tmp_path / "fresh", "--key", old[:16])[0] == 0
    assert _verify(before, tmp_path / "fresh", "--key", new[:16])[0] == 1

    retired = after / f"{layout.RETIRED_KEYS}{old}.pub"  # one changed byte of the retired key
    data = bytearray(retired.read_bytes())
    data[len(data) // 2] ^= 0x01
    retired.write_bytes(bytes(data))
    status, out = _verify(after, tmp_path / "fresh")
    assert (
        status == 1
        and f"FAILED {layout.RETIRED_KEYS}{old}.pub: its SHA-256 differs from the manifest's" in out
    )


def test_a_retired_key_no_rotation_record_names_is_refused(tmp_path: Path) -> None:
    settings = settings_at(tmp_path / "data")
    record_history(settings, range(0, 4))
    bundle = tmp_path / "b"
    assert (
        run(settings.data_dir, "evidence", "export", URL, "--from", "2026-11-01", "-o", str(bundle)).exit_code
        == 0
    )
    stranger = Signer.ephemeral()
    (bundle / f"{layout.RETIRED_KEYS}{stranger.fingerprint}.pub").parent.mkdir(parents=True)
    (bundle / f"{layout.RETIRED_KEYS}{stranger.fingerprint}.pub").write_bytes(stranger.public_pem())
    status, out = _verify(bundle, tmp_path / "fresh")
    assert status == 1
    assert f"FAILED {layout.RETIRED_KEYS}{stranger.fingerprint}.pub: not listed in the manifest" in out
    assert (
        f"FAILED {layout.RETIRED_KEYS}{stranger.fingerprint}.pub: no rotation record in the bundle names"
        in out
    )
    shutil.rmtree(bundle)

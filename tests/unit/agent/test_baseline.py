"""The signed baseline: verified before every use, anything altered refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tamperwatch.agent.baseline import BaselineStore, BaselineTampered
from tamperwatch.agent.manifest import Entry, Kind, Manifest
from tamperwatch.archive.signing import Signer

ROOT = Path("/var/www/site")


def manifest(generation: int = 1) -> Manifest:
    entries = {
        "index.html": Entry(Kind.FILE, 0o644, 33, 33, 5, "ab" * 32),
        "css": Entry(Kind.DIR, 0o755, 33, 33),
        "latest": Entry(Kind.LINK, 0o777, 33, 33, link="releases/7"),
    }
    return Manifest(str(ROOT), generation, "2026-12-07T00:00:00+00:00", "alice", "first scan", entries)


def test_a_saved_baseline_loads_back_whole(tmp_path: Path) -> None:
    store = BaselineStore(tmp_path, Signer.ephemeral())
    store.save(manifest())
    assert store.load(ROOT) == manifest()


def test_a_changed_manifest_is_refused(tmp_path: Path) -> None:
    signer = Signer.ephemeral()
    store = BaselineStore(tmp_path, signer)
    store.save(manifest())
    evil = BaselineStore(tmp_path / "evil", signer)
    evil.save(Manifest(str(ROOT), 1, "x", "mallory", "poison", {}))
    (tmp_path / "baseline-000000000001.jsonl.zst").write_bytes(
        (tmp_path / "evil" / "baseline-000000000001.jsonl.zst").read_bytes()
    )
    with pytest.raises(BaselineTampered, match="hash does not match"):
        store.load(ROOT)


def test_a_baseline_signed_by_another_key_is_refused(tmp_path: Path) -> None:
    BaselineStore(tmp_path, Signer.ephemeral()).save(manifest())
    with pytest.raises(BaselineTampered, match="signature"):
        BaselineStore(tmp_path, Signer.ephemeral()).load(ROOT)


def test_a_baseline_of_another_root_is_refused(tmp_path: Path) -> None:
    signer = Signer.ephemeral()
    BaselineStore(tmp_path, signer).save(manifest())
    with pytest.raises(BaselineTampered, match="signed for"):
        BaselineStore(tmp_path, signer).load(Path("/srv/other"))


def test_a_new_generation_replaces_the_old_in_one_step(tmp_path: Path) -> None:
    store = BaselineStore(tmp_path, Signer.ephemeral())
    store.save(manifest(1))
    before = store.version()
    store.save(manifest(2))
    assert store.version() != before
    assert store.load(ROOT).generation == 2
    assert [p.name for p in tmp_path.glob("baseline-*")] == ["baseline-000000000002.jsonl.zst"]

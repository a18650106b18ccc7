"""Backup while writes go on, restore elsewhere: checksums verified, chains valid, counts kept."""

from __future__ import annotations

import asyncio
import io
import tarfile
from pathlib import Path

import pytest

from tamperwatch.archive.backup import backup, restore
from tamperwatch.archive.errors import BackupError
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.models import Target
from tamperwatch.settings import Settings

from .helpers import CLEAN, capture


def _settings(path: Path) -> Settings:
    return Settings(_env_file=None, data_dir=path)  # type: ignore[call-arg]


async def test_backup_under_write_load_restores_to_a_verifying_archive(
    settings: Settings, tmp_path: Path
) -> None:
    stop, warmed = asyncio.Event(), asyncio.Event()
    async with SqlArchive.from_settings(settings) as archive:
        targets = [await archive.add_target(Target(url=f"https://s{i}.example/")) for i in range(3)]

        async def writer() -> int:
            n = 0
            while not stop.is_set():
                target = targets[n % 3]
                await archive.record_check(target, capture(f"v{n // 4}".encode(), minute=n), CLEAN)
                n += 1
                if n == 30:
                    warmed.set()
            return n

        task = asyncio.create_task(writer())
        await warmed.wait()
        during = await backup(settings, tmp_path / "during.tar")
        stop.set()
        written = await task
        final = await backup(settings, tmp_path / "final.tar")
        live_counts = await archive.observation_counts()

    assert during.blobs > 0
    with tarfile.open(during.path) as tar:
        assert settings.key_path.name not in tar.getnames()
    restored = await restore(_settings(tmp_path / "r1"), during.path)
    assert restored.integrity.ok, restored.integrity
    assert 30 <= sum(c for c, _ in restored.integrity.counts.values()) <= written
    restored = await restore(_settings(tmp_path / "r2"), final.path)
    assert restored.integrity.ok and restored.integrity.counts == live_counts
    assert sum(c for c, _ in live_counts.values()) == written


async def test_restore_refuses_non_empty_dir_and_corrupt_backups(settings: Settings, tmp_path: Path) -> None:
    async with SqlArchive.from_settings(settings) as archive:
        target = await archive.add_target(Target(url="https://a.example/"))
        await archive.record_check(target, capture(), CLEAN)
    made = await backup(settings, tmp_path / "b.tar", include_key=True)
    with pytest.raises(BackupError, match="not empty"):
        await restore(settings, made.path)
    assert (await restore(settings, made.path, force=True)).integrity.ok

    corrupt = tmp_path / "corrupt.tar"
    with tarfile.open(made.path) as src, tarfile.open(corrupt, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member)
            assert data is not None
            payload = data.read()
            if member.name == "tamperwatch.db":
                payload = payload[:-1] + bytes([payload[-1] ^ 1])
            member.size = len(payload)
            dst.addfile(member, io.BytesIO(payload))
    with pytest.raises(BackupError, match="checksum mismatch"):
        await restore(_settings(tmp_path / "fresh"), corrupt)


async def test_restored_archive_with_key_keeps_signing_the_same_chain(
    settings: Settings, tmp_path: Path
) -> None:
    async with SqlArchive.from_settings(settings) as archive:
        target = await archive.add_target(Target(url="https://a.example/"))
        await archive.record_check(target, capture(), CLEAN)
    made = await backup(settings, tmp_path / "b.tar", include_key=True)
    other = _settings(tmp_path / "other")
    await restore(other, made.path)
    async with SqlArchive.from_settings(other) as archive:
        await archive.record_check(target, capture(b"next", minute=1), CLEAN)
        assert (await archive.verify_chain(target.id)).ok


async def test_the_media_registry_is_backed_up_and_restored_owner_only(
    settings: Settings, tmp_path: Path
) -> None:
    import os
    import stat

    from tamperwatch.streams.registry import REGISTRY_NAME, MediaEntry, MediaRegistry

    async with SqlArchive.from_settings(settings) as archive:
        target = await archive.add_target(Target(url="https://a.example/"))
        await archive.record_check(target, capture(), CLEAN)
    MediaRegistry.in_data_dir(settings.data_dir).put(target.id, MediaEntry(str(tmp_path / "lib"), "ab" * 32))
    made = await backup(settings, tmp_path / "b.tar")
    with tarfile.open(made.path) as tar:
        assert REGISTRY_NAME in tar.getnames()
    other = _settings(tmp_path / "other")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / REGISTRY_NAME).write_text("{}")
    os.chmod(tmp_path / "other" / REGISTRY_NAME, 0o644)
    await restore(other, made.path, force=True)
    restored = other.data_dir / REGISTRY_NAME
    assert stat.S_IMODE(restored.stat().st_mode) == 0o600
    entry = MediaRegistry.in_data_dir(other.data_dir).entries()[target.id]
    assert entry == MediaEntry(str(tmp_path / "lib"), "ab" * 32)

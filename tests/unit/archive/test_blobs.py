"""Blob store: content addressing, de-duplication, atomic sharded files, corruption detection."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from tamperwatch.archive.blobs import BlobStore, FileBlobStore, MemoryBlobStore


@pytest.fixture(params=["file", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BlobStore:
    return FileBlobStore(tmp_path / "blobs") if request.param == "file" else MemoryBlobStore()


async def test_put_get_round_trip_and_dedup(store: BlobStore) -> None:
    body = b"<html>" + b"x" * 100_000 + b"</html>"
    digest = await store.put(body)
    assert digest == hashlib.sha256(body).hexdigest()
    assert await store.put(body) == digest
    assert await store.get(digest) == body
    assert await store.delete(digest)
    assert await store.get(digest) is None and not await store.exists(digest)
    assert not await store.delete(digest)


async def test_unknown_or_malformed_hash_is_absent(store: BlobStore) -> None:
    assert await store.get("0" * 64) is None
    assert await store.get("../../etc/passwd") is None


async def test_file_blobs_are_sharded_compressed_and_corruption_is_detected(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path / "blobs")
    body = b"a" * 50_000
    digest = await store.put(body)
    path = store.path_for(digest)
    assert path.parent.parent.parent == tmp_path / "blobs" and path.stat().st_size < 1000
    mtime = path.stat().st_mtime_ns
    await store.put(body)
    assert path.stat().st_mtime_ns == mtime  # not rewritten
    path.write_bytes(b"garbage")
    assert await store.get(digest) is None
    assert not list((tmp_path / "blobs").rglob(".tmp-*"))


@pytest.mark.parametrize("sync", [True, False])
def test_blobs_are_fsynced_only_when_the_store_is_asked_to_survive_power_loss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sync: bool
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    store = FileBlobStore(tmp_path / "blobs", sync=sync)
    digest = store.put_sync(b"<html>kept either way</html>")
    assert store.get_sync(digest) == b"<html>kept either way</html>"
    assert bool(synced) is sync


async def test_the_blob_store_follows_the_database_synchronous_setting(tmp_path: Path) -> None:
    from tamperwatch.archive.sql import SqlArchive
    from tamperwatch.settings import Settings

    for mode, sync in (("NORMAL", False), ("FULL", True)):
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            data_dir=tmp_path / mode,
            sqlite_synchronous=mode,
        )
        archive = SqlArchive.from_settings(settings)
        try:
            assert isinstance(archive.blobs, FileBlobStore) and archive.blobs.sync is sync
        finally:
            await archive.aclose()


@pytest.mark.parametrize(
    ("sync", "size", "inline"), [(False, 200_000, True), (False, 2_000_000, False), (True, 200_000, False)]
)
async def test_small_blobs_stay_on_the_event_loop_thread_big_or_fsynced_ones_leave_it(
    tmp_path: Path, sync: bool, size: int, inline: bool
) -> None:
    threads: list[int] = []

    class Recording(FileBlobStore):
        def put_sync(self, data: bytes, digest: str = "") -> str:
            threads.append(threading.get_ident())
            return super().put_sync(data, digest)

        def get_sync(self, content_hash: str) -> bytes | None:
            threads.append(threading.get_ident())
            return super().get_sync(content_hash)

    store = Recording(tmp_path / "blobs", sync=sync)
    body = os.urandom(size)  # does not compress: the stored file is as big as the page
    digest = await store.put(body)
    assert await store.get(digest) == body
    assert [ident == threading.get_ident() for ident in threads] == [inline, inline]


async def test_states_in_one_pass_answer_as_get_then_exists(tmp_path: Path) -> None:
    import zstandard

    store = FileBlobStore(tmp_path / "blobs", sync=False)
    good, edited, garbage, folder, gone = [await store.put(f"<p>{n}</p>".encode()) for n in range(5)]
    store.path_for(edited).write_bytes(zstandard.compress(b"<h1>hacked</h1>"))
    store.path_for(garbage).write_bytes(b"not zstd at all")
    store.path_for(folder).unlink()
    store.path_for(folder).mkdir()  # unreadable as a file, but there
    store.path_for(gone).unlink()
    hashes = [good, edited, garbage, folder, gone, "f" * 64, "not-a-hash"]

    async def one_by_one(content_hash: str) -> str:  # what SqlArchive asked per body before
        if await store.get(content_hash) is not None:
            return "present"
        return "tampered" if await store.exists(content_hash) else "missing"

    expected = {h: await one_by_one(h) for h in hashes}
    assert store.states_sync(hashes) == expected
    assert expected == dict(
        zip(
            hashes,
            ["present", "tampered", "tampered", "tampered", "missing", "missing", "missing"],
            strict=True,
        )
    )

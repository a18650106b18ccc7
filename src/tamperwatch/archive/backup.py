"""Consistent backup and verified restore of an embedded (SQLite) archive, safe while `serve` runs.

A backup is a tar holding ``manifest.json`` (SHA-256 of every file), the database copied with
SQLite's online backup API (a consistent snapshot even under concurrent writes), the blob folder,
the public key and the retired public keys, the streams' and screens' registry
(``media_targets.json``: library folders and screen token hashes, restored with mode 0600; the
library folders themselves are the operator's files and are not copied); the private signing key
only on request (the tar is then mode 0600). Blobs are copied after the database snapshot, so
every blob the snapshot references is already on disk; the log's checkpoint files are copied
before it, so the snapshot holds every entry they sign. A restore without the private key starts
a new one with a signed rotation record (archive/keys.py): the restored archive signs again and
still verifies old records.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import make_url

from tamperwatch.archive.errors import BackupError
from tamperwatch.archive.fsutil import fsync_dir
from tamperwatch.archive.integrity import IntegrityReport, check_archive_integrity
from tamperwatch.archive.keys import KeyRotation, rotate_key
from tamperwatch.archive.log import CHECKPOINT_DIR, checkpoint_dir
from tamperwatch.archive.signing import KEY_MODE, RETIRED_KEYS_DIR, public_key_path, retired_keys_dir
from tamperwatch.settings import Settings
from tamperwatch.streams.registry import REGISTRY_MODE, REGISTRY_NAME

MANIFEST = "manifest.json"
DB_NAME = "tamperwatch.db"
BACKUP_FORMAT = 1


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    files: int
    blobs: int
    bytes: int
    has_key: bool  # the private signing key is inside (the file is then mode 0600)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    files: int
    integrity: IntegrityReport
    rotation: KeyRotation | None = None  # a new key started because the backup had no private key


def sqlite_path(settings: Settings) -> Path:
    url = make_url(settings.effective_database_url)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise BackupError(
            "backup/restore handle the embedded SQLite archive; back PostgreSQL up with pg_dump"
        )
    return Path(url.database)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _snapshot_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _backup_sync(settings: Settings, dest: Path, include_key: bool) -> BackupResult:
    db = sqlite_path(settings)
    if not db.exists():
        raise BackupError(f"no archive at {db}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".backup-") as staging_dir:
        staging = Path(staging_dir)
        members: dict[str, Path] = {}
        checkpoints = checkpoint_dir(settings.data_dir)
        if checkpoints.is_dir():  # before the snapshot: it then holds every entry they sign
            (staging / CHECKPOINT_DIR).mkdir()
            for path in sorted(checkpoints.glob("checkpoint-*.json")):
                shutil.copy2(path, staging / CHECKPOINT_DIR / path.name)
                members[f"{CHECKPOINT_DIR}/{path.name}"] = staging / CHECKPOINT_DIR / path.name
        _snapshot_database(db, staging / DB_NAME)
        members[DB_NAME] = staging / DB_NAME
        registry = settings.data_dir / REGISTRY_NAME
        if registry.is_file():  # copied once (it is replaced whole by a rename, never edited in place)
            shutil.copy2(registry, staging / REGISTRY_NAME)
            members[REGISTRY_NAME] = staging / REGISTRY_NAME
        blob_root = settings.blob_dir
        blobs = (
            sorted(p for p in blob_root.rglob("*.zst") if not p.name.startswith(".tmp-"))
            if blob_root.exists()
            else []
        )
        for blob in blobs:
            members[f"blobs/{blob.relative_to(blob_root).as_posix()}"] = blob
        keys = [public_key_path(settings.key_path)] + ([settings.key_path] if include_key else [])
        for key in keys:
            if key.exists():
                members[key.name] = key
            elif key == settings.key_path:
                raise BackupError(f"--include-key given but there is no private key at {key}")
        retired = retired_keys_dir(settings.key_path)
        for path in sorted(retired.glob("*.pub")) if retired.is_dir() else []:
            members[f"{RETIRED_KEYS_DIR}/{path.name}"] = path
        manifest = {
            "format": BACKUP_FORMAT,
            "created_at": datetime.now(UTC).isoformat(),
            "files": {name: _sha256(path) for name, path in members.items()},
        }
        tmp = dest.with_name(f".{dest.name}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, KEY_MODE if include_key else 0o644)
        os.fchmod(fd, KEY_MODE if include_key else 0o644)  # an old temp file keeps its mode otherwise
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w") as tar:
            data = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
            for name, path in members.items():
                tar.add(path, arcname=name, recursive=False)
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        tmp.replace(dest)
        fsync_dir(dest.parent)
    return BackupResult(dest, len(members), len(blobs), dest.stat().st_size, include_key)


def _unpack_verified(src: Path, staging: Path) -> dict[str, str]:
    try:
        with tarfile.open(src, "r") as tar:
            tar.extractall(staging, filter="data")
    except (tarfile.TarError, OSError) as exc:
        raise BackupError(f"cannot read backup {src}: {exc}") from exc
    try:
        manifest = json.loads((staging / MANIFEST).read_text())
        files: dict[str, str] = dict(manifest["files"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BackupError(f"backup {src} has no valid manifest: {exc}") from exc
    present = {p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file()} - {MANIFEST}
    if present != set(files):
        raise BackupError(f"backup content does not match its manifest: {sorted(present ^ set(files))[:5]}")
    for name, expected in files.items():
        if _sha256(staging / name) != expected:
            raise BackupError(f"checksum mismatch in backup: {name}")
    return files


def _restore_sync(settings: Settings, src: Path, force: bool) -> int:
    data_dir = settings.data_dir
    db = sqlite_path(settings)
    if data_dir.exists() and any(data_dir.iterdir()) and not force:
        raise BackupError(f"{data_dir} is not empty; restore with --force to replace its archive")
    data_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=data_dir, prefix=".restore-") as staging_dir:
        staging = Path(staging_dir)
        files = _unpack_verified(src, staging)
        for stale in (
            db,
            db.with_name(db.name + "-wal"),
            db.with_name(db.name + "-shm"),
            settings.key_path,
            public_key_path(settings.key_path),
            data_dir / REGISTRY_NAME,
        ):
            stale.unlink(missing_ok=True)
        shutil.rmtree(settings.blob_dir, ignore_errors=True)
        shutil.rmtree(retired_keys_dir(settings.key_path), ignore_errors=True)
        shutil.rmtree(checkpoint_dir(data_dir), ignore_errors=True)
        (staging / DB_NAME).replace(db)
        if (staging / "blobs").exists():
            (staging / "blobs").replace(settings.blob_dir)
        if (staging / CHECKPOINT_DIR).exists():
            (staging / CHECKPOINT_DIR).replace(checkpoint_dir(data_dir))
        for key in (settings.key_path, public_key_path(settings.key_path)):
            if (staging / key.name).exists():
                (staging / key.name).replace(key)
        if settings.key_path.exists():
            os.chmod(settings.key_path, KEY_MODE)
        if (staging / REGISTRY_NAME).exists():
            os.chmod(staging / REGISTRY_NAME, REGISTRY_MODE)
            (staging / REGISTRY_NAME).replace(data_dir / REGISTRY_NAME)
        if (staging / RETIRED_KEYS_DIR).exists():
            (staging / RETIRED_KEYS_DIR).replace(retired_keys_dir(settings.key_path))
        fsync_dir(data_dir)
    return len(files)


async def backup(settings: Settings, dest: Path, include_key: bool = False) -> BackupResult:
    """Write a consistent backup of the archive to the tar file ``dest``."""
    return await asyncio.to_thread(_backup_sync, settings, dest, include_key)


async def restore(settings: Settings, src: Path, force: bool = False) -> RestoreResult:
    """Restore a backup into ``settings.data_dir`` after checking every checksum; without the private
    key in it, start a new key with a signed rotation record; then verify the log and chains."""
    files = await asyncio.to_thread(_restore_sync, settings, src, force)
    rotation = None
    if not settings.key_path.exists():
        rotation = await rotate_key(settings, "restored from a backup without the private key")
    return RestoreResult(files, await check_archive_integrity(settings), rotation)

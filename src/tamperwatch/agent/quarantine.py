"""Attacker-written content kept as evidence, outside every web root: content-addressed and
compressed (the blob store's format, never a runnable file), mode 0400 in a 0700 folder."""

from __future__ import annotations

import os
from pathlib import Path

from tamperwatch.archive.blobs import FileBlobStore

QUARANTINE_FILE_MODE = 0o400
QUARANTINE_DIR_MODE = 0o700


class Quarantine:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, QUARANTINE_DIR_MODE)
        self.store = FileBlobStore(folder, sync=False)

    def keep(self, data: bytes, digest: str = "") -> str:
        """Store ``data``; returns its SHA-256 (the name it is kept under)."""
        digest = self.store.put_sync(data, digest)
        path = self.store.path_for(digest)
        if path.stat().st_mode & 0o777 != QUARANTINE_FILE_MODE:
            os.chmod(path, QUARANTINE_FILE_MODE)
        return digest

    def get(self, digest: str) -> bytes | None:
        return self.store.get_sync(digest)

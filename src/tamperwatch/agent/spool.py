"""The spool: what the resident agent process found and fixed, waiting to be recorded.

One JSON file per item (a batch of changes, an alarm, a signed note), written atomically (temp
file, fsync, rename, fsync of the folder) before the root's write-ahead journal is emptied, so a
kill -9 at any moment loses nothing: an item is either whole in the spool or still in the
journal. Names sort in the order items were written. The recording child
(``agent/drain.py``) takes the spool's lock, records the items in order and removes each once it
is in the archive (a child killed between the two records that item again: at least once)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tamperwatch.agent.lock import root_lock
from tamperwatch.archive.fsutil import atomic_write

ITEM_SUFFIX = ".json"
BAD_SUFFIX = ".unreadable"
FOLDER_MODE = 0o700


class Spool:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._seq = 0

    def put(self, item: dict[str, Any]) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        self._seq += 1
        path = self.folder / f"{time.time_ns():020d}-{os.getpid()}-{self._seq:08d}{ITEM_SUFFIX}"
        atomic_write(path, json.dumps(item, sort_keys=True).encode(), mode=0o600)
        return path

    def items(self) -> list[Path]:
        """The items waiting, oldest first."""
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return []
        return [self.folder / n for n in sorted(names) if n.endswith(ITEM_SUFFIX) and not n.startswith(".")]

    def read(self, path: Path) -> dict[str, Any] | None:
        """The item, or None when it is gone or cannot be read (then it is set aside, never
        retried forever)."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            item: dict[str, Any] = json.loads(raw)
        except ValueError:
            path.rename(path.with_name(path.name + BAD_SUFFIX))
            return None
        return item

    def done(self, path: Path) -> None:
        path.unlink(missing_ok=True)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Held by the one child recording the spool."""
        with root_lock(self.folder):
            yield

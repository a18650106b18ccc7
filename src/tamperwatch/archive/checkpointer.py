"""When the archive signs a checkpoint of its log: every N entries, T seconds, each incident event,
and at close. Shared by SqlArchive and MemoryArchive; the tree head itself comes from ``advance``
(the stored frontier extended by the leaves since the last checkpoint: no old leaf is re-read).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path

from tamperwatch.archive.chain import to_micros
from tamperwatch.archive.log import (
    Checkpoint,
    Heads,
    newest_checkpoint,
    newest_checkpoint_path,
    write_checkpoint,
)
from tamperwatch.archive.signing import Signer

log = logging.getLogger(__name__)

DEFAULT_EVERY = 1000
DEFAULT_INTERVAL_S = 300.0
Advance = Callable[[int], Awaitable[tuple[int, bytes, Heads] | None]]


class Checkpointer:
    def __init__(
        self,
        signer: Signer,
        advance: Advance,
        clock: Callable[[], datetime],
        folder: Path | None = None,
        every: int = DEFAULT_EVERY,
        interval_s: float = DEFAULT_INTERVAL_S,
    ) -> None:
        self.signer = signer
        self.folder = folder
        self.every = every
        self.interval_s = interval_s
        self.latest: Checkpoint | None = None
        self._advance = advance
        self._clock = clock
        self._pending = 0
        self._last = clock()
        self._lock = asyncio.Lock()

    async def appended(self, entries: int = 1, now: bool = False) -> None:
        """Count new log entries; sign a checkpoint when one is due (``now``: at once)."""
        self._pending += entries
        due = now or self._pending >= self.every
        if due or (self._clock() - self._last).total_seconds() >= self.interval_s:
            await self._checkpoint_quietly()

    async def flush(self) -> None:
        """Sign a checkpoint if entries were appended since the last one (at close)."""
        if self._pending:
            await self._checkpoint_quietly()

    async def _checkpoint_quietly(self) -> None:
        """A checkpoint that fails (a full disk, a damaged log) never fails the check that asked."""
        try:
            await self.checkpoint()
        except Exception:
            log.exception(
                "signing a checkpoint of the archive's log failed; run `tamperwatch archive verify`"
            )

    async def checkpoint(self) -> Checkpoint | None:
        """Sign the log's current tree head and write it; None without a private key or when the
        log is damaged (``archive verify`` tells how)."""
        if not self.signer.can_sign:
            return None
        async with self._lock:
            self._pending, self._last = 0, self._clock()
            at = self._clock()
            advanced = await self._advance(to_micros(at))
            if advanced is None:
                log.error(
                    "the archive's log has a gap: no checkpoint signed; run `tamperwatch archive verify`"
                )
                return None
            size, root, heads = advanced
            checkpoint = Checkpoint(size, to_micros(at) // 1000, root.hex(), heads).sign(self.signer)
            if self.folder is not None:
                await asyncio.to_thread(write_checkpoint, self.folder, checkpoint)
            self.latest = checkpoint
            return checkpoint

    def newest(self) -> Checkpoint | None:
        """The newest checkpoint written (by any process on this data folder), else this one's."""
        return self.newest_or_error()[0]

    def newest_or_error(self) -> tuple[Checkpoint | None, str]:
        """``newest``, and why the newest checkpoint file cannot be read ("" when it can)."""
        if self.folder is not None:
            try:
                found = newest_checkpoint(self.folder)
            except (OSError, ValueError, KeyError, TypeError) as exc:
                path = newest_checkpoint_path(self.folder)
                return self.latest, f"the newest checkpoint file {path} cannot be read: {exc}"
            if found is not None and (self.latest is None or found.tree_size >= self.latest.tree_size):
                return found, ""
        return self.latest, ""

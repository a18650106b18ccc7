"""The resident process's recorder: findings go to the spool, and a recording child
(``python -m tamperwatch.agent.drain``) is started to put them into the archive and the signed
log, open or join incidents, notify and report. The child runs only while there is something to
record, so the signing, database and notification code never stays resident."""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Mapping
from typing import Any

from tamperwatch.agent.changes import Outcome
from tamperwatch.agent.events import AGENT_ACTOR, GENERATION_EVENTS
from tamperwatch.agent.spool import Spool

log = logging.getLogger(__name__)

DRAIN_RETRY_S = 5.0  # after a recording child failed (database locked, disk full), try again
DRAIN_FINAL_TIMEOUT_S = 120.0  # at stop, how long the last recording child may take


class Drainer:
    """Starts the recording child when the spool has items, one child at a time."""

    def __init__(self, spool: Spool, request: bytes, retry_s: float = DRAIN_RETRY_S) -> None:
        self.spool = spool
        self.request = request  # the child's stdin: its settings (JSON)
        self.retry_s = retry_s
        self.runs = 0
        self.failures = 0
        self._wake = asyncio.Event()
        self._closing = False
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop())
        if self.spool.items():  # left by a run that stopped before they were recorded
            self._wake.set()

    def kick(self) -> None:
        self._wake.set()

    async def _loop(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            if not self.spool.items():
                if self._closing:
                    return
                continue
            if await self._run_child():
                if self.spool.items():
                    self._wake.set()
                continue
            if self._closing:
                return
            await asyncio.sleep(self.retry_s)
            self._wake.set()

    async def _run_child(self) -> bool:
        self.runs += 1
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tamperwatch.agent.drain", stdin=asyncio.subprocess.PIPE
        )
        await child.communicate(self.request)
        if child.returncode == 0:
            return True
        self.failures += 1
        log.error("agent: recording child exited with %s: the spool keeps its items", child.returncode)
        return False

    async def close(self, timeout_s: float = DRAIN_FINAL_TIMEOUT_S) -> None:
        """Record what the spool holds (one last child), then stop."""
        if self._task is None:
            return
        self._closing = True
        self._wake.set()
        try:
            await asyncio.wait_for(asyncio.shield(self._task), timeout_s)
        except TimeoutError:
            log.error("agent: recording not finished at stop: the spool keeps it for the next start")
            self._task.cancel()


class SpoolRecorder:
    """``AgentRecorder`` of the resident process. ``generations``: the newest baseline generation
    of each root the signed log names, read once before the resident process started."""

    def __init__(self, spool: Spool, drainer: Drainer, generations: Mapping[str, int]) -> None:
        self.spool = spool
        self.drainer = drainer
        self.generations = dict(generations)

    async def _put(self, item: dict[str, Any]) -> None:
        item["at"] = time.time()
        await asyncio.to_thread(self.spool.put, item)  # fsynced: off the event loop
        self.drainer.kick()

    async def note(self, change: str, root: str, data: dict[str, Any], actor: str = AGENT_ACTOR) -> int:
        await self._put({"kind": "note", "change": change, "root": root, "data": data, "actor": actor})
        if change in GENERATION_EVENTS:  # the log will name it: no longer "unlogged"
            generation = int(data.get("generation", 0))
            self.generations[root] = max(self.generations.get(root, 0), generation)
        return 0

    async def newest_generation(self, root: str) -> int:
        return self.generations.get(root, 0)

    async def alarm(self, root: str, reason: str, evidence: dict[str, Any]) -> None:
        await self._put({"kind": "alarm", "root": root, "reason": reason, "evidence": evidence})

    async def outcome(self, outcome: Outcome) -> None:
        if not outcome.changes:
            return
        changes = [c.describe() for c in outcome.changes]
        item = {"kind": "batch", "root": outcome.root, "found_by": outcome.reason, "note": outcome.note}
        await self._put(item | {"changes": changes, "diffs": outcome.diffs})

    async def recovered(self, root: str, changes: list[dict[str, Any]]) -> None:
        if changes:
            await self._put({"kind": "recovered", "root": root, "changes": changes})

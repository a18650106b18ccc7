"""The running agent: for each root, a first signed baseline when it has none, the real-time watch,
a full check at start (changes made while the agent was down) and every ``rescan_s``, and one
batch at a time judged and restored in a worker thread, then recorded and notified."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from tamperwatch.agent import memory
from tamperwatch.agent.accept import accept_in_child
from tamperwatch.agent.changes import Change, Outcome
from tamperwatch.agent.coalesce import Batch, Coalescer
from tamperwatch.agent.config import EVIDENCE_MAX_CHANGES, AgentConfig
from tamperwatch.agent.events import AGENT_ACTOR, BASELINE_EVENT, PUBLISH_EVENT, WRITER_EVENT
from tamperwatch.agent.first_scan import first_baseline
from tamperwatch.agent.guard import Guard
from tamperwatch.agent.journal import settled
from tamperwatch.agent.watch import InotifyWatch, Watch

log = logging.getLogger(__name__)

FIRST = asyncio.FIRST_COMPLETED
WatchFactory = Callable[[Sequence[tuple[Path, Coalescer]]], Watch]
Acceptor = Callable[[AgentConfig, Path, list[Change]], Awaitable[dict[str, Any]]]


class AgentRecorder(Protocol):
    """Where the agent's findings go: ``record.Recorder`` (the archive, in this process) or
    ``spooled.SpoolRecorder`` (the spool, recorded by a child process)."""

    async def note(self, change: str, root: str, data: dict[str, Any], actor: str = AGENT_ACTOR) -> int: ...

    async def newest_generation(self, root: str) -> int: ...

    async def alarm(self, root: str, reason: str, evidence: dict[str, Any]) -> object: ...

    async def outcome(self, outcome: Outcome) -> object: ...

    async def recovered(self, root: str, changes: list[dict[str, Any]]) -> object: ...


@dataclass(slots=True)
class AgentCounters:
    batches: int = 0
    changes: int = 0
    restored: int = 0
    errors: int = 0
    accepted: int = 0  # files written by whitelisted programs, taken into the baseline


class Agent:
    def __init__(
        self,
        guards: Sequence[Guard],
        recorder: AgentRecorder,
        config: AgentConfig,
        actor: str,
        watch_factory: WatchFactory = InotifyWatch,
        accept: Acceptor = accept_in_child,
    ) -> None:
        self.guards = list(guards)
        self.recorder = recorder
        self.config = config
        self.actor = actor
        self.watch_factory = watch_factory
        self.accept = accept
        self.coalescers: dict[Path, Coalescer] = {}
        self.counters = AgentCounters()
        self._alarmed: dict[str, str] = {}  # root -> why its baseline failed, as last alarmed
        self._poisoned: dict[str, set[str]] = {}  # root -> paths whose bad golden copy was alarmed

    async def run(self, stop: asyncio.Event, ready: Callable[[], None] | None = None) -> None:
        loop = asyncio.get_running_loop()
        for guard in self.guards:
            await self._baseline(guard)
            self.coalescers[guard.root] = Coalescer(loop, self.config.quiet_s, self.config.max_delay_s)
        watch = self.watch_factory([(g.root, self.coalescers[g.root]) for g in self.guards])
        await asyncio.to_thread(watch.start)  # watching before the start check: nothing slips between
        try:
            for guard in self.guards:
                await self._verify(guard)
                # changes a run killed before recording them left in the journal are recorded with
                # the start check's batch (_record_left)
                await self._handle(guard, guard.rescan, "start", True)
            memory.release()  # the start check's peak: baseline parsing, every file read
            if ready is not None:
                ready()
            await asyncio.gather(*(self._watch_root(g, stop) for g in self.guards))
        finally:
            await asyncio.to_thread(watch.stop)

    async def _baseline(self, guard: Guard) -> None:
        if guard.parts.baselines.exists():
            return
        made = await first_baseline(guard.root, self.config, self.actor)
        if made is None:  # another process made it meanwhile
            return
        signed = guard.parts.baselines.signed()
        data = {"generation": made.generation, "entries": made.entries, "files": made.files}
        await self.recorder.note(BASELINE_EVENT, str(guard.root), data | {"manifest_sha256": signed.sha256})
        log.info("agent: baseline of %s: %d paths, %d files", guard.root, made.entries, made.files)

    async def _verify(self, guard: Guard) -> None:
        """Alarm when the baseline or a golden copy does not verify (nothing is restored from it)."""
        await asyncio.to_thread(guard.refresh)
        root = str(guard.root)
        if guard.tampered:
            await self._baseline_alarm(guard)
            return
        assert guard.manifest is not None
        newest = await self.recorder.newest_generation(root)
        if newest > guard.manifest.generation:  # an older signed baseline put back in its place
            guard.tampered = f"generation {guard.manifest.generation} on disk, the log has {newest}"
            self._alarmed[root] = guard.tampered
            await self.recorder.alarm(root, f"agent baseline rolled back: {guard.tampered}", {})
            return
        if newest < guard.manifest.generation:
            await self._unlogged_generation(guard)
        digests = {e.digest: p for p, e in guard.manifest.files() if e.stored}
        golden = guard.parts.restorer.golden
        states = await asyncio.to_thread(golden.states_sync, digests)
        bad = sorted(digests[d] for d, state in states.items() if state != "present")
        if bad:
            await self._golden_alarm(root, bad)

    async def _unlogged_generation(self, guard: Guard) -> None:
        """A baseline committed whose signed record was never written (a publish or an accepted
        write killed between its commit and its record): recorded now, from the signed manifest."""
        manifest = guard.manifest
        assert manifest is not None
        signed = guard.parts.baselines.signed()
        data = {"generation": manifest.generation, "manifest_sha256": signed.sha256}
        data |= {
            "reason": manifest.reason,
            "created_at": manifest.created_at,
            "entries": len(manifest.entries),
            "recorded_late": True,
        }
        await self.recorder.note(PUBLISH_EVENT, str(guard.root), data, manifest.actor)

    async def _baseline_alarm(self, guard: Guard) -> None:
        """The baseline's own alarm, once for each reason it fails (at start and while running)."""
        root = str(guard.root)
        if not guard.tampered:
            self._alarmed.pop(root, None)
            return
        if self._alarmed.get(root) == guard.tampered:
            return
        self._alarmed[root] = guard.tampered
        what = "rolled back" if guard.tampered.startswith("rolled back") else "does not verify"
        await self.recorder.alarm(root, f"agent baseline {what}: {guard.tampered}", {})

    async def _golden_alarm(self, root: str, bad: list[str]) -> None:
        """The golden store's own alarm, once for each path whose golden copy failed its check."""
        known = self._poisoned.setdefault(root, set())
        new = sorted(set(bad) - known)
        if not new:
            return
        known.update(new)
        reason = f"agent golden store altered: {len(new)} golden copies missing or changed (not used)"
        evidence = {"golden_bad": new[:EVIDENCE_MAX_CHANGES], "golden_bad_total": len(new)}
        await self.recorder.alarm(root, reason, evidence)

    async def _watch_root(self, guard: Guard, stop: asyncio.Event) -> None:
        coalescer = self.coalescers[guard.root]
        next_rescan = time.monotonic() + self.config.rescan_s
        stopping = asyncio.create_task(stop.wait())
        batch_task: asyncio.Task[Batch] | None = None
        try:
            while not stop.is_set():
                if batch_task is None:
                    batch_task = asyncio.create_task(coalescer.next_batch())
                timeout = max(0.0, next_rescan - time.monotonic())
                await asyncio.wait({batch_task, stopping}, timeout=timeout, return_when=FIRST)
                if stop.is_set():
                    break
                if not batch_task.done():
                    await self._handle(guard, guard.rescan, "rescan")
                    memory.release()
                    next_rescan = time.monotonic() + self.config.rescan_s
                    continue
                batch, batch_task = batch_task.result(), None
                if batch.rescan:
                    await self._handle(guard, guard.rescan, "events lost")
                    continue
                rels = {r for r in (guard.fs.rel_of(p) for p in batch.paths) if r is not None}
                if rels:
                    await self._handle(guard, guard.check, rels)
        finally:
            for task in (stopping, batch_task):
                if task is not None:
                    task.cancel()

    async def _handle(self, guard: Guard, work: Callable[..., Outcome], *args: object) -> None:
        try:
            outcome = await asyncio.to_thread(work, *args)
        except Exception:  # one bad batch (a path that cannot be read) never ends the watch
            self.counters.errors += 1
            log.exception("agent: checking %s failed", guard.root)
            return
        self.counters.batches += 1
        try:  # the baseline or golden store found broken while running: the same alarm as at start
            await self._baseline_alarm(guard)
            if outcome.poisoned:
                await self._golden_alarm(str(guard.root), outcome.poisoned)
        except Exception:
            self.counters.errors += 1
            log.exception("agent: raising the alarm for %s failed", guard.root)
        if not await self._record_left(guard, outcome.journaled):
            return
        if outcome.accepted:
            await self._accept(guard, outcome.accepted)
        if not outcome.changes:
            guard.journal.clear()
            return
        self.counters.changes += len(outcome.changes)
        self.counters.restored += outcome.restored
        log.warning(
            "agent: %s: %d changes (%s), %d restored%s",
            guard.root,
            len(outcome.changes),
            outcome.counts(),
            outcome.restored,
            f" ({outcome.note})" if outcome.note else "",
        )
        try:
            await self.recorder.outcome(outcome)
            guard.journal.clear()
        except Exception:  # the journal keeps the changes: recorded with the next batch or start
            self.counters.errors += 1
            log.exception("agent: recording changes under %s failed", guard.root)

    async def _accept(self, guard: Guard, changes: list[Change]) -> None:
        """Take files written by whitelisted programs into the baseline; one signed record."""
        answer = await self.accept(self.config, guard.root, changes)
        paths = set(answer.get("paths", []))
        if not paths:
            log.error("agent: writes by whitelisted programs under %s not taken in: %s", guard.root, answer)
            return
        self.counters.accepted += len(paths)
        accepted = [c.describe() for c in changes if c.path in paths]
        who = ", ".join(sorted({c.writers for c in changes if c.path in paths}))
        log.info("agent: %s: %d files written by %s taken into the baseline", guard.root, len(paths), who)
        data = {k: answer[k] for k in ("generation", "manifest_sha256")} | {"accepted": accepted}
        try:
            await self.recorder.note(WRITER_EVENT, str(guard.root), data, f"writer {who}")
        except Exception:  # the new baseline's signed manifest names the writers too
            self.counters.errors += 1
            log.exception("agent: recording an accepted write under %s failed", guard.root)

    async def _record_left(self, guard: Guard, current: int) -> bool:
        """Record what the journal holds from batches that failed before being recorded (all but
        the ``current`` batch's last lines); False when that fails (the journal is kept)."""
        lines = guard.journal.read()
        left = settled(lines[: len(lines) - current])
        if not left:
            return True
        try:
            await self.recorder.recovered(str(guard.root), left)
        except Exception:
            self.counters.errors += 1
            log.exception("agent: recording earlier changes under %s failed", guard.root)
            return False
        return True

"""Seeds an archive for the API and dashboard latency bench: many targets, many signed
observations, an admin; a few "live" targets on a loopback site that the scheduler checks while
the bench runs, every other target not due for a day (so the scheduler's work stays small and
steady)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from tamperwatch.api.auth_store import AuthStore
from tamperwatch.api.passwords import Passwords
from tamperwatch.api.roles import Role
from tamperwatch.models import Capture, Status, Target, Verdict
from tamperwatch.runtime import open_archive
from tamperwatch.settings import Settings

ADMIN, PASSWORD = "bench", "a long bench passphrase"
BODY_VARIANTS = 50  # distinct page bodies (stored once each, as in a real archive's de-duplication)
IDLE_INTERVAL_S = 86_400.0
BATCH = 500  # writes in flight at once
T = TypeVar("T")


@dataclass(frozen=True)
class Seeded:
    target_ids: list[int]
    live_ids: list[int]
    seconds: float


async def _batched(coros: Sequence[Awaitable[T]], batch: int = BATCH) -> list[T]:
    done: list[T] = []
    for start in range(0, len(coros), batch):
        done += await asyncio.gather(*coros[start : start + batch])
    return done


async def seed(
    data_dir: Path, site: str, targets: int, observations: int, live: int, live_interval_s: float
) -> Seeded:
    started = time.perf_counter()
    async with open_archive(Settings(data_dir=data_dir)) as archive:
        auth = AuthStore(archive.db)
        await auth.add_user(ADMIN, Role.ADMIN, Passwords().hash(PASSWORD))
        specs = [
            Target(url=f"{site}/live/{i}", interval_s=live_interval_s, tags=("live",))
            if i < live
            else Target(url=f"{site}/idle/{i}", interval_s=IDLE_INTERVAL_S, tags=(f"group{i % 20}",))
            for i in range(targets)
        ]
        made = await _batched([archive.add_target(t) for t in specs])

        async def record(n: int) -> None:
            target = made[n % len(made)]
            body = b"<html><body><h1>page</h1><p>%d</p></body></html>" % (n % BODY_VARIANTS)
            capture = Capture(url=target.url, fetched_at=datetime.now(UTC), status=200, body=body)
            await archive.record_check(target, capture, Verdict(Status.CLEAN, 0.0))

        await _batched([record(n) for n in range(observations)])
        due_later = time.time() + IDLE_INTERVAL_S

        async def schedule(target: Target) -> None:
            state = await archive.get_state(target.id)
            state.next_due = 0.0 if target.tags == ("live",) else due_later
            await archive.save_state(state)

        await _batched([schedule(t) for t in made])
    return Seeded([t.id for t in made], [t.id for t in made[:live]], time.perf_counter() - started)

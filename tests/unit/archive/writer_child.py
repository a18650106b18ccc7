"""Child process for the kill-safety tests: appends observations forever, printing each commit.

Usage: python writer_child.py DATA_DIR TARGETS. Prints "TARGET_ID SEQ" after each committed
observation (flushed), so the parent knows exactly what was committed when it kills us.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
from datetime import UTC, datetime
from pathlib import Path

from tamperwatch.archive.errors import DuplicateTargetError
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.models import Capture, Status, Target, Verdict
from tamperwatch.settings import Settings


async def main(data_dir: Path, n_targets: int) -> None:
    settings = Settings(_env_file=None, data_dir=data_dir)  # type: ignore[call-arg]
    async with SqlArchive.from_settings(settings) as archive:
        targets = []
        for i in range(n_targets):
            url = f"https://site{i}.example/"
            try:
                targets.append(await archive.add_target(Target(url=url)))
            except DuplicateTargetError:
                found = await archive.get_target(url)
                assert found is not None
                targets.append(found)
        print("ready", flush=True)
        for n in itertools.count():
            target = targets[n % len(targets)]
            body = f"<html>page {target.id} version {n // 7}</html>".encode() if n % 5 else b""
            capture = Capture(url=target.url, fetched_at=datetime.now(UTC), status=200 if body else 0,
                              body=body, error="" if body else "timeout")
            state = await archive.get_state(target.id)
            state.last_checked_at = float(n)
            obs = await archive.record_check(target, capture, Verdict(Status.CLEAN, 0.1), state)
            print(f"{obs.target_id} {obs.seq}", flush=True)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2])))

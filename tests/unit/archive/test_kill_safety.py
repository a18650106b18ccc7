"""A writer SIGKILLed at random moments loses no committed observation and leaves valid chains."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
from pathlib import Path

import pytest

from tamperwatch.archive.integrity import check_archive_integrity
from tamperwatch.settings import Settings

CHILD = Path(__file__).with_name("writer_child.py")
KILLS = 4
CHECKPOINT_EVERY = "7"  # the writer signs checkpoints (temp file, fsync, rename) while it is killed


async def _run_until_killed(data_dir: Path, commits_before_kill: int) -> set[tuple[int, int]]:
    """Start the writer, let it report ``commits_before_kill`` commits, SIGKILL it mid-stream."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(CHILD), str(data_dir), "3", stdout=asyncio.subprocess.PIPE,
        env=os.environ | {"TAMPERWATCH_CHECKPOINT_EVERY": CHECKPOINT_EVERY},
    )
    assert proc.stdout is not None
    committed: set[tuple[int, int]] = set()
    try:
        assert (await proc.stdout.readline()).strip() == b"ready"
        while len(committed) < commits_before_kill:
            line = await proc.stdout.readline()
            assert line, "writer exited early"
            target_id, seq = line.split()
            committed.add((int(target_id), int(seq)))
    finally:
        proc.send_signal(signal.SIGKILL)
        rest, _ = await proc.communicate()  # lines already flushed were committed too
    for line in rest.splitlines():
        target_id, seq = line.split()
        committed.add((int(target_id), int(seq)))
    return committed


@pytest.mark.slow
async def test_sigkilled_writer_keeps_every_committed_observation(settings: Settings) -> None:
    rng = random.Random()
    committed: set[tuple[int, int]] = set()
    for _ in range(KILLS):
        committed |= await _run_until_killed(settings.data_dir, rng.randint(1, 150))
        report = await check_archive_integrity(settings)
        assert report.database_ok, report.database_messages
        assert report.ok and not report.tampered, (report.chains, report.log)
        assert report.log is not None  # the log matches the newest checkpoint the writer signed
        for target_id, seq in committed:
            stored, max_seq = report.counts[target_id]
            assert seq <= max_seq and stored == max_seq  # present, and no gap below the head
    assert len(report.counts) == 3

"""Cost of the archive's append-only log: ``python -m bench.archive_log [--db-observations N] [--leaves N]``.

Prints (and with ``--json FILE`` writes):

- checkpointing per 1,000 observations on a real SQLite archive: one ``checkpoint()`` (read the
  1,000 new leaves, extend the stored frontier, sign, write the file with fsync) in CPU and wall ms,
  next to 1,000 ``record_check`` calls (each also appends its leaf) for scale;
- the leaf each observation appends: 1,000 observation rows committed one by one with and without
  their leaf, alternately, the best of a few rounds each (CPU ms; the difference is the log's);
- ``archive verify`` on that archive (every signature, chain, leaf, event and body), per 1,000
  observations, and so extrapolated linearly to 1,000,000;
- the log structure alone at ``--leaves`` (default 1,000,000) leaves: recomputing every leaf hash
  and the root from stored rows (what verify does for the tree), and a consistency proof.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from tamperwatch.archive import log_queries, rows, tables
from tamperwatch.archive.base import Observation
from tamperwatch.archive.chain import from_micros
from tamperwatch.archive.log import OBSERVATION, LeafRow
from tamperwatch.archive.merkle import Frontier, consistency_proof, verify_consistency
from tamperwatch.archive.migrate import upgrade_to_head
from tamperwatch.archive.runner import sqlite_engine
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.models import Capture, Status, Target, Verdict
from tamperwatch.settings import Settings

DB_OBSERVATIONS = 20_000  # observations written to the real archive (signing each one dominates)
TARGETS = 100
LEAVES = 1_000_000
PER = 1000  # the figures are per this many observations
CHANGE_EVERY = 5  # one check in five stores a new body
LEAF_ROUNDS = 4  # alternating rounds with and without leaves; the best of each is kept
T = TypeVar("T")


def _clocks() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


async def _timed(fn: Callable[[], Awaitable[T]]) -> tuple[T, float, float]:
    cpu, wall = _clocks()
    value = await fn()
    cpu2, wall2 = _clocks()
    return value, (cpu2 - cpu) * 1000, (wall2 - wall) * 1000


async def bench_database(data_dir: Path, observations: int) -> dict[str, Any]:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=data_dir, checkpoint_every=10**9, checkpoint_interval_s=10**9
    )
    record_cpu = record_wall = 0.0
    checkpoint_cpu: list[float] = []
    checkpoint_wall: list[float] = []
    async with SqlArchive.from_settings(settings) as archive:
        targets = [await archive.add_target(Target(url=f"https://t{i}.example/")) for i in range(TARGETS)]
        verdict = Verdict(Status.CLEAN, 0.05)
        for start in range(0, observations, PER):

            async def batch(start: int = start) -> None:
                for n in range(start, start + PER):
                    target = targets[n % TARGETS]
                    body = f"<html>{target.url} {n // (TARGETS * CHANGE_EVERY)}</html>".encode()
                    capture = Capture(url=target.url, fetched_at=_at(n), status=200, body=body)
                    await archive.record_check(target, capture, verdict)

            _, cpu, wall = await _timed(batch)
            record_cpu, record_wall = record_cpu + cpu, record_wall + wall
            _, cpu, wall = await _timed(archive.checkpoint)
            checkpoint_cpu.append(cpu)
            checkpoint_wall.append(wall)
        report, verify_cpu, verify_wall = await _timed(archive.verify_log)
        assert report.ok, report.findings
    batches = observations // PER
    return {
        "observations": observations,
        "targets": TARGETS,
        "record_check_cpu_ms_per_1000": round(record_cpu / batches, 1),
        "record_check_wall_ms_per_1000": round(record_wall / batches, 1),
        "checkpoint_cpu_ms_per_1000": round(sorted(checkpoint_cpu)[batches // 2], 2),
        "checkpoint_wall_ms_per_1000": round(sorted(checkpoint_wall)[batches // 2], 2),
        "verify_cpu_s": round(verify_cpu / 1000, 2),
        "verify_wall_s": round(verify_wall / 1000, 2),
        "verify_wall_s_per_1000": round(verify_wall / observations, 3),
        "verify_wall_s_extrapolated_1m": round(verify_wall / observations * 1000, 0),
    }


def _at(n: int) -> Any:
    from datetime import UTC, datetime, timedelta

    return datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=n)


def _observation(n: int) -> Observation:
    digest = hashlib.sha256(n.to_bytes(8, "big")).hexdigest()
    return Observation(
        n % TARGETS + 1,
        n // TARGETS + 1,
        from_micros(n),
        200,
        digest,
        "",
        "",
        "clean",
        0.0,
        "",
        digest,
        digest,
        digest * 2,
    )


def bench_leaf_append(data_dir: Path) -> dict[str, Any]:
    data_dir.mkdir(parents=True)
    engine = sqlite_engine(f"sqlite:///{data_dir / 'leaves.db'}")
    best = {False: float("inf"), True: float("inf")}
    try:
        with engine.begin() as conn:
            upgrade_to_head(conn)
        n = 0
        for _ in range(LEAF_ROUNDS):
            for with_leaf in (False, True):
                cpu = time.process_time()
                for _ in range(PER):
                    observation = _observation(n)
                    with engine.begin() as conn:
                        conn.execute(tables.observations.insert(), rows.observation_values(observation))
                        if with_leaf:
                            log_queries.log_observation(conn, observation)
                    n += 1
                best[with_leaf] = min(best[with_leaf], (time.process_time() - cpu) * 1000)
    finally:
        engine.dispose()
    return {
        "observation_commit_cpu_ms_per_1000": round(best[False], 1),
        "with_leaf_cpu_ms_per_1000": round(best[True], 1),
        "leaf_cpu_ms_per_1000": round(best[True] - best[False], 1),
    }


def bench_structure(leaves: int) -> dict[str, Any]:
    rows = [
        LeafRow(
            i,
            OBSERVATION,
            i % TARGETS + 1,
            i // TARGETS + 1,
            hashlib.sha256(i.to_bytes(8, "big")).hexdigest(),
        )
        for i in range(leaves)
    ]
    cpu, wall = _clocks()
    frontier = Frontier()
    hashes = []
    for row in rows:  # what verify_log does for the tree: each leaf re-hashed from its row
        leaf = row.leaf_hash()
        hashes.append(leaf)
        frontier.append(leaf)
    root = frontier.root()
    cpu2, wall2 = _clocks()
    proof = consistency_proof(hashes, leaves // 3)
    _, wall3 = _clocks()
    old_root = Frontier()
    old_root.extend(hashes[: leaves // 3])
    assert verify_consistency(leaves // 3, leaves, old_root.root(), root, proof)
    return {
        "leaves": leaves,
        "tree_cpu_s": round(cpu2 - cpu, 2),
        "tree_wall_s": round(wall2 - wall, 2),
        "consistency_proof_wall_s": round(wall3 - wall2, 2),
        "consistency_proof_hashes": len(proof),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.archive_log", description=__doc__.splitlines()[0])
    parser.add_argument("--db-observations", type=int, default=DB_OBSERVATIONS)
    parser.add_argument("--leaves", type=int, default=LEAVES)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-archive-log-") as tmp:
        database = asyncio.run(bench_database(Path(tmp) / "data", args.db_observations))
        leaf = bench_leaf_append(Path(tmp) / "leaves")
    structure = bench_structure(args.leaves)
    figures = {"cpus": os.cpu_count(), "database": database, "leaf_append": leaf, "structure": structure}
    print(json.dumps(figures, indent=1))
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()

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
  and the root from stored rows (what verify does for the tree), and a consistency proof;
- with ``--verify-observations N`` (e.g. 1,000,000; off by default, minutes): ``archive verify``
  measured, not extrapolated. An archive of N signed observations over ``--verify-targets``
  targets (same shape as above: one check in five a new body) plus an incident with three events
  every 10,000 observations is built in bulk with the archive's own code (migrations, ``seal``,
  ``seal_event`` through ``log_queries``, the blob store, checkpoints signed by ``SqlArchive``),
  then the ``tamperwatch archive verify`` command is timed on it (CPU-s, wall-s, peak RSS of the
  child process): against the newest checkpoint in the data folder, against an exported
  checkpoint file (``--checkpoint``), and after an attack (the last 10 observations of one target
  and their log entries deleted), which must exit 1 naming them.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection

from tamperwatch.archive import log_queries, rows, tables
from tamperwatch.archive.base import Observation
from tamperwatch.archive.blobs import FileBlobStore
from tamperwatch.archive.chain import ObservationFields, from_micros, seal
from tamperwatch.archive.log import OBSERVATION, Checkpoint, LeafRow, checkpoint_dir, newest_checkpoint_path
from tamperwatch.archive.merkle import Frontier, consistency_proof, verify_consistency
from tamperwatch.archive.migrate import upgrade_to_head
from tamperwatch.archive.runner import sqlite_engine
from tamperwatch.archive.signing import Signer
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
    settings = Settings(
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
        "verify_cpu_s_extrapolated_1m": round(verify_cpu / observations * 1000, 0),
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


# --- archive verify at --verify-observations, measured ---------------------------------------------
VERIFY_TARGETS = 1000
BUILD_CHUNK = 10_000  # observations per transaction; an incident with three events follows each
ATTACK_DELETE = 10  # the attack: the last this many observations of one target (and their leaves)
SQLITE_LEAF = "INSERT INTO log_leaves (idx, kind, target_id, seq, record_hash) VALUES (?, ?, ?, ?, ?)"


def _big_settings(data_dir: Path) -> Settings:
    return Settings(_env_file=None, data_dir=data_dir, checkpoint_every=10**9, checkpoint_interval_s=10**9)


async def _add_targets(settings: Settings, targets: int) -> None:
    async with SqlArchive.from_settings(settings) as archive:  # migrations, key, targets
        for i in range(targets):
            await archive.add_target(Target(url=f"https://t{i}.example/"))


async def _checkpoint(settings: Settings) -> tuple[Checkpoint, float, float]:
    async with SqlArchive.from_settings(settings) as archive:
        checkpoint, cpu, wall = await _timed(archive.checkpoint)
    assert checkpoint is not None
    return checkpoint, cpu, wall


def _incident(conn: Connection, signer: Signer, target_id: int, at_us: int) -> None:
    """An incident opened, acknowledged and resolved: three signed events, as SqlArchive logs them."""
    values = {
        "target_id": target_id,
        "kind": "defaced",
        "state": "open",
        "opened_us": at_us,
        "updated_us": at_us,
        "score": 0.97,
        "reasons": json.dumps(["foreign text"]),
        "evidence": json.dumps({"url": f"https://t{target_id - 1}.example/"}),
        "note": "",
    }
    incident = log_queries.insert_incident_logged(conn, values, "", signer)
    for n, state in enumerate(("acknowledged", "resolved"), 1):
        log_queries.set_incident_logged(
            conn, incident.id, state, {"state": state}, "bench", at_us + n, signer
        )


def build_big_archive(data_dir: Path, observations: int, targets: int) -> dict[str, Any]:
    """``observations`` signed observations, round robin over ``targets``, each appended with its leaf
    in log order as ``record_check`` would; bodies in the blob store; a checkpoint half way (kept
    outside the data folder too, as a notification's) and one at the end."""
    settings = _big_settings(data_dir)
    cpu, wall = _clocks()
    asyncio.run(_add_targets(settings, targets))
    signer = Signer.load_or_create(settings.key_path)
    blobs = FileBlobStore(settings.blob_dir, sync=False)
    engine = sqlite_engine(f"sqlite:///{settings.data_dir / 'tamperwatch.db'}")
    heads: dict[int, tuple[str, str]] = {}  # target id -> (record hash, content hash) of its head
    idx = 0
    stored = events = 0
    half = observations // 2
    checkpoints: list[tuple[Checkpoint, float, float]] = []
    try:
        for start in range(0, observations, BUILD_CHUNK):
            observation_rows: list[dict[str, Any]] = []
            blob_rows: list[dict[str, Any]] = []
            leaves: list[tuple[int, str, int, int, str]] = []
            for n in range(start, min(start + BUILD_CHUNK, observations)):
                target_id, seq = n % targets + 1, n // targets + 1
                prev_hash, content_hash = heads.get(target_id, ("", ""))
                at_us = 1_767_225_600_000_000 + n * 1_000_000  # 2026-01-01, a check a second
                if (seq - 1) % CHANGE_EVERY == 0:  # a new body, stored first as record_check does
                    body = (
                        f"<html>https://t{target_id - 1}.example/ {(seq - 1) // CHANGE_EVERY}</html>".encode()
                    )
                    content_hash = blobs.put_sync(body)
                    blob_rows.append(
                        {"hash": content_hash, "size": len(body), "stored_us": at_us, "pruned_us": None}
                    )
                fields = ObservationFields(
                    target_id,
                    seq,
                    from_micros(at_us),
                    200,
                    content_hash,
                    "",
                    "",
                    "clean",
                    0.05,
                    "",
                    prev_hash,
                )
                observation = seal(fields, signer)
                heads[target_id] = (observation.record_hash, content_hash)
                observation_rows.append(rows.observation_values(observation))
                leaves.append((idx, OBSERVATION, target_id, seq, observation.record_hash))
                idx += 1
            with engine.begin() as conn:
                if blob_rows:
                    conn.execute(tables.blobs.insert(), blob_rows)
                conn.execute(tables.observations.insert(), observation_rows)
                conn.connection.driver_connection.executemany(SQLITE_LEAF, leaves)  # type: ignore[union-attr]
                if len(leaves) == BUILD_CHUNK:
                    _incident(conn, signer, (start // BUILD_CHUNK) % targets + 1, at_us + 500_000)
                    events += 3
                idx = log_queries.log_size(conn)
            stored += len(blob_rows)
            if not checkpoints and start + BUILD_CHUNK >= half:
                checkpoints.append(asyncio.run(_checkpoint(settings)))
    finally:
        engine.dispose()
    if checkpoints[-1][0].tree_size != idx:
        checkpoints.append(asyncio.run(_checkpoint(settings)))
    cpu2, wall2 = _clocks()
    middle, last = checkpoints[0][0], checkpoints[-1]
    size = sum(p.stat().st_size for p in data_dir.glob("tamperwatch.db*"))
    return {
        "observations": observations,
        "targets": targets,
        "incident_events": events,
        "log_entries": idx,
        "bodies": stored,
        "database_mb": round(size / 1e6),
        "build_cpu_s": round(cpu2 - cpu, 1),
        "build_wall_s": round(wall2 - wall, 1),
        "middle_checkpoint_size": middle.tree_size,
        "last_checkpoint_size": last[0].tree_size,
        "last_checkpoint_cpu_s": round(last[1] / 1000, 2),  # it reads every leaf since the middle one
        "last_checkpoint_wall_s": round(last[2] / 1000, 2),
    }


# Starts the command and prints its own rusage. A child forked straight from this bench would report
# the bench's RSS as its peak: Linux keeps the high-water mark of the memory it had before exec.
_RUSAGE_WRAPPER = """
import json, os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as out:
    json.dump([os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, usage.ru_maxrss], out)
"""


def _verify_cli(data_dir: Path, *extra: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """``tamperwatch archive verify --json`` as a child process: its report and its own cost."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAMPERWATCH_")}
    command = [sys.executable, "-m", "tamperwatch", "--data-dir", str(data_dir), "archive", "verify"]
    usage_file = data_dir.parent / "rusage.json"
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        wall = time.perf_counter()
        subprocess.run(  # no project .env: run from the temporary folder
            [sys.executable, "-c", _RUSAGE_WRAPPER, str(usage_file), *command, "--json", *extra],
            stdout=out,
            stderr=err,
            env=env,
            cwd=data_dir.parent,
            check=True,
        )
        wall = time.perf_counter() - wall
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    returncode, cpu, max_rss_kib = json.loads(usage_file.read_text())
    if returncode not in (0, 1):
        raise RuntimeError(f"archive verify exited {returncode}: {stderr[-2000:]}")
    cost = {
        "exit": returncode,
        "cpu_s": round(cpu, 1),
        "wall_s": round(wall, 1),
        "peak_rss_mb": round(max_rss_kib / 1024),  # KiB on Linux
    }
    return json.loads(stdout), cost


def _attack(data_dir: Path, target_id: int, seqs: range) -> list[int]:
    """Delete the observations ``seqs`` of ``target_id`` and their log entries; their indexes."""
    with sqlite3.connect(data_dir / "tamperwatch.db") as conn:
        where = f"target_id = {target_id} AND seq >= {seqs.start}"
        gone = [int(r[0]) for r in conn.execute(f"SELECT idx FROM log_leaves WHERE {where} ORDER BY idx")]
        conn.execute(f"DELETE FROM observations WHERE {where}")
        conn.execute(f"DELETE FROM log_leaves WHERE {where}")
    return gone


def bench_verify(root: Path, observations: int, targets: int) -> dict[str, Any]:
    data_dir = root / "data"
    built = build_big_archive(data_dir, observations, targets)
    print(json.dumps({"built": built}, indent=1), flush=True)
    exported = root / "checkpoint.json"  # as a notification's receiver keeps it, outside the data folder
    newest = newest_checkpoint_path(checkpoint_dir(data_dir))
    assert newest is not None
    shutil.copyfile(newest, exported)
    runs: dict[str, Any] = {}
    doc, runs["newest_checkpoint"] = _verify_cli(data_dir)
    assert doc["ok"] and doc["log_size"] == built["log_entries"], doc["findings"][:5]
    assert sum(c["records"] for c in doc["chains"]) == observations
    doc, runs["checkpoint_file"] = _verify_cli(data_dir, "--checkpoint", str(exported))
    assert doc["ok"] and doc["checkpoint"]["tree_size"] == built["log_entries"], doc["findings"][:5]
    target_id, last = targets // 2, observations // targets
    seqs = range(last - ATTACK_DELETE + 1, last + 1)
    gone = _attack(data_dir, target_id, seqs)
    doc, runs["attacked"] = _verify_cli(data_dir, "--checkpoint", str(exported))
    found = {(f["kind"], f["target_id"]): f["items"] for f in doc["findings"]}
    detected = (
        runs["attacked"]["exit"] == 1
        and found.get(("truncated", target_id)) == list(seqs)
        and found.get(("log_deleted", None)) == gone
        and set(found) == {("truncated", target_id), ("log_deleted", None)}
    )
    runs["attacked"]["findings"] = [f"{f['kind']} {f['detail']}" for f in doc["findings"]]
    runs["attacked"]["detected"] = detected
    assert detected, doc["findings"]
    measured = runs["newest_checkpoint"]["cpu_s"]
    return {
        "build": built,
        "verify": runs,
        "verify_cpu_s_per_1000": round(measured / observations * PER, 3),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.archive_log", description=__doc__.splitlines()[0])
    parser.add_argument("--db-observations", type=int, default=DB_OBSERVATIONS)
    parser.add_argument("--leaves", type=int, default=LEAVES)
    parser.add_argument(
        "--verify-observations",
        type=int,
        default=0,
        help="also build an archive of this many observations (e.g. 1000000) and time archive verify on it",
    )
    parser.add_argument("--verify-targets", type=int, default=VERIFY_TARGETS)
    parser.add_argument(
        "--tmp", type=Path, default=None, help="folder for the temporary archives (default: the system's)"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    figures: dict[str, Any] = {"cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="bench-archive-log-", dir=args.tmp) as tmp:
        figures["database"] = database = asyncio.run(bench_database(Path(tmp) / "data", args.db_observations))
        figures["leaf_append"] = bench_leaf_append(Path(tmp) / "leaves")
    figures["structure"] = bench_structure(args.leaves)
    if args.verify_observations:
        with tempfile.TemporaryDirectory(prefix="bench-archive-verify-", dir=args.tmp) as tmp:
            scale = args.verify_observations / database["observations"]
            wall = time.perf_counter()
            figures["verify_measured"] = verify = bench_verify(
                Path(tmp), args.verify_observations, args.verify_targets
            )
            verify["bench_wall_s"] = round(time.perf_counter() - wall)  # build and the three verifies
        measured = verify["verify"]["newest_checkpoint"]
        figures["verify_side_by_side"] = {
            "observations": args.verify_observations,
            "measured_cpu_s": measured["cpu_s"],
            "measured_wall_s": measured["wall_s"],
            "measured_peak_rss_mb": measured["peak_rss_mb"],
            f"extrapolated_from_{database['observations']}_cpu_s": round(database["verify_cpu_s"] * scale, 0),
            f"extrapolated_from_{database['observations']}_wall_s": round(
                database["verify_wall_s"] * scale, 0
            ),
        }
    print(json.dumps(figures, indent=1))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()

"""The anti-tamper agent: ``python -m bench.agent [--files N] [--defacements N] [--mass N]
[--idle-s S] [--tmp DIR] [--json FILE]``.

Measured for ``tamperwatch agent`` and, in the same run on the same roots, for a plain
``watchdog`` observer that copies files back from a backup (``bench/agent_peer.py``; Wazuh, the
reference open-source FIM, is not installable here: no Debian or PyPI package, and its own
package repository is out of reach; it also detects without restoring):

- restore latency: ``--defacements`` single-file overwrites one after another, each timed from the
  attacker's close() to the golden bytes read back from disk (p50, p99, max);
- mass defacement: ``--mass`` files overwritten in one burst, timed from the end of the burst
  (and from its start) until every file reads golden again;
- idle cost with ``--files`` files under watch: CPU share of a core and resident memory over
  ``--idle-s`` seconds with nothing changing, summed over every process of the tool (the agent's
  resident process and any child it has then), and the time to start (first baseline included);
  inotify needs one watch per folder (fs.inotify.max_user_watches, printed).
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.agent_tools import Running, start_agent, start_peer

FILES = 100_000
DEFACEMENTS = 1000
MASS = 10_000
IDLE_S = 30.0
FILES_PER_FOLDER = 100
PAGE_BYTES = 2048
POLL_S = 0.0005  # the bench's own read-back interval (the resolution of the latency figures)
RESTORE_TIMEOUT_S = 30.0
MASS_TIMEOUT_S = 600.0
SETTLE_S = 60.0  # before the idle figures, how long the agent's recording child may take to end
MISSED = "missed"  # a latency figure that falls on a defacement never restored
DEFACED = b"<html><body><h1>HACKED BY BENCH</h1></body></html>\n"
WATCHES = Path("/proc/sys/fs/inotify/max_user_watches")
Starter = Callable[[Path, Path], Running]
TOOLS: dict[str, Starter] = {"agent": start_agent, "peer": start_peer}


def make_root(root: Path, files: int) -> list[Path]:
    shutil.rmtree(root, ignore_errors=True)
    paths = []
    for i in range(files):
        folder = root / f"s{i // FILES_PER_FOLDER:05d}"
        if i % FILES_PER_FOLDER == 0:
            folder.mkdir(parents=True)
        path = folder / f"page{i}.html"
        path.write_bytes(f"<html><body><p>page {i}</p></body></html>\n".encode().ljust(PAGE_BYTES, b" "))
        paths.append(path)
    return paths


def golden_of(path: Path) -> bytes:
    i = int(path.stem.removeprefix("page"))
    return f"<html><body><p>page {i}</p></body></html>\n".encode().ljust(PAGE_BYTES, b" ")


def _reads(path: Path, want: bytes) -> bool:
    try:
        return path.read_bytes() == want
    except OSError:
        return False


def latency(paths: list[Path], count: int) -> dict[str, Any]:
    times, missed = [], 0
    for path in paths[:count]:
        want = golden_of(path)
        with open(path, "wb") as handle:
            handle.write(DEFACED)
        written = time.perf_counter()
        deadline = written + RESTORE_TIMEOUT_S
        while not _reads(path, want):
            if time.perf_counter() > deadline:
                missed += 1
                break
            time.sleep(POLL_S)
        else:
            times.append(time.perf_counter() - written)
    return latency_figures(times, missed)


def latency_figures(times: list[float], missed: int) -> dict[str, Any]:
    """p50/p99/max over every defacement: one not restored within ``RESTORE_TIMEOUT_S`` ranks as
    slower than any restore, and a figure that falls on one reads ``MISSED`` (never left out)."""
    ordered = sorted(times)
    total = len(ordered) + missed
    return {
        "defacements": total,
        "not_restored": missed,
        "p50_ms": _rank_ms(ordered, total, 50),
        "p99_ms": _rank_ms(ordered, total, 99),
        "max_ms": _rank_ms(ordered, total, 100),
    }


def _rank_ms(ordered: list[float], total: int, q: float) -> float | str:
    """The ``q``-th percentile in ms of ``total`` defacements, the restored ones' times ``ordered``
    (linear interpolation between ranks, as ``bench.stats.percentile``)."""
    if not total:
        return MISSED
    rank = (total - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    if high >= len(ordered):
        return MISSED
    return round((ordered[low] + (ordered[high] - ordered[low]) * (rank - low)) * 1000, 1)


def mass(paths: list[Path]) -> dict[str, float]:
    began = time.perf_counter()
    for path in paths:
        with open(path, "wb") as handle:
            handle.write(DEFACED)
    written = time.perf_counter()
    left = list(paths)
    while left and time.perf_counter() - written < MASS_TIMEOUT_S:
        left = [p for p in left if not _reads(p, golden_of(p))]
        if left:
            time.sleep(0.05)
    done = time.perf_counter()
    return {
        "files": len(paths),
        "burst_s": round(written - began, 2),
        "restored_after_burst_s": round(done - written, 2),
        "restored_from_first_write_s": round(done - began, 2),
        "not_restored": len(left),
    }


def idle(run: Running, seconds: float) -> dict[str, float]:
    """CPU and memory of every process of the tool (the agent's children included) while idle."""
    settle = time.perf_counter() + SETTLE_S
    while len(run.tree()) > 1 and time.perf_counter() < settle:  # a recording child finishing
        time.sleep(0.1)
    cpu0, t0 = run.cpu_s(), time.perf_counter()
    time.sleep(seconds)
    cpu1, t1 = run.cpu_s(), time.perf_counter()
    return {
        "start_s": round(run.ready_s, 1),
        "idle_cpu_percent_of_a_core": round(100 * (cpu1 - cpu0) / (t1 - t0), 2),
        "rss_mb": round(run.rss_mb(), 1),
        "processes": len(run.tree()),
    }


def measure(work: Path, tools: list[str], args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Each tool on the same two roots (made once: deleting 100,000 files is slow on a disk that
    discards freed blocks); each tool gets the roots golden, as the one before left them."""
    results: dict[str, dict[str, Any]] = {tool: {} for tool in tools}
    small = work / "www-small"
    paths = make_root(small, max(args.mass, args.defacements))
    for tool in tools:
        run = TOOLS[tool](small, work / f"{tool}-small")
        try:
            results[tool]["latency"] = latency(paths, args.defacements)
            results[tool]["mass"] = mass(paths[: args.mass])
        finally:
            run.stop()
        progress(tool, results[tool])
    big = work / "www-big"
    make_root(big, args.files)
    for tool in tools:
        run = TOOLS[tool](big, work / f"{tool}-big")
        try:
            results[tool]["idle"] = idle(run, args.idle_s) | {"files": args.files}
        finally:
            run.stop()
        progress(tool, results[tool])
    return results


def progress(tool: str, figures: dict[str, Any]) -> None:
    sys.stderr.write(f"{tool}: {json.dumps(figures)}\n")
    sys.stderr.flush()


def report(results: dict[str, dict[str, Any]], folders: int) -> None:
    names = {"agent": "tamperwatch agent", "peer": "watchdog copy-back peer"}
    limit = WATCHES.read_text().strip()
    print(f"inotify: max_user_watches {limit}; {folders} folders watched (one watch each)")
    rows = [
        ("restore p50 (ms)", "latency", "p50_ms"),
        ("restore p99 (ms)", "latency", "p99_ms"),
        ("restore max (ms)", "latency", "max_ms"),
        ("not restored (of defacements)", "latency", "not_restored"),
        ("mass: restored after burst (s)", "mass", "restored_after_burst_s"),
        ("mass: from first write (s)", "mass", "restored_from_first_write_s"),
        ("mass: not restored", "mass", "not_restored"),
        ("start with big root (s)", "idle", "start_s"),
        ("idle CPU (% of a core)", "idle", "idle_cpu_percent_of_a_core"),
        ("idle RSS, all processes (MB)", "idle", "rss_mb"),
        ("processes when idle", "idle", "processes"),
    ]
    print(f"{'':34}" + "".join(f"{names[t]:>28}" for t in results))
    for label, group, key in rows:
        print(f"{label:34}" + "".join(f"{results[t][group][key]:>28}" for t in results))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=FILES)
    parser.add_argument("--defacements", type=int, default=DEFACEMENTS)
    parser.add_argument("--mass", type=int, default=MASS)
    parser.add_argument("--idle-s", type=float, default=IDLE_S)
    parser.add_argument("--tools", default="agent,peer")
    parser.add_argument("--tmp", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-agent-", dir=args.tmp))
    try:
        results = measure(work, args.tools.split(","), args)
        report(results, args.files // FILES_PER_FOLDER + 1)
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            data = {"args": {k: str(v) for k, v in vars(args).items()}} | results
            args.json.write_text(json.dumps(data, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Runs one tool's command and measures it: wall time, CPU of it and its reaped descendants, peak RSS."""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ProcessUsage:
    """What one command cost. ``cpu_s`` counts user + system time of the process and every
    descendant it waited for; ``peak_rss_bytes`` is the largest resident set among them."""

    returncode: int
    wall_s: float
    cpu_s: float
    peak_rss_bytes: int
    timed_out: bool


def usage_from_rusage(usage: resource.struct_rusage) -> tuple[float, int]:
    """CPU seconds and peak RSS in bytes (Linux reports ru_maxrss in KiB)."""
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def run_measured(
    argv: Sequence[str],
    *,
    env: Mapping[str, str],
    cwd: Path,
    stdout_path: Path,
    stderr_path: Path,
    timeout_s: float,
) -> ProcessUsage:
    """Run ``argv`` to its end (killed after ``timeout_s``) and return what it cost.

    The child is reaped with ``os.wait4`` so its rusage is this command's alone, unlike
    ``RUSAGE_CHILDREN`` whose ``ru_maxrss`` keeps the largest child the bench ever had.
    """
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(argv), env=dict(env), cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            process.kill()

        timer = threading.Timer(timeout_s, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu, peak = usage_from_rusage(usage)
    return ProcessUsage(process.returncode, wall, cpu, peak, killed.is_set())

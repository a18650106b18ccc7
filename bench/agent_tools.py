"""The two restorers ``bench.agent`` measures, as processes: start one on a root, wait until it
watches, read its CPU time and resident memory from /proc, stop it."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

READY_TIMEOUT_S = 1800.0  # a first baseline of 100,000 files on a loaded machine
STOP_TIMEOUT_S = 120.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Running:
    name: str
    proc: subprocess.Popen[str]
    ready_s: float  # from start to "watching" (baseline, start check, watch set up)

    def cpu_s(self) -> float:
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def spawn(argv: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[str], queue.Queue[str]]:
    """Start ``argv``; its stdout lines arrive on the queue (read by a thread: never blocks)."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return proc, lines


def _start(name: str, argv: list[str], env: dict[str, str]) -> Running:
    started = time.perf_counter()
    proc, lines = spawn(argv, env)
    deadline = time.monotonic() + READY_TIMEOUT_S
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            proc.kill()
            raise RuntimeError(f"{name} did not start watching in {READY_TIMEOUT_S:g} s") from None
        if "watching" in line:
            return Running(name, proc, time.perf_counter() - started)


def start_agent(root: Path, work: Path) -> Running:
    """`tamperwatch agent run` with its own data folder under ``work``."""
    env = os.environ | {
        "TAMPERWATCH_DATA_DIR": str(work / "agent-data"),
        "TAMPERWATCH_LOG_LEVEL": "ERROR",
    }
    argv = [sys.executable, "-m", "tamperwatch", "agent", "run", "--root", str(root)]
    return _start("tamperwatch agent", argv, env)


def start_peer(root: Path, work: Path) -> Running:
    """The plain watchdog restorer, with a backup copy of ``root`` taken first."""
    backup = work / "peer-backup"
    shutil.rmtree(backup, ignore_errors=True)
    shutil.copytree(root, backup, symlinks=True)
    argv = [sys.executable, "-m", "bench.agent_peer", str(root), str(backup)]
    return _start("watchdog copy-back peer", argv, dict(os.environ))

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

    def tree(self) -> list[int]:
        """The process and every live process under it (the agent's recording and key children)."""
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    parents[int(entry.name)] = int(_stat_fields(int(entry.name))[1])
                except (OSError, IndexError, ValueError):
                    continue
        found, todo = [self.proc.pid], [self.proc.pid]
        while todo:
            parent = todo.pop()
            kids = [pid for pid, ppid in parents.items() if ppid == parent]
            found += kids
            todo += kids
        return found

    def cpu_s(self) -> float:
        """CPU time of the whole tree: the process, the children it waited for, the live ones."""
        total = 0.0
        for pid in self.tree():
            try:
                fields = _stat_fields(pid)
            except OSError:
                continue
            ticks = int(fields[11]) + int(fields[12])  # utime + stime
            if pid == self.proc.pid:
                ticks += int(fields[13]) + int(fields[14])  # cutime + cstime: children that ended
            total += ticks / CLOCK_TICKS
        return total

    def rss_mb(self) -> float:
        """Resident memory of every process of the tree, summed (shared pages counted in each)."""
        total = 0
        for pid in self.tree():
            try:
                lines = Path(f"/proc/{pid}/status").read_text().splitlines()
            except OSError:
                continue
            total += next((int(line.split()[1]) for line in lines if line.startswith("VmRSS:")), 0)
        return total / 1024

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _stat_fields(pid: int) -> list[str]:
    """/proc/PID/stat after the command name: state, ppid, ... (utime is [11])."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


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

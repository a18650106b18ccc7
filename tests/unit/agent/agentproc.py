"""A web server for the agent's integration tests: `tamperwatch agent run` in its own process on
a real web root, the CLI, and the archive it records into."""

from __future__ import annotations

import asyncio
import json
import os
import queue
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.agent_tools import spawn
from tamperwatch.models import Incident
from tamperwatch.settings import Settings

START_TIMEOUT_S = 120.0
CLI_TIMEOUT_S = 300


def attack(root: Path, code: str) -> None:
    """Run ``code`` (with ``os`` and ``root`` defined) in a separate attacker process."""
    script = f"import os, sys\nroot = sys.argv[1]\n{code}\n"
    subprocess.run([sys.executable, "-c", script, str(root)], check=True, timeout=CLI_TIMEOUT_S)


@dataclass
class AgentProcess:
    proc: subprocess.Popen[str]
    lines: queue.Queue[str]

    def wait_line(self, prefix: str, timeout_s: float = START_TIMEOUT_S) -> str:
        try:
            while True:
                line = self.lines.get(timeout=timeout_s)
                if line.startswith(prefix):
                    return line
        except queue.Empty:
            raise AssertionError(f"agent printed no {prefix!r} line in {timeout_s:g} s") from None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=60)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=60)


class Server:
    """Starts agents on one web root and data folder."""

    def __init__(self, tmp_path: Path) -> None:
        self.root = tmp_path / "www"
        self.data = tmp_path / "data"
        self.running: list[AgentProcess] = []
        self.env = os.environ | {
            "TAMPERWATCH_DATA_DIR": str(self.data),
            "TAMPERWATCH_LOG_JSON": "false",
            "TAMPERWATCH_LOG_LEVEL": "WARNING",
        }

    @property
    def settings(self) -> Settings:
        return Settings(_env_file=None, data_dir=self.data)

    def start(self, *extra: str) -> AgentProcess:
        """``agent run`` on the root (``extra``: more options, e.g. ``--mode alert``)."""
        argv = [sys.executable, "-m", "tamperwatch", "agent", "run", "--root", str(self.root), *extra]
        proc, lines = spawn(argv, self.env)
        agent = AgentProcess(proc, lines)
        self.running.append(agent)
        agent.wait_line("agent: watching")
        return agent

    def cli(self, *args: str) -> str:
        command = [sys.executable, "-m", "tamperwatch", *args]
        done = subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=CLI_TIMEOUT_S)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def incidents(self, verify: bool = True) -> list[Incident]:
        """The incidents; ``verify``: the whole log verifies first (only with the agent stopped:
        a running one may be between an entry and its checkpoint)."""

        async def read() -> list[Incident]:
            from tamperwatch.runtime import open_archive

            async with open_archive(self.settings) as archive:
                assert not verify or (await archive.verify_log()).ok
                return await archive.list_incidents()

        return asyncio.run(read())

    def recorded_paths(self) -> set[str]:
        """Every path any incident's full change lists name."""

        async def read() -> set[str]:
            from tamperwatch.runtime import open_archive

            paths: set[str] = set()
            async with open_archive(self.settings) as archive:
                for incident in await archive.list_incidents():
                    for digest in incident.evidence.get("change_lists", []):
                        body = await archive.load_body(digest)
                        assert body is not None
                        paths.update(c["path"] for c in json.loads(body))
            return paths

        return asyncio.run(read())

    def log_events(self) -> list[Any]:
        async def read() -> list[Any]:
            from tamperwatch.runtime import open_archive

            async with open_archive(self.settings) as archive:
                return await archive.log_events()

        return asyncio.run(read())

"""A real ``tamperwatch serve`` in a child process on 127.0.0.1 (port 0: a free one), for tests that
drive it from outside as a user would: the command line (``tw``) and the port it announces.

``serve_env`` isolates it from the test's environment (no inherited ``TAMPERWATCH_`` variable), in
its own data folder, fetching only the loopback ports named."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVING = re.compile(r"serving on https?://127\.0\.0\.1:(\d+)")
COMMAND_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 60.0


def serve_env(data: Path, site_ports: list[int], **settings: str) -> dict[str, str]:
    """The child's environment: data in ``data``, loopback ``site_ports`` allowed, plain-text logs,
    no render unless ``settings`` (``TAMPERWATCH_...`` names) say otherwise."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAMPERWATCH_")}
    env.update(
        TAMPERWATCH_DATA_DIR=str(data),
        TAMPERWATCH_PORT="0",
        TAMPERWATCH_LOG_JSON="false",
        TAMPERWATCH_RENDER_ENABLED="false",
        TAMPERWATCH_URL_ALLOWLIST=json.dumps([f"127.0.0.1/32:{port}" for port in site_ports]),
    )
    env.update(settings)
    return env


def tw(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """One ``tamperwatch`` command, as typed."""
    command = [sys.executable, "-m", "tamperwatch", *args]
    return subprocess.run(
        command, env=env, input=stdin, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S
    )


@contextmanager
def serve_child(env: dict[str, str], *options: str) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """``tamperwatch serve [options]`` until the block ends (SIGTERM); yields the process and the
    port it announced (waits on its log, never sleeps); its log is drained once the port is known."""
    command = [sys.executable, "-m", "tamperwatch", "serve", *options]
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert proc.stderr is not None
    try:
        port = 0
        for line in proc.stderr:  # blocks until the next log line: no sleeping
            found = SERVING.search(line)
            if found:
                port = int(found.group(1))
                break
        assert port, "serve ended before announcing its port"
        threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep its log pipe from filling
        yield proc, port
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=STOP_TIMEOUT_S)


@contextmanager
def running_serve(env: dict[str, str]) -> Iterator[int]:
    """``tamperwatch serve`` until the block ends (SIGTERM); yields the port it announced."""
    with serve_child(env) as (_, port):
        yield port

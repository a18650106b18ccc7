"""Exit statuses for monitoring systems (Nagios plugin convention), against a local site:
`check` 0 clean, 1 suspicious, 2 defaced, 3 unavailable or refused; `run --once` 2 when a
target is defaced, 3 when one is unavailable, 0 otherwise or with --exit-zero."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from tamperwatch.cli.checks import CHECK_EXIT, run_exit
from tamperwatch.models import Status

PAGE = (
    "<html><head><title>Riverton council</title></head><body><header><nav><a href='/a'>About</a>"
    "<a href='/n'>News</a></nav></header><main><h1>Council news</h1><ul>{items}</ul></main>"
    "<footer>(c) Riverton</footer></body></html>"
)
DEFACED = (
    "<html><head><title>Hacked by Shadow Team</title></head><body style='background:black'>"
    "<h1>HACKED BY SHADOW TEAM</h1><p>Your security is an illusion. Greetz to all crew.</p>"
    "<script src='https://evil-cdn.example/x.js'></script></body></html>"
)


class Site(BaseHTTPRequestHandler):
    defaced: ClassVar[set[str]] = set()
    served = 0

    def do_GET(self) -> None:
        Site.served += 1
        if self.path.startswith("/missing"):
            self.send_error(404)
            return
        if self.path in Site.defaced:
            body = DEFACED
        else:
            n = Site.served
            body = PAGE.format(
                items="".join(f"<li><a href='/n/{n}-{i}'>Story {n}-{i}</a></li>" for i in range(3))
            )
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def site() -> Iterator[int]:
    Site.defaced.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()


def _env(tmp_path: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAMPERWATCH_")}
    env.update(
        TAMPERWATCH_DATA_DIR=str(tmp_path / "data"),
        TAMPERWATCH_URL_ALLOWLIST=f'["127.0.0.1/32:{port}"]',
        TAMPERWATCH_RENDER_ENABLED="false",
        TAMPERWATCH_CLOAKING_ENABLED="false",
        TAMPERWATCH_LEARN_CAPTURES="1",
        TAMPERWATCH_LOG_JSON="false",
    )
    return env


def tw(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tamperwatch", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_the_tables_follow_nagios() -> None:
    assert CHECK_EXIT == {
        Status.CLEAN: 0,
        Status.LEARNING: 0,
        Status.SUSPICIOUS: 1,
        Status.DEFACED: 2,
        Status.UNAVAILABLE: 3,
    }
    assert run_exit({"clean": 3, "suspicious": 1}) == 0
    assert run_exit({"clean": 3, "unavailable": 1}) == 3
    assert run_exit({"unavailable": 1, "defaced": 1}) == 2
    assert run_exit({"clean": 2}, failed=1) == 3


def test_check_exit_statuses(tmp_path: Path, site: int) -> None:
    env = _env(tmp_path, site)
    base = f"http://127.0.0.1:{site}"
    Site.defaced.add("/defaced")
    seen = {}
    for path in ("/", "/defaced", "/missing"):
        done = tw(env, "check", f"{base}{path}", "--json")
        status = Status(json.loads(done.stdout)["status"])
        assert done.returncode == CHECK_EXIT[status], done.stdout + done.stderr
        seen[path] = status
    assert seen["/defaced"] is Status.DEFACED and seen["/missing"] is Status.UNAVAILABLE
    assert seen["/"] in (Status.CLEAN, Status.SUSPICIOUS)  # judged cold, with no history
    refused = tw(env, "check", "http://10.0.0.1/", "--json")  # the URL policy refuses private addresses
    assert refused.returncode == 3 and json.loads(refused.stdout)["status"] == "unavailable"


def test_run_once_exit_statuses(tmp_path: Path, site: int) -> None:
    env = _env(tmp_path, site)
    base = f"http://127.0.0.1:{site}"
    assert tw(env, "add", f"{base}/", "--interval", "60s").returncode == 0
    assert tw(env, "add", f"{base}/news", "--interval", "60s").returncode == 0
    first = tw(env, "run", "--once")
    assert first.returncode == 0, first.stdout + first.stderr  # learning
    assert tw(env, "run", "--once").returncode == 0  # clean

    assert tw(env, "add", f"{base}/missing", "--interval", "60s").returncode == 0
    unavailable = tw(env, "run", "--once")
    assert unavailable.returncode == 3, unavailable.stdout + unavailable.stderr
    assert tw(env, "run", "--once", "--exit-zero").returncode == 0

    Site.defaced.add("/news")
    defaced = tw(env, "run", "--once", "--json")
    assert defaced.returncode == 2, defaced.stdout + defaced.stderr
    assert '"defaced": 1' in defaced.stdout
    assert tw(env, "run", "--once", "--exit-zero").returncode == 0

"""The CLI end to end against a local site: add, import, list, check, run --once, incidents, verify."""

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

from tamperwatch.notify.signature import SIGNATURE_HEADER, verify_signature

PAGE = (
    "<html><head><title>Riverton</title></head><body><header class='top'><nav class='menu'>"
    "<a href='/a'>A</a></nav></header><main class='content'><h1>News</h1><ul class='news'>{items}</ul>"
    "{extra}</main><footer class='foot'>(c) Riverton</footer></body></html>"
)
DEFACED = (
    "<html><head><title>Hacked by Shadow Team</title></head><body style='background:black'>"
    "<h1>HACKED BY SHADOW TEAM</h1><p>Your security is an illusion. Greetz to all crew.</p>"
    "<script src='https://evil-cdn.example/x.js'></script></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    counter = 0
    defaced: ClassVar[set[str]] = set()

    def do_GET(self) -> None:
        Handler.counter += 1
        if self.path in Handler.defaced:
            body = DEFACED
        else:
            n = Handler.counter
            body = PAGE.format(
                items="".join(f"<li><a href='/n/{n}-{i}'>Story {n}-{i}</a></li>" for i in range(4)), extra=""
            )
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        return None


class Hooks(BaseHTTPRequestHandler):
    """A webhook endpoint that keeps what it receives: (signature header, body)."""

    received: ClassVar[list[tuple[str, bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        Hooks.received.append((self.headers.get(SIGNATURE_HEADER, ""), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return None


def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()


@pytest.fixture
def hooks() -> Iterator[int]:
    Hooks.received.clear()
    yield from serve(Hooks)


@pytest.fixture
def site() -> Iterator[int]:
    yield from serve(Handler)


def tw(env: dict[str, str], *args: str, ok: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "tamperwatch", *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode in ok, f"{args}: rc={proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_watch_detect_and_review_from_the_command_line(tmp_path: Path, site: int, hooks: int) -> None:
    env = dict(
        os.environ,
        TAMPERWATCH_DATA_DIR=str(tmp_path / "data"),
        TAMPERWATCH_LOG_JSON="false",
        TAMPERWATCH_URL_ALLOWLIST=f'["127.0.0.1/32:{site}"]',
        TAMPERWATCH_WEBHOOK_URLS=f'["http://127.0.0.1:{hooks}/hook"]',
        TAMPERWATCH_WEBHOOK_SECRET="s3cret",
    )
    base = f"http://127.0.0.1:{site}"
    tw(env, "add", f"{base}/", "--interval", "60s", "--tag", "portal")
    (tmp_path / "t.yaml").write_text(f"targets:\n  - url: {base}/news\n    interval: 2m\n  - {base}/about\n")
    assert json.loads(tw(env, "import", str(tmp_path / "t.yaml"), "--json").stdout) == {
        "added": 2,
        "skipped_existing": 0,
    }
    dup = tw(env, "add", f"{base}/", ok=(2,))
    assert "already watching" in dup.stderr
    listed = json.loads(tw(env, "list", "--json").stdout)
    assert [t["url"] for t in listed] == [f"{base}/", f"{base}/news", f"{base}/about"]
    assert listed[1]["interval_s"] == 120 and listed[0]["tags"] == ["portal"]

    for _ in range(4):  # learn, then clean checks of pages that change every time
        stats_path = tmp_path / "stats.json"
        tw(env, "run", "--once", "--stats-json", str(stats_path))
    stats = json.loads(stats_path.read_text())
    assert stats["checks"] == 3 and stats["by_status"] == {"clean": 3}
    assert set(stats["stages"]) >= {"fetch", "detect", "store"}

    Handler.defaced.update({"/news", "/unwatched-defaced"})
    verdict = tw(env, "check", f"{base}/news", "--json", ok=(2,))  # Nagios: 2 is critical
    assert json.loads(verdict.stdout)["status"] == "defaced"
    incidents = json.loads(tw(env, "incidents", "list", "--json").stdout)
    assert len(incidents) == 1 and incidents[0]["kind"] == "defaced" and incidents[0]["url"] == f"{base}/news"
    incident = str(incidents[0]["id"])
    tw(env, "incidents", "ack", incident, "--note", "on it", "--by", "alice")
    shown = json.loads(tw(env, "incidents", "show", incident, "--json").stdout)
    assert shown["state"] == "acknowledged" and shown["note"] == "on it"
    tw(env, "incidents", "comment", incident, "--note", "the home page only", "--by", "bob")
    tw(env, "incidents", "resolve", incident, "--by", "alice")
    again = tw(env, "incidents", "resolve", incident, ok=(2,))  # not in the state table: refused
    assert again.stdout == "" and len(again.stderr.strip().splitlines()) == 1
    assert "resolved" in again.stderr and "reopened" in again.stderr  # says what is allowed instead
    evidence = tmp_path / "evidence"
    tw(env, "incidents", "show", incident, "--export", str(evidence))
    assert b"HACKED BY SHADOW TEAM" in (evidence / "after.html").read_bytes()
    assert "+<html><head><title>Hacked by Shadow Team" in (evidence / "diff.txt").read_text()
    exported = json.loads((evidence / "incident.json").read_text())
    history = [(e["change"], e["actor"], e.get("note", "")) for e in exported["history"]]
    assert history[1:] == [
        ("acknowledged", "alice", "on it"),
        ("commented", "bob", "the home page only"),
        ("resolved", "alice", ""),
    ]
    tw(env, "incidents", "reopen", incident, "--by", "carol")
    unsure = tw(env, "incidents", "false-positive", incident, ok=(2,))  # the page reads as defaced
    assert "--force" in unsure.stderr and len(unsure.stderr.strip().splitlines()) == 1
    tw(env, "incidents", "false-positive", incident, "--force", "--by", "carol")
    forced = json.loads(tw(env, "incidents", "show", incident, "--json").stdout)
    assert forced["state"] == "false-positive" and forced["history"][-1]["forced"] is True
    # one signed message per change, also for changes made from the command line
    changes = [json.loads(body)["change"] for _, body in Hooks.received]
    assert changes == ["opened", "acknowledged", "commented", "resolved", "reopened", "false-positive"]
    assert all(verify_signature("s3cret", header, body) for header, body in Hooks.received)
    assert "ok" in tw(env, "archive", "verify").stdout.lower()

    cold = json.loads(tw(env, "check", f"{base}/unwatched-defaced", "--json", ok=(2,)).stdout)
    assert cold["status"] == "defaced" and any("not watched" in r for r in cold["reasons"])
    assert len(json.loads(tw(env, "list", "--json").stdout)) == 3, "a one-off check must not add a target"
    blocked = tw(env, "check", "http://10.0.0.1/", "--json", ok=(3,))  # refused: unknown
    assert json.loads(blocked.stdout)["status"] == "unavailable"
    bad = tw(env, "add", "ftp://example.org/", ok=(2,))
    assert "not an http" in bad.stderr

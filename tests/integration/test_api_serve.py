"""The REST API inside a real `tamperwatch serve` on 127.0.0.1: the first admin made on the command
line logs in, adds a page served on loopback, has it checked now, reads its signed observations
and sees the change in the audit log; disabling the user on the command line ends the session."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from support.serve_process import running_serve, serve_env, tw

PASSWORD = "correct horse battery"
PAGE = b"<html><head><title>Portal</title></head><body><h1>Welcome</h1><p>News of the day.</p></body></html>"


class Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def site() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def serve(tmp_path: Path, site: int) -> Iterator[tuple[dict[str, str], int]]:
    env = serve_env(tmp_path / "data", [site])
    made = tw(env, "user", "add", "alice", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    with running_serve(env) as port:
        yield env, port


def test_an_admin_made_on_the_command_line_works_through_the_api_of_serve(
    serve: tuple[dict[str, str], int], site: int
) -> None:
    env, port = serve
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
        assert client.get("/api/v1/targets").status_code == 401
        login = client.post("/api/v1/session", json={"name": "alice", "password": PASSWORD})
        assert login.status_code == 200, login.text
        csrf = {"X-CSRF-Token": login.json()["csrf_token"]}
        made = client.post("/api/v1/targets", json={"url": f"http://127.0.0.1:{site}/"}, headers=csrf)
        assert made.status_code == 201, made.text
        target_id = made.json()["id"]
        checked = client.post(f"/api/v1/targets/{target_id}/check", headers=csrf)
        assert checked.status_code == 200, checked.text
        assert checked.json()["status"] in ("learning", "clean")
        observations = client.get(f"/api/v1/targets/{target_id}/observations").json()["items"]
        assert observations and all(o["signature"] for o in observations)
        assert observations[0]["http_status"] == 200
        body = client.get(f"/api/v1/captures/{observations[0]['content_hash']}/body")
        assert body.content == PAGE and body.headers["content-disposition"].startswith("attachment")
        audit = client.get("/api/v1/audit").json()["items"]
        actions = [(e["actor"], e["action"], e["remote"]) for e in audit]
        assert ("alice", "POST /api/v1/targets", "127.0.0.1") in actions
        assert ("alice", "login", "127.0.0.1") in actions
        assert "unsafe-inline" not in login.headers["content-security-policy"]
        disabled = tw(env, "user", "disable", "alice")
        assert disabled.returncode == 0, disabled.stderr
        assert client.get("/api/v1/session").status_code == 401

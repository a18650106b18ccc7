"""``tamperwatch serve --host/--port/--tls-cert/--tls-key``: the options win over the settings of
the same name, and with a certificate serve answers HTTPS itself (secure cookies, HSTS)."""

from __future__ import annotations

import socket
import ssl
from pathlib import Path

import httpx
import pytest
from support.certificates import make_certificate
from support.serve_process import serve_child, serve_env


def test_port_given_on_the_command_line_wins_over_the_setting(tmp_path: Path) -> None:
    with socket.socket() as taken:  # the setting names a port another program holds
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        env = serve_env(tmp_path / "data", [], TAMPERWATCH_PORT=str(taken.getsockname()[1]))
        with serve_child(env, "--host", "127.0.0.1", "--port", "0") as (_, port):
            assert port != taken.getsockname()[1]
            assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=30).status_code == 200


def test_with_a_certificate_serve_answers_https_itself(tmp_path: Path) -> None:
    cert, key, _ = make_certificate(tmp_path)
    env = serve_env(tmp_path / "data", [])
    with serve_child(env, "--port", "0", "--tls-cert", str(cert), "--tls-key", str(key)) as (_, port):
        trusted = ssl.create_default_context(cafile=str(cert))
        answer = httpx.get(f"https://127.0.0.1:{port}/healthz", verify=trusted, timeout=30)
        assert answer.status_code == 200
        assert "max-age" in answer.headers.get("strict-transport-security", "")
        with pytest.raises(httpx.HTTPError):  # plain HTTP on the TLS port is never answered in clear
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=30)

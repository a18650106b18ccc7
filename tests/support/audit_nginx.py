"""nginx (Debian package) on loopback serving three sites for the audit tests: a well-configured
https site, a badly configured one (legacy TLS, weak ciphers, a certificate about to expire,
an exposed .git/, a backup, an admin panel, directory listing, no security headers) and a
soft-404 site that answers its home page (with a login box) for every path."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

from bench.nginx import free_port, wait_for_port
from support.certificates import make_local_ca

INTERMEDIATE = (
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
    "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"
)
GOOD_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'self'"
)
GOOD_HEADERS = f"""
        add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;
        add_header Content-Security-Policy "{GOOD_CSP}" always;
        add_header X-Content-Type-Options nosniff always;
        add_header X-Frame-Options DENY always;
        add_header Referrer-Policy no-referrer always;
"""
HEAD = """\
daemon off;
master_process off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
{user_line}
events {{ worker_connections 256; }}
http {{
    types {{ text/html html; text/plain txt; application/zip zip; application/javascript js; }}
    default_type application/octet-stream;
    access_log off;
    server_tokens on;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
"""
SERVERS = """\
    server {{
        listen 127.0.0.1:{good} ssl;
        ssl_certificate {good_chain}; ssl_certificate_key {good_key};
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_ciphers {intermediate};
        root {prefix}/good;
{good_headers}
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
    server {{
        listen 127.0.0.1:{bad} ssl;
        ssl_certificate {bad_chain}; ssl_certificate_key {bad_key};
        ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
        ssl_ciphers "ALL:@SECLEVEL=0";
        root {prefix}/bad;
        location /uploads/ {{ autoindex on; }}
    }}
    server {{
        listen 127.0.0.1:{soft};
        root {prefix}/soft;
        location / {{ try_files $uri /index.html; }}
    }}
"""
GOOD_HOME = b"""<!doctype html><html><head><title>City portal</title><link rel="stylesheet" href="/site.css">
</head><body><h1>City portal</h1><p>Opening hours and news.</p></body></html>"""
BAD_HOME = b"""<!doctype html><html><head><title>Old portal</title>
<meta name="generator" content="WordPress 5.8.1">
<script src="http://cdn.example.net/jquery-1.12.4.min.js"></script></head>
<body><h1>Old portal</h1><form action="/search"><input name="q"></form></body></html>"""
ADMIN = b"""<!doctype html><html><head><title>Admin</title></head><body>
<form method="post" action="/admin/login">
<input name="user"><input type="password" name="password"><button>Sign in</button></form></body></html>"""
SOFT_HOME = b"""<!doctype html><html><head><title>Town hall</title></head><body><h1>Town hall</h1>
<p>Welcome. Members sign in below.</p><form method="post" action="/signin"><input name="user">
<input type="password" name="password"></form></body></html>"""


@dataclass
class AuditSites:
    """``with AuditSites(nginx_binary, folder) as sites:``; URLs in ``good``, ``bad``, ``soft``."""

    binary: Path
    prefix: Path

    def __post_init__(self) -> None:
        self.ports = {name: free_port() for name in ("good", "bad", "soft")}
        self.process: subprocess.Popen[bytes] | None = None
        self.ca_bundle = self.prefix / "ca-bundle.pem"

    @property
    def good(self) -> str:
        return f"https://127.0.0.1:{self.ports['good']}/"

    @property
    def bad(self) -> str:
        return f"https://127.0.0.1:{self.ports['bad']}/"

    @property
    def soft(self) -> str:
        return f"http://127.0.0.1:{self.ports['soft']}/"

    def _write_sites(self) -> dict[str, Path]:
        files = {
            "good/index.html": GOOD_HOME,
            "good/site.css": b"body { font-family: serif; }",
            "bad/index.html": BAD_HOME,
            "bad/.git/HEAD": b"ref: refs/heads/master\n",
            "bad/.git/config": b"[core]\n\trepositoryformatversion = 0\n",
            "bad/backup.zip": b"PK\x03\x04" + bytes(64),
            "bad/admin/index.html": ADMIN,
            "bad/uploads/report.pdf": b"%PDF-1.4",
            "soft/index.html": SOFT_HOME,
        }
        for name, body in files.items():
            path = self.prefix / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body)
        (self.prefix / "good-ca").mkdir()
        (self.prefix / "bad-ca").mkdir()
        good_ca, good_chain, good_key = make_local_ca(self.prefix / "good-ca", days=90)
        bad_ca, bad_chain, bad_key = make_local_ca(self.prefix / "bad-ca", days=10)
        self.ca_bundle.write_bytes(good_ca.read_bytes() + bad_ca.read_bytes())
        return {"good_chain": good_chain, "good_key": good_key, "bad_chain": bad_chain, "bad_key": bad_key}

    def __enter__(self) -> Self:
        certs = self._write_sites()
        servers = SERVERS.format(
            prefix=self.prefix, intermediate=INTERMEDIATE, good_headers=GOOD_HEADERS, **self.ports, **certs
        )
        self.process = start_nginx(self.binary, self.prefix, servers, list(self.ports.values()))
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        process, self.process = self.process, None
        if process is not None:
            stop_nginx(process)


def start_nginx(binary: Path, prefix: Path, servers: str, ports: list[int]) -> subprocess.Popen[bytes]:
    """nginx in the foreground with ``servers`` (``server { ... }`` blocks) inside ``HEAD``'s http
    block, every path under ``prefix``; returns once every port listens."""
    import os

    (prefix / "tmp").mkdir(parents=True, exist_ok=True)
    conf = prefix / "nginx.conf"
    user_line = "user root;" if os.geteuid() == 0 else ""
    conf.write_text(HEAD.format(prefix=prefix, user_line=user_line) + servers + "}\n")
    process = subprocess.Popen(
        [str(binary), "-p", str(prefix), "-e", str(prefix / "error.log"), "-c", str(conf)],
        stdin=subprocess.DEVNULL,
    )
    try:
        for port in ports:
            wait_for_port(port, 10.0, process)
    except BaseException:
        stop_nginx(process)
        raise
    return process


def stop_nginx(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

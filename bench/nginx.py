"""nginx on loopback for the bench: a generated config in its own prefix, started and always stopped."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Self

import psutil

CONFIG_TEMPLATE = """\
daemon off;
master_process on;
worker_processes {workers};
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
{user_line}
events {{ worker_connections 1024; }}
http {{
    types {{ text/html html; }}
    default_type text/html;
    access_log off;
    log_format swaplog '$msec $uri';
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 30s;
    keepalive_requests 100000;
{validators}
    open_file_cache max=4096 inactive=60s;
    open_file_cache_valid 1s;
    gzip {gzip};
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {webroot};
        # /v/<n>/<page>.html: the same page under many distinct target URLs (serve memory bench).
        rewrite ^/v/[0-9]+/([^/]+)$ /$1 last;
        location / {{ try_files $uri =404; }}
        # /s/<scenario>.html: real-change targets; each request is logged so that a long-running
        # serve's target can get its next snapshot between two of its checks.
        location /s/ {{ access_log {prefix}/scenarios.log swaplog; try_files $uri =404; }}
    }}
}}
"""


# ETags off: no ETag, no Last-Modified (an empty add_header removes nginx's own), and an
# If-Modified-Since or If-None-Match from a client is ignored: every check is a 200 with the body.
VALIDATORS_ON = "    etag on;"
VALIDATORS_OFF = '    etag off;\n    if_modified_since off;\n    add_header Last-Modified "";'


def render_config(
    prefix: Path, webroot: Path, port: int, workers: int = 1, gzip: bool = False, etag: bool = True
) -> str:
    """nginx.conf serving ``webroot`` on 127.0.0.1:``port`` with every path under ``prefix``;
    ``etag=False`` serves no validator at all (no ETag, no Last-Modified, never a 304)."""
    user_line = "user root;" if os.geteuid() == 0 else ""
    return CONFIG_TEMPLATE.format(
        validators=VALIDATORS_ON if etag else VALIDATORS_OFF,
        prefix=prefix,
        webroot=webroot,
        port=port,
        workers=workers,
        gzip="on" if gzip else "off",
        user_line=user_line,
    )


def free_port() -> int:
    """A loopback TCP port free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, deadline_s: float, process: subprocess.Popen[bytes]) -> None:
    """Return once 127.0.0.1:``port`` accepts connections; raise if ``process`` exits or time runs out."""
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited with {process.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nginx did not listen on port {port} within {deadline_s} s")


class NginxServer:
    """A private nginx (master + workers) serving ``webroot``; use it as a context manager."""

    def __init__(self, binary: Path, prefix: Path, webroot: Path, workers: int = 1, gzip: bool = False):
        self.binary, self.prefix, self.webroot = binary, prefix, webroot
        self.workers, self.gzip = workers, gzip
        self.etag = True
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        for sub in ("tmp", "logs"):
            (self.prefix / sub).mkdir(parents=True, exist_ok=True)
        conf = self.write_config()
        self.process = subprocess.Popen(
            [str(self.binary), "-p", str(self.prefix), "-e", str(self.prefix / "error.log"), "-c", str(conf)],
            stdin=subprocess.DEVNULL,
        )
        try:
            wait_for_port(self.port, 10.0, self.process)
        except BaseException:
            self.stop()
            raise

    @property
    def access_log(self) -> Path:
        """Where requests for the real-change targets (``/s/...``) are logged: ``$msec $uri``."""
        return self.prefix / "scenarios.log"

    def write_config(self) -> Path:
        conf = self.prefix / "nginx.conf"
        conf.write_text(
            render_config(self.prefix, self.webroot, self.port, self.workers, self.gzip, self.etag)
        )
        return conf

    def reload(self, etag: bool, probe_path: str, deadline_s: float = 15.0) -> None:
        """Switch ETags (and Last-Modified) on or off with a graceful reload (SIGHUP: new workers,
        the old ones finish); returns once ``probe_path`` is served the new way."""
        if self.process is None or self.process.poll() is not None:
            raise RuntimeError("nginx is not running")
        self.etag = etag
        self.write_config()
        self.process.send_signal(signal.SIGHUP)
        end = time.monotonic() + deadline_s
        while time.monotonic() < end:
            try:
                request = urllib.request.Request(f"{self.base_url}{probe_path}", method="HEAD")
                with urllib.request.urlopen(request, timeout=2) as response:
                    if (response.headers.get("ETag") is not None) == etag and (
                        response.headers.get("Last-Modified") is not None
                    ) == etag:
                        return
            except OSError:
                pass
            time.sleep(0.1)
        raise TimeoutError(f"nginx did not switch ETags {'on' if etag else 'off'} within {deadline_s} s")

    def cpu_seconds(self) -> float:
        """User + system CPU of the master and its workers so far."""
        if self.process is None or self.process.poll() is not None:
            return 0.0
        try:
            master = psutil.Process(self.process.pid)
            total = 0.0
            for proc in [master, *master.children(recursive=True)]:
                times = proc.cpu_times()
                total += times.user + times.system
            return total
        except psutil.Error:
            return 0.0

    def stop(self) -> None:
        """Stop nginx quickly (SIGTERM, then SIGKILL); safe to call twice."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

"""nginx on loopback for the bench: a generated config in its own prefix, started and always stopped."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
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
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 30s;
    keepalive_requests 100000;
    etag on;
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
    }}
}}
"""


def render_config(prefix: Path, webroot: Path, port: int, workers: int = 1, gzip: bool = False) -> str:
    """nginx.conf serving ``webroot`` on 127.0.0.1:``port`` with every path under ``prefix``."""
    user_line = "user root;" if os.geteuid() == 0 else ""
    return CONFIG_TEMPLATE.format(
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
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        for sub in ("tmp", "logs"):
            (self.prefix / sub).mkdir(parents=True, exist_ok=True)
        conf = self.prefix / "nginx.conf"
        conf.write_text(render_config(self.prefix, self.webroot, self.port, self.workers, self.gzip))
        self.process = subprocess.Popen(
            [str(self.binary), "-p", str(self.prefix), "-e", str(self.prefix / "error.log"), "-c", str(conf)],
            stdin=subprocess.DEVNULL,
        )
        try:
            wait_for_port(self.port, 10.0, self.process)
        except BaseException:
            self.stop()
            raise

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

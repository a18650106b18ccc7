"""Audit bench: hardening audits per minute over many local sites, and the CPU of one audit.

One nginx (Debian package) listens on SITES loopback ports, each a badly configured site (a page
with third-party scripts and a login form, an exposed .git/, a backup archive, an admin panel,
a directory listing); the audit runs in this process with the settings' site concurrency. Plain
http by default (no TLS scan); ``--https`` serves every site over TLS 1.2/1.3 with a certificate
from a local CA, so each audit also runs its sslyze scan (protocols, ciphers, certificate,
OCSP stapling).
Audits per minute = sites / wall time; CPU per audit = this process's user + system CPU / sites
(nginx's CPU is reported apart).

Usage: python -m bench.audit [--sites N] [--concurrency C] [--https] [--json bench/out/audit.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from bench.installs import ensure_apt_command
from bench.nginx import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from support.certificates import make_local_ca  # noqa: E402

SITES = 500
CONCURRENCY = 16
WORKER_CONNECTIONS = 4096
PAGE = b"""<!doctype html><html><head><title>Portal</title><meta name="generator" content="WordPress 5.8.1">
<script src="https://cdn.example.net/jquery-3.4.1.min.js"></script></head><body><h1>Portal</h1>
<form action="/login" method="post"><input name="u"><input type="password" name="p"></form></body></html>"""
FILES = {
    "index.html": PAGE,
    ".git/HEAD": b"ref: refs/heads/main\n",
    "backup.zip": b"PK\x03\x04" + bytes(64),
    "admin/index.html": b'<html><form method="post"><input type="password" name="p"></form></html>',
    "uploads/a.txt": b"a",
}


def nginx_config(prefix: Path, ports: list[int], tls: tuple[Path, Path] | None = None) -> str:
    ssl = " ssl" if tls else ""
    listens = "\n".join(f"        listen 127.0.0.1:{port}{ssl};" for port in ports)
    if tls:
        listens += f"\n        ssl_certificate {tls[0]}; ssl_certificate_key {tls[1]};"
        listens += "\n        ssl_protocols TLSv1.2 TLSv1.3; ssl_session_cache shared:tls:10m;"
    user = "user root;" if os.geteuid() == 0 else ""
    return f"""daemon off;
master_process off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log error;
{user}
events {{ worker_connections {WORKER_CONNECTIONS}; }}
http {{
    types {{ text/html html; text/plain txt; application/zip zip; }}
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
{listens}
        root {prefix}/www;
        location /uploads/ {{ autoindex on; }}
    }}
}}
"""


def measure(sites: int, concurrency: int, https: bool = False) -> dict[str, float]:
    from tamperwatch.audit.runner import run_audit
    from tamperwatch.settings import Settings

    nginx = ensure_apt_command("nginx", "nginx")
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder)
        for name, body in FILES.items():
            (prefix / "www" / name).parent.mkdir(parents=True, exist_ok=True)
            (prefix / "www" / name).write_bytes(body)
        (prefix / "tmp").mkdir()
        ca: Path | None = None
        tls: tuple[Path, Path] | None = None
        if https:
            ca, chain, key = make_local_ca(prefix)
            tls = (chain, key)
        found: set[int] = set()
        while len(found) < sites:
            found.add(free_port())
        ports = sorted(found)
        (prefix / "nginx.conf").write_text(nginx_config(prefix, ports, tls))
        process = subprocess.Popen([str(nginx), "-p", str(prefix), "-c", str(prefix / "nginx.conf")])
        try:
            wait_for_port(ports[-1], 10.0, process)
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None,
                data_dir=prefix / "data",
                url_allowlist=[f"127.0.0.1/32:{port}" for port in ports],
                audit_site_concurrency=concurrency,
                audit_ca_file=ca,
            )
            scheme = "https" if https else "http"
            urls = [f"{scheme}://127.0.0.1:{port}/" for port in ports]
            server = psutil.Process(process.pid)
            nginx_before = sum(server.cpu_times()[:2])
            before = resource.getrusage(resource.RUSAGE_SELF)
            started = time.perf_counter()
            reports = asyncio.run(run_audit(settings, urls, tls=https))
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_SELF)
            nginx_cpu = sum(server.cpu_times()[:2]) - nginx_before
        finally:
            process.terminate()
            process.wait(timeout=10)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    audited = [r for r in reports if not r.error]
    complete = sum(
        1 for r in audited if {"git-exposed", "site-backup", "admin-panel"} <= {f.check for f in r.findings}
    )
    return {
        "sites": len(urls),
        "audited": len(audited),
        "complete": complete,
        "wall_s": round(wall, 2),
        "audits_per_minute": round(len(urls) / wall * 60, 1),
        "cpu_ms_per_audit": round(cpu / len(urls) * 1000, 2),
        "requests_per_audit": round(sum(r.requests for r in reports) / len(urls), 1),
        "nginx_cpu_ms_per_audit": round(nginx_cpu / len(urls) * 1000, 2),
        "concurrency": concurrency,
        "https": https,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=SITES)
    parser.add_argument("--concurrency", type=int, default=CONCURRENCY)
    parser.add_argument("--https", action="store_true", help="serve the sites over TLS and scan it")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    result = measure(args.sites, args.concurrency, args.https)
    args.json = args.json or Path(f"bench/out/audit{'-https' if args.https else ''}.json")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"audit{' (https, TLS scan)' if args.https else ''}: {result['audits_per_minute']} audits/min "
        f"over {result['sites']} local sites "
        f"({result['cpu_ms_per_audit']} ms CPU and {result['requests_per_audit']} requests per audit, "
        f"nginx {result['nginx_cpu_ms_per_audit']} ms; "
        f"{result['complete']}/{result['sites']} with every planted finding)"
    )
    return 0 if result["complete"] == result["sites"] else 1


if __name__ == "__main__":
    sys.exit(main())

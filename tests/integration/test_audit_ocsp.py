"""OCSP stapling seen by the audit's sslyze scan, against nginx (Debian package) stapling
responses a local CA signed (``ssl_stapling_file``: nginx asks no responder, nor does sslyze)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.ocsp import OCSPCertStatus
from support.audit_nginx import start_nginx, stop_nginx
from support.ocsp import OcspCa

from bench.installs import find_command
from bench.nginx import free_port
from tamperwatch.audit.runner import run_audit
from tamperwatch.audit.tls import run_scan
from tamperwatch.settings import Settings

SERVER = """
    server {{
        listen 127.0.0.1:{port} ssl;
        ssl_certificate {chain}; ssl_certificate_key {key};
        ssl_protocols TLSv1.2 TLSv1.3;
        {stapling}
        location / {{ return 200 "ok"; }}
    }}
"""
OCSP_CHECKS = {"tls-ocsp-stapling", "tls-ocsp-must-staple", "tls-ocsp-stapled-invalid", "tls-cert-revoked"}
# site -> (leaf options, stapled status or None)
SITES = {
    "unstapled": ({"responder": True}, None),
    "must-staple": ({"must_staple": True}, None),
    "stapled-good": ({"responder": True}, OCSPCertStatus.GOOD),
    "stapled-revoked": ({"responder": True}, OCSPCertStatus.REVOKED),
}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, int], Path]]:
    nginx = find_command("nginx")
    if nginx is None:
        pytest.skip("nginx is not installed (make test installs it)")
    prefix = tmp_path_factory.mktemp("nginx-ocsp")
    ca = OcspCa()
    ports = {name: free_port() for name in SITES}
    servers = []
    for name, (options, status) in SITES.items():
        leaf = ca.leaf(**options)
        chain, key = ca.write(prefix, name, leaf)
        stapling = ""
        if status is not None:
            staple = prefix / f"{name}.der"
            staple.write_bytes(ca.response(leaf, status).public_bytes(Encoding.DER))
            stapling = f"ssl_stapling on; ssl_stapling_file {staple};"
        servers.append(SERVER.format(port=ports[name], chain=chain, key=key, stapling=stapling))
    process = start_nginx(nginx, prefix, "".join(servers), list(ports.values()))
    try:
        yield ports, ca.write_ca(prefix / "ca.pem")
    finally:
        stop_nginx(process)


async def test_ocsp_stapling_findings(sites: tuple[dict[str, int], Path], tmp_path: Path) -> None:
    ports, ca_file = sites
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        url_allowlist=[f"127.0.0.1/32:{port}" for port in ports.values()],
        audit_ca_file=ca_file,
    )
    urls = {name: f"https://127.0.0.1:{port}/" for name, port in ports.items()}
    reports = {r.url: r for r in await run_audit(settings, list(urls.values()))}
    stapling = {name: {f.check for f in reports[url].findings} & OCSP_CHECKS for name, url in urls.items()}
    assert stapling == {
        "unstapled": {"tls-ocsp-stapling"},
        "must-staple": {"tls-ocsp-must-staple"},
        "stapled-good": set(),
        "stapled-revoked": {"tls-cert-revoked"},
    }


def test_a_scan_leaves_no_sslyze_thread_behind(sites: tuple[dict[str, int], Path]) -> None:
    """The CLI ends at once only when no other thread runs (``cli.entry.leave``)."""
    ports, ca_file = sites
    assert run_scan("127.0.0.1", ports["stapled-good"], "127.0.0.1", 5.0, ca_file) is not None
    left = [t for t in threading.enumerate() if type(t).__module__.startswith("sslyze")]
    assert left == []

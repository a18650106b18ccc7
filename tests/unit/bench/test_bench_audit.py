"""The audit bench's nginx config: every site's port on loopback, TLS when asked, accepted by nginx."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from support.certificates import make_local_ca

from bench.audit import nginx_config
from bench.installs import find_command


@pytest.mark.parametrize("https", [False, True])
def test_nginx_accepts_the_audit_bench_config(tmp_path: Path, https: bool) -> None:
    ports = [18181, 18182, 18183]
    tls = None
    if https:
        _ca, chain, key = make_local_ca(tmp_path)
        tls = (chain, key)
    (tmp_path / "tmp").mkdir()
    conf = nginx_config(tmp_path, ports, tls)
    for port in ports:
        assert f"listen 127.0.0.1:{port}{' ssl' if https else ''};" in conf
    nginx = find_command("nginx")
    if nginx is None:
        pytest.skip("nginx not installed")
    (tmp_path / "nginx.conf").write_text(conf)
    result = subprocess.run(
        [
            str(nginx),
            "-t",
            "-p",
            str(tmp_path),
            "-e",
            str(tmp_path / "error.log"),
            "-c",
            str(tmp_path / "nginx.conf"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr

"""The CLI's import reads the system CA folder lazily, and https verification stays what it was."""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import sys
from pathlib import Path

import pytest
from support.certificates import make_certificate

from tamperwatch.capture.lazy_trust import MISSING_BUNDLE, ca_folder_only, folder_trust_is_enough

FILE_ENV = ssl.get_default_verify_paths().openssl_cafile_env
DIR_ENV = ssl.get_default_verify_paths().openssl_capath_env


def hashed_folder(folder: Path, cert: Path) -> Path:
    """A CA folder as update-ca-certificates keeps it: the certificate under its subject hash."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command names hashed CA files")
    subject_hash = subprocess.run(
        [openssl, "x509", "-subject_hash", "-noout", "-in", str(cert)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    folder.mkdir()
    shutil.copy(cert, folder / f"{subject_hash}.0")
    return folder


def test_the_folder_is_used_only_when_it_holds_hashed_certificates_and_no_bundle_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "certs"
    folder.mkdir()
    monkeypatch.setenv(DIR_ENV, str(folder))
    monkeypatch.delenv(FILE_ENV, raising=False)
    assert not folder_trust_is_enough()  # an empty folder would trust nothing
    (folder / "0a1b2c3d.0").write_text("certificate")
    assert folder_trust_is_enough()
    monkeypatch.setenv(FILE_ENV, str(tmp_path / "company-ca.pem"))
    assert not folder_trust_is_enough()  # the user's own bundle is loaded as they asked


@pytest.mark.parametrize("named", [None, ssl.get_default_verify_paths().openssl_cafile])
def test_the_bundle_is_masked_only_inside_the_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: str | None
) -> None:
    folder = tmp_path / "certs"
    folder.mkdir()
    (folder / "0a1b2c3d.0").write_text("certificate")
    monkeypatch.setenv(DIR_ENV, str(folder))
    if named is None:
        monkeypatch.delenv(FILE_ENV, raising=False)
    else:
        monkeypatch.setenv(FILE_ENV, named)
    with ca_folder_only() as masked:
        assert masked and os.environ[FILE_ENV] == MISSING_BUNDLE
    assert os.environ.get(FILE_ENV) == named


CLIENT = """
import asyncio, ssl, sys
from tamperwatch.capture.lazy_trust import ca_folder_only
with ca_folder_only() as masked:
    import aiohttp
from aiohttp import web
from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.http import HttpFetcher
from tamperwatch.policy import UrlPolicy

async def fetch(cert, key):
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    app = web.Application()
    app.router.add_get("/", lambda request: web.Response(text="secure"))
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_context)
    await site.start()
    port = runner.addresses[0][1]
    fetcher = HttpFetcher(UrlPolicy([f"127.0.0.1/32:{port}"]))
    try:
        capture = await fetcher.fetch(FetchRequest(f"https://127.0.0.1:{port}/"))
    finally:
        await fetcher.aclose()
        await runner.cleanup()
    return capture.error_kind or capture.body.decode()

print(masked, asyncio.run(fetch(*sys.argv[1:3])), asyncio.run(fetch(*sys.argv[3:5])))
"""


def test_a_fetch_after_the_masked_import_verifies_against_the_folder(tmp_path: Path) -> None:
    (tmp_path / "trusted").mkdir()
    (tmp_path / "other").mkdir()
    trusted_cert, trusted_key, _ = make_certificate(tmp_path / "trusted")
    other_cert, other_key, _ = make_certificate(tmp_path / "other")
    folder = hashed_folder(tmp_path / "certs", trusted_cert)
    env = {k: v for k, v in os.environ.items() if k not in (FILE_ENV, DIR_ENV)}
    env[DIR_ENV] = str(folder)
    done = subprocess.run(
        [sys.executable, "-c", CLIENT, str(trusted_cert), str(trusted_key), str(other_cert), str(other_key)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "secure", "tls"]  # trusted from the folder; a stranger is not

"""Claim verification against a real web archive: pywb (from PyPI, in its own virtual environment
so its pins never meet tamperwatch's) replaying a WARC collection this test builds, on 127.0.0.1.

The environment is made once under ``~/.cache/tamperwatch-tests/pywb-venv`` (``XDG_CACHE_HOME``
honoured) with ``pip install pywb``; the test is skipped, saying why, only if that install fails.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from tamperwatch.capture.http import HttpFetcher
from tamperwatch.errors import ConfigError
from tamperwatch.settings import Settings
from tamperwatch.verify.cdx import CdxSource
from tamperwatch.verify.claim import Answer
from tamperwatch.verify.evidence import ArchivedCapture
from tamperwatch.verify.warc_write import write_warc

URL = "https://news.example.org/"
T = datetime(2025, 3, 1, 5, 0, tzinfo=UTC)
PIP_TIMEOUT_S = 900
START_TIMEOUT_S = 60
# The first test here also installs pywb into its own venv (on a fresh machine, minutes): the
# suite's 120 s limit per test would cut the install short and fail the test instead of skipping.
MODULE_TIMEOUT_S = PIP_TIMEOUT_S + 300

pytestmark = [pytest.mark.slow, pytest.mark.timeout(MODULE_TIMEOUT_S)]
HEAD = "<html lang='en'><head><title>Example News</title></head>"
ITEM = "<li><a href='/a/{i}'>City council report number {i} on the harbour budget</a></li>"
CLEAN = [
    HEAD
    + "<body><h1>Example News</h1><ul>"
    + "".join(ITEM.format(i=i) for i in range(n, n + 9))
    + "</ul></body></html>"
    for n in (0, 3)
]
DEFACED = (
    "<html><head><title>Hacked</title></head><body style='background:#000;color:#0f0;font:32px monospace'>"
    "<h1>HACKED BY LOOPBACK CREW</h1><p>Your security is an illusion.</p><p>Greetings to all friends</p>"
    "<p>Contact us at crew.example</p></body></html>"
)


def _cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tamperwatch-tests"


def _pywb_bin() -> Path:
    venv = _cache() / "pywb-venv"
    wayback = venv / "bin" / "wayback"
    if wayback.is_file():
        return venv / "bin"
    venv.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True, timeout=120)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", "pywb"],
            check=True,
            timeout=PIP_TIMEOUT_S,
            capture_output=True,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        pytest.skip(f"pywb could not be installed from PyPI: {exc} {detail.decode(errors='replace')[-300:]}")
    return venv / "bin"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Pywb:
    port: int
    root: Path

    @property
    def cdx_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/claims/cdx"


def _captures() -> list[ArchivedCapture]:
    times = [T - timedelta(days=30), T - timedelta(hours=8), T - timedelta(hours=2)]
    bodies = [CLEAN[0], CLEAN[1], DEFACED]
    return [
        ArchivedCapture(URL, when, body.encode(), "test") for when, body in zip(times, bodies, strict=True)
    ]


@pytest.fixture(scope="module")
def pywb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pywb]:
    bin_dir = _pywb_bin()
    root = tmp_path_factory.mktemp("pywb")
    warc = root / "claims.warc.gz"
    write_warc(warc, _captures(), with_requests=True, gzip_payloads=True)
    subprocess.run([str(bin_dir / "wb-manager"), "init", "claims"], cwd=root, check=True, capture_output=True)
    subprocess.run(
        [str(bin_dir / "wb-manager"), "add", "claims", str(warc)], cwd=root, check=True, capture_output=True
    )
    port = _free_port()
    log = (root / "wayback.log").open("wb")
    server = subprocess.Popen(
        [str(bin_dir / "wayback"), "--bind", "127.0.0.1", "--port", str(port)],
        cwd=root,
        stdout=log,
        stderr=log,
    )
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError(
                    f"pywb did not start: {(root / 'wayback.log').read_text()[-2000:]}"
                ) from None
            time.sleep(0.2)  # polling a starting server, bounded by the deadline above
    try:
        yield Pywb(port, root)
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def _settings(tmp_path: Path, pywb: Pywb, allow: bool = True) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        render_enabled=True,  # the suite turns rendering off by default; this test renders
        data_dir=tmp_path / "data",
        url_allowlist=[f"127.0.0.1/32:{pywb.port}"] if allow else [],
        cdx_url=pywb.cdx_url,
    )


async def test_captures_come_back_raw_with_their_times_through_the_url_policy(
    pywb: Pywb, tmp_path: Path
) -> None:
    fetcher = HttpFetcher.from_settings(_settings(tmp_path, pywb))
    try:
        found = await CdxSource(pywb.cdx_url, fetcher).captures(URL, T)
    finally:
        await fetcher.aclose()
    by_time = {c.time: c.html for c in found}
    for expected in _captures():
        assert by_time[expected.time] == expected.html  # id_ replay: the archived bytes, not rewritten


async def test_loopback_archive_is_refused_unless_the_allowlist_opens_it(pywb: Pywb, tmp_path: Path) -> None:
    fetcher = HttpFetcher.from_settings(_settings(tmp_path, pywb, allow=False))
    try:
        with pytest.raises(ConfigError, match="CDX query failed"):
            await CdxSource(pywb.cdx_url, fetcher).captures(URL, T)
    finally:
        await fetcher.aclose()


@pytest.mark.browser
async def test_a_genuine_claim_is_confirmed_from_the_web_archive_alone(pywb: Pywb, tmp_path: Path) -> None:
    from tamperwatch.capture.renderer import why_no_renderer
    from tamperwatch.verify.render import VIEWPORTS, ChromiumRenderer
    from tamperwatch.verify.service import verify_claim

    settings = _settings(tmp_path, pywb)
    if why_no_renderer(settings):
        pytest.skip(why_no_renderer(settings))
    renderer = ChromiumRenderer.from_settings(settings)
    try:
        (render,) = await renderer.render(_captures()[-1], [VIEWPORTS[0]])
    finally:
        await renderer.aclose()
    picture = Image.open(io.BytesIO(render.png)).convert("RGB")
    picture = picture.crop((0, 0, picture.width, 700)).resize((900, 461))
    buf = io.BytesIO()
    picture.save(buf, "JPEG", quality=70)
    result = await verify_claim(settings, URL, T, buf.getvalue())
    assert result.answer is Answer.CONFIRMED, result.reasons
    assert result.best is not None and "cdx:" in result.best.capture_label

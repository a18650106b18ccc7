"""Chromium keeps its sandbox on when not root: started as uid 65534, its renderers run under seccomp."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("playwright")

from playwright.async_api import async_playwright

from tamperwatch.capture.browser_launch import LaunchSpec

NOBODY = 65534


def _become_nobody() -> None:
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


@pytest.fixture
def unprivileged_chromium() -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    """Chromium started as uid 65534 (or as the current non-root user) with LaunchSpec's flags.

    Its profile lives in a fresh folder under the system temp dir that uid 65534 can reach.
    """
    root = os.geteuid() == 0
    with tempfile.TemporaryDirectory(prefix="tamperwatch-sandbox-", ignore_cleanup_errors=True) as folder:
        os.chmod(folder, 0o755)
        profile = Path(folder) / "profile"
        profile.mkdir()
        if root:
            os.chown(profile, NOBODY, NOBODY)
        yield from _run(profile, root)


def _run(profile: Path, root: bool) -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    flags = LaunchSpec(euid=NOBODY if root else os.geteuid()).flags()
    command = ["/usr/bin/chromium", "--headless", "--remote-debugging-port=0", f"--user-data-dir={profile}"]
    process = subprocess.Popen(
        [*command, *flags, "about:blank"],
        preexec_fn=_become_nobody if root else None,
        start_new_session=True,  # its own process group: the teardown ends every Chromium process
        env={"HOME": str(profile), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield profile, process
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


async def _devtools_port(profile: Path, process: subprocess.Popen[bytes]) -> int:
    marker = profile / "DevToolsActivePort"
    loop = asyncio.get_running_loop()
    give_up = loop.time() + 30
    while not marker.exists() or not marker.read_text().strip():
        assert process.poll() is None, "Chromium exited while starting sandboxed"
        assert loop.time() < give_up, "Chromium did not open its DevTools port"
        await asyncio.sleep(0.05)  # polling a condition with a deadline, not a fixed wait
    return int(marker.read_text().split()[0])


def _status(pid: int) -> dict[str, str]:
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return dict(line.split(":", 1) for line in lines if ":" in line)


async def test_chromium_runs_sandboxed_as_an_unprivileged_user(
    unprivileged_chromium: tuple[Path, subprocess.Popen[bytes]],
) -> None:
    profile, process = unprivileged_chromium
    assert b"--no-sandbox" not in Path(f"/proc/{process.pid}/cmdline").read_bytes().split(b"\0")
    port = await _devtools_port(profile, process)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.connect_over_cdp(f"http://127.0.0.1:{port}")
        page = await browser.contexts[0].new_page()
        await page.set_content("<p>sandboxed</p>")
        session = await browser.new_browser_cdp_session()
        info = (await session.send("SystemInfo.getProcessInfo"))["processInfo"]
        renderers = [int(p["id"]) for p in info if p["type"] == "renderer"]
        assert renderers
        for renderer in renderers:
            status = _status(renderer)
            assert status["Seccomp"].strip() == "2", f"renderer {renderer} runs without seccomp-bpf"
            if os.geteuid() == 0:
                assert status["Uid"].split()[0] == str(NOBODY)
        await browser.close()


def test_root_is_the_only_case_without_the_sandbox() -> None:
    assert "--no-sandbox" in LaunchSpec(euid=0).flags()
    assert "--no-sandbox" not in LaunchSpec(euid=NOBODY).flags()
    assert LaunchSpec(euid=NOBODY).options()["chromium_sandbox"] is True
    with pytest.raises(ValueError, match="disable-web-security"):
        LaunchSpec(extra_flags=("--disable-web-security",)).flags()

"""Memory of a running Chromium: the PSS of all its processes, as the kernel counts it.

Process ids come from Chromium itself (CDP ``SystemInfo.getProcessInfo``), PSS from
``/proc/PID/smaps_rollup`` (RSS from ``/proc/PID/status`` where that is unreadable).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.async_api import Browser


def process_pss_bytes(pid: int, proc: Path = Path("/proc")) -> int:
    """PSS of one process in bytes (RSS as fallback); 0 when the process is gone."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            text = (proc / str(pid) / name).read_text()
        except OSError:
            continue
        for line in text.splitlines():
            if line.startswith(key):
                return int(line.split()[1]) * 1024
    return 0


async def _process_info(browser: Browser) -> list[dict[str, Any]]:
    session = await browser.new_browser_cdp_session()
    try:
        info: dict[str, Any] = await session.send("SystemInfo.getProcessInfo")
    finally:
        await session.detach()
    return [p for p in info.get("processInfo", []) if int(p.get("id", 0)) > 0]


async def browser_pids(browser: Browser) -> list[int]:
    return [int(p["id"]) for p in await _process_info(browser)]


async def browser_process_pid(browser: Browser) -> int:
    """The pid of Chromium's browser process (0 if it does not say)."""
    return next((int(p["id"]) for p in await _process_info(browser) if p.get("type") == "browser"), 0)


async def browser_pss_bytes(browser: Browser) -> int:
    """Total PSS of the browser, its renderers and helpers (bytes)."""
    return sum(process_pss_bytes(pid) for pid in await browser_pids(browser))

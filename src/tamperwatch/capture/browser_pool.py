"""BrowserPool: one long-lived Chromium per worker, recycled after N checks or above a memory ceiling.

Checks borrow the current browser (``async with pool.browser() as browser``) and open their own
context in it. A browser that crashed or disconnected is replaced on the next borrow; one that is
due for recycling serves no new checks and closes once its last check returns. ``discard`` closes a
browser at once (a context that would not close, a hung renderer), killing it if it will not quit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import AsyncIterator
from dataclasses import dataclass

from playwright.async_api import Browser, Playwright, async_playwright

from tamperwatch.capture.browser_launch import LaunchSpec
from tamperwatch.capture.browser_memory import browser_process_pid, browser_pss_bytes

log = logging.getLogger(__name__)
CLOSE_TIMEOUT_S = 10.0


@dataclass(slots=True)
class _Generation:
    browser: Browser
    pid: int = 0  # the browser process, killed if it will not close
    checks: int = 0
    in_flight: int = 0
    retired: bool = False
    closed: bool = False


class BrowserPool:
    def __init__(
        self,
        spec: LaunchSpec,
        recycle_checks: int = 50,
        memory_ceiling_bytes: int = 1500 * 1024 * 1024,
        launch_timeout_s: float = 30.0,
    ) -> None:
        self.spec = spec
        self.recycle_checks = recycle_checks
        self.memory_ceiling_bytes = memory_ceiling_bytes
        self.launch_timeout_s = launch_timeout_s
        self.launches = 0  # browsers started so far (observable by tests and metrics)
        self._playwright: Playwright | None = None
        self._current: _Generation | None = None
        self._lock = asyncio.Lock()

    @contextlib.asynccontextmanager
    async def browser(self) -> AsyncIterator[Browser]:
        gen = await self._take()
        try:
            yield gen.browser
        finally:
            gen.in_flight -= 1
            await self._after_check(gen)

    async def _take(self) -> _Generation:
        async with self._lock:
            gen = self._current
            if gen is None or gen.retired or not gen.browser.is_connected():
                if gen is not None:
                    gen.retired = True
                    if gen.in_flight == 0:
                        await self._close(gen)
                browser = await self._launch()
                gen = self._current = _Generation(browser, await _main_pid(browser))
            gen.checks += 1
            gen.in_flight += 1
            if gen.checks >= self.recycle_checks:
                gen.retired = True
            return gen

    async def _launch(self) -> Browser:
        if self._playwright is None:
            self._playwright = await async_playwright().start()
        browser = await asyncio.wait_for(
            self._playwright.chromium.launch(**self.spec.options()), self.launch_timeout_s
        )
        self.launches += 1
        return browser

    async def _after_check(self, gen: _Generation) -> None:
        if not gen.retired and gen.browser.is_connected():
            try:
                pss = await asyncio.wait_for(browser_pss_bytes(gen.browser), 5.0)
            except Exception:  # a browser that cannot answer is replaced
                pss = self.memory_ceiling_bytes + 1
            if pss > self.memory_ceiling_bytes:
                log.info("recycling the browser: %d MiB above the ceiling", pss >> 20)
                gen.retired = True
        if gen.retired and gen.in_flight == 0:
            await self._close(gen)

    async def discard(self, browser: Browser) -> None:
        """Close ``browser`` now (its open checks fail); the next check starts a fresh one."""
        gen = self._current
        if gen is not None and gen.browser is browser:
            gen.retired = True
            await self._close(gen)

    async def _close(self, gen: _Generation) -> None:
        if gen.closed:
            return
        gen.closed = True
        if self._current is gen:
            self._current = None
        pid = gen.pid
        try:
            await asyncio.wait_for(gen.browser.close(), CLOSE_TIMEOUT_S)
        except Exception:
            log.warning("browser did not close; killing it")
            if pid:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)

    async def aclose(self) -> None:
        async with self._lock:
            if self._current is not None:
                await self._close(self._current)
            if self._playwright is not None:
                with contextlib.suppress(Exception):
                    await self._playwright.stop()
                self._playwright = None


async def _main_pid(browser: Browser) -> int:
    try:
        return await asyncio.wait_for(browser_process_pid(browser), 5.0)
    except Exception:
        return 0

"""PageWatch: what happens on a rendered page besides the load, recorded while it runs.

JavaScript dialogs are dismissed and counted; popups are closed at once and counted; console
errors and uncaught exceptions are kept (bounded); responses are kept so their content hashes can
be taken at the end (``resources``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import Awaitable, Coroutine
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import ConsoleMessage, Dialog, Page, Response
from playwright.async_api import Error as PlaywrightError

from tamperwatch.models import RenderedResource

MAX_CONSOLE = 50
MAX_RESOURCES = 300
HASHED_KINDS = frozenset({"document", "script", "stylesheet", "image", "font", "media"})


def origin_of(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.netloc else ""


@dataclass  # no slots: Playwright tags bound-method handlers with attributes
class PageWatch:
    console_errors: list[str] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    dialogs: int = 0
    popups: int = 0
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    def attach(self, page: Page) -> None:
        page.on("dialog", self._on_dialog)
        page.on("console", self._on_console)
        page.on("pageerror", self._on_page_error)
        page.on("response", self._on_response)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _quietly(self, action: Awaitable[None]) -> None:
        with contextlib.suppress(PlaywrightError):
            await action

    def _on_dialog(self, dialog: Dialog) -> None:
        self.dialogs += 1
        self._spawn(self._quietly(dialog.dismiss()))

    def on_popup(self, page: Page) -> None:
        self.popups += 1
        self._spawn(self._quietly(page.close()))

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error" and len(self.console_errors) < MAX_CONSOLE:
            self.console_errors.append(message.text[:500])

    def _on_page_error(self, error: object) -> None:
        if len(self.console_errors) < MAX_CONSOLE:
            self.console_errors.append(f"uncaught: {str(error)[:500]}")

    def _on_response(self, response: Response) -> None:
        if len(self.responses) < MAX_RESOURCES:
            self.responses.append(response)

    async def resources(self) -> tuple[RenderedResource, ...]:
        """The responses seen, each with the SHA-256 of its body where it is worth reading."""
        out = []
        for response in self.responses:
            kind = response.request.resource_type
            digest = ""
            if kind in HASHED_KINDS:
                with contextlib.suppress(PlaywrightError):
                    digest = hashlib.sha256(await response.body()).hexdigest()
            out.append(RenderedResource(response.url, origin_of(response.url), kind, digest, response.status))
        return tuple(out)

    def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()

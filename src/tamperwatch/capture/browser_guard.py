"""RequestGuard: every request a rendered page makes passes the URL policy first.

Installed on the browser context (``context.route`` and ``context.route_web_socket``), so the main
navigation, redirects, sub-resources, frames, popups and WebSockets are all checked before Chromium
opens a connection. Refused requests are aborted (``blockedbyclient``) and recorded with the reason.
Service workers are blocked on the context so none can bypass the routing.

Interception does not see redirect hops and Chromium would resolve names itself, so the context
also sends all its traffic through a ``PolicyProxy`` that checks every hop again and connects to
the checked address; the guard is the early, cheap refusal and the record of what was refused.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Route, WebSocketRoute

from tamperwatch.capture.browser_watch import origin_of
from tamperwatch.capture.errors import FetchError
from tamperwatch.policy import UrlPolicy

MAX_RECORDED = 500


@dataclass  # no slots: Playwright tags bound-method handlers with attributes
class RequestGuard:
    policy: UrlPolicy
    blocked: list[tuple[str, str]] = field(default_factory=list)
    allowed: int = 0
    # The target's own headers (credentials, cookies) go to the target's origin only, never to
    # the third parties the page loads from.
    first_party: str = ""
    first_party_headers: dict[str, str] = field(default_factory=dict)

    async def _refusal(self, url: str) -> str | None:
        try:
            await self.policy.check(url)
        except FetchError as exc:
            return exc.message
        except Exception as exc:  # a resolver failure is a refusal, never a crash
            return f"blocked: {exc.__class__.__name__}: {exc}"
        return None

    def record(self, url: str, why: str) -> None:
        if len(self.blocked) < MAX_RECORDED:
            self.blocked.append((url[:2000], why))

    async def handle(self, route: Route) -> None:
        url = route.request.url
        why = await self._refusal(url)
        with contextlib.suppress(PlaywrightError):  # the page may be gone already
            if why is None:
                self.allowed += 1
                if self.first_party_headers and origin_of(url) == self.first_party:
                    headers = {**await route.request.all_headers(), **self.first_party_headers}
                    await route.continue_(headers=headers)
                else:
                    await route.continue_()
            else:
                self.record(url, why)
                await route.abort("blockedbyclient")

    async def handle_websocket(self, ws: WebSocketRoute) -> None:
        why = await self._refusal(ws.url.replace("ws://", "http://", 1).replace("wss://", "https://", 1))
        with contextlib.suppress(PlaywrightError):
            if why is None:
                ws.connect_to_server()
            else:
                self.record(ws.url, why)
                await ws.close(code=1008, reason="blocked by policy")

    def refusal_of(self, url: str) -> str:
        """The recorded reason ``url`` was refused, or ''."""
        return next((why for blocked, why in self.blocked if blocked == url), "")

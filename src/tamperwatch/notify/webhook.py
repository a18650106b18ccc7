"""Signed JSON webhook notifier: POSTs each incident state change to an operator's endpoint.

The body is ``payload.event_body``; ``X-Tamperwatch-Signature`` carries an HMAC-SHA256 over
timestamp and body (see ``signature``) and ``X-Tamperwatch-Event-Id`` a stable id for idempotency.
The endpoint is the operator's own, so it is not put through the page-fetch UrlPolicy, but
redirects are never followed, the answer is read up to a small cap and the whole call has a deadline.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import aiohttp

from tamperwatch.models import IncidentEvent
from tamperwatch.notify.base import NotificationError, Notifier
from tamperwatch.notify.payload import event_body, event_id, latest_tree_head
from tamperwatch.notify.signature import EVENT_ID_HEADER, SIGNATURE_HEADER, sign

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

DEFAULT_TIMEOUT_S = 10.0
MAX_RESPONSE_BYTES = 64 * 1024


def redact_url(url: str) -> str:
    """``scheme://host:port/path`` of ``url``: no credentials or query string in logs and errors."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


class WebhookNotifier:
    """Delivers events as signed JSON POSTs to one URL."""

    name = "webhook"

    def __init__(
        self,
        url: str,
        secret: str,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        session_factory: Callable[[], aiohttp.ClientSession] | None = None,
        clock: Callable[[], float] = time.time,
        checkpoints: Path | None = None,
    ) -> None:
        scheme = urlsplit(url).scheme
        if scheme not in ("http", "https"):
            raise ValueError(f"webhook URL must be http or https, got {redact_url(url)!r}")
        if not secret:
            raise ValueError("a webhook needs a non-empty secret (setting webhook_secret) to sign with")
        self.url = url
        self._secret = secret
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._max_response_bytes = max_response_bytes
        self._session_factory = session_factory or self._default_session
        self._session: aiohttp.ClientSession | None = None
        self._clock = clock
        self._checkpoints = checkpoints  # the archive's checkpoint folder: its newest goes in each body

    @classmethod
    def from_settings(cls, settings: Settings) -> list[Notifier]:
        """One notifier per ``webhook_urls`` entry, all signing with ``webhook_secret``."""
        from tamperwatch.archive.log import checkpoint_dir

        checkpoints = checkpoint_dir(settings.data_dir)
        return [cls(url, settings.webhook_secret, checkpoints=checkpoints) for url in settings.webhook_urls]

    def __repr__(self) -> str:
        return f"WebhookNotifier({redact_url(self.url)!r})"

    def _default_session(self) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(timeout=self._timeout, trust_env=False)

    def _session_in_use(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = self._session_factory()
        return self._session

    async def send(self, event: IncidentEvent) -> None:
        """POST ``event``; raise NotificationError unless the endpoint answers 2xx in time."""
        body = event_body(event, latest_tree_head(self._checkpoints))
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(self._secret, body, int(self._clock())),
            EVENT_ID_HEADER: event_id(event),
        }
        where = redact_url(self.url)
        try:
            async with self._session_in_use().post(
                self.url, data=body, headers=headers, allow_redirects=False, timeout=self._timeout
            ) as response:
                await response.content.read(self._max_response_bytes)
                status = response.status
        except TimeoutError as exc:
            raise NotificationError(f"webhook {where} did not answer within the deadline") from exc
        except aiohttp.ClientError as exc:
            raise NotificationError(f"webhook {where} failed: {exc.__class__.__name__}: {exc}") from exc
        if 300 <= status < 400:
            raise NotificationError(
                f"webhook {where} answered a redirect ({status}); redirects are not followed"
            )
        if not 200 <= status < 300:
            raise NotificationError(f"webhook {where} answered HTTP {status}")

    async def aclose(self) -> None:
        """Close the HTTP session, if one was opened."""
        if self._session is not None:
            await self._session.close()
            self._session = None

"""Apprise notifier: e-mail, Slack, Teams, Telegram, Matrix, ntfy, ... through Apprise URLs.

Apprise delivers to all its URLs in one call; a call that does not fully succeed raises
NotificationError so the dispatcher retries it. Apprise's ``async_notify`` is used when present
(it runs the blocking senders in a thread pool), otherwise ``notify`` runs in a thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tamperwatch.models import IncidentEvent, IncidentKind
from tamperwatch.notify.base import NotificationError, Notifier
from tamperwatch.notify.payload import event_text, event_title, latest_tree_head

if TYPE_CHECKING:
    import apprise

    from tamperwatch.settings import Settings


def notify_type(event: IncidentEvent) -> apprise.NotifyType:
    """Apprise's severity for an event: failure for a new defacement, success once resolved."""
    import apprise

    if event.change == "opened":
        if event.incident.kind is IncidentKind.DEFACED:
            return apprise.NotifyType.FAILURE
        return apprise.NotifyType.WARNING
    if event.change == "resolved":
        return apprise.NotifyType.SUCCESS
    return apprise.NotifyType.INFO


class AppriseNotifier:
    """Sends a title and a plain-text body for each event to every Apprise URL it holds."""

    name = "apprise"

    def __init__(
        self, urls: Sequence[str], *, timeout_s: float = 30.0, checkpoints: Path | None = None
    ) -> None:
        if not urls:
            raise ValueError("AppriseNotifier needs at least one Apprise URL")
        import apprise  # imported on use: a tenth of a second that most runs never need

        self._apprise = apprise.Apprise()
        for index, url in enumerate(urls):
            if not self._apprise.add(url):
                scheme = url.split(":", 1)[0]
                raise ValueError(
                    f"notify_urls[{index}] is not a valid Apprise URL (scheme {scheme!r}); "
                    "see https://github.com/caronc/apprise/wiki for the supported services"
                )
        self._count = len(urls)
        self._timeout_s = timeout_s
        self._checkpoints = checkpoints  # the archive's checkpoint folder: its newest goes in each text

    @classmethod
    def from_settings(cls, settings: Settings) -> list[Notifier]:
        """One notifier for all ``notify_urls``, or none when the list is empty."""
        from tamperwatch.archive.log import checkpoint_dir

        checkpoints = checkpoint_dir(settings.data_dir)
        return [cls(settings.notify_urls, checkpoints=checkpoints)] if settings.notify_urls else []

    def __repr__(self) -> str:
        return f"AppriseNotifier({self._count} URLs)"

    async def send(self, event: IncidentEvent) -> None:
        """Notify every URL; raise NotificationError unless all of them accepted the message."""
        kwargs: dict[str, Any] = {
            "body": event_text(event, latest_tree_head(self._checkpoints)),
            "title": event_title(event),
            "notify_type": notify_type(event),
        }
        async_notify = getattr(self._apprise, "async_notify", None)
        if async_notify is not None:
            call = async_notify(**kwargs)
        else:
            call = asyncio.to_thread(self._apprise.notify, **kwargs)
        try:
            result = await asyncio.wait_for(call, self._timeout_s)
        except TimeoutError as exc:
            raise NotificationError(f"apprise did not finish within {self._timeout_s:g} s") from exc
        if not result:
            raise NotificationError(f"apprise could not deliver to all of its {self._count} URLs")

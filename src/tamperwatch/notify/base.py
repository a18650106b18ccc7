"""The Notifier interface, its errors, and its in-memory twin."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from tamperwatch.models import IncidentEvent

if TYPE_CHECKING:
    from tamperwatch.settings import Settings


class NotificationError(Exception):
    """A notifier could not deliver an event; the message says where and why."""


class Notifier(Protocol):
    name: str

    async def send(self, event: IncidentEvent) -> None:
        """Deliver one event; raise on failure (the dispatcher retries with backoff)."""


@runtime_checkable
class ClosableNotifier(Protocol):
    """A notifier holding resources (connections) that the dispatcher releases on shutdown."""

    async def aclose(self) -> None: ...


class NotifierFactory(Protocol):
    """What a ``tamperwatch.notifiers`` entry point is: builds its notifiers from the settings.

    It returns an empty list when the settings configure none of its kind.
    """

    def from_settings(self, settings: Settings) -> list[Notifier]: ...


class MemoryNotifier:
    """Collects events in a list; for tests and the replay pipeline."""

    name = "memory"

    def __init__(self) -> None:
        self.events: list[IncidentEvent] = []

    async def send(self, event: IncidentEvent) -> None:
        self.events.append(event)

"""The Notifier interface and its in-memory twin."""

from __future__ import annotations

from typing import Protocol

from tamperwatch.models import IncidentEvent


class Notifier(Protocol):
    name: str

    async def send(self, event: IncidentEvent) -> None:
        """Deliver one event; raise on failure (the dispatcher retries with backoff)."""


class MemoryNotifier:
    """Collects events in a list; for tests and the replay pipeline."""

    name = "memory"

    def __init__(self) -> None:
        self.events: list[IncidentEvent] = []

    async def send(self, event: IncidentEvent) -> None:
        self.events.append(event)

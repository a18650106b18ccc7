"""The real-time watch: inotify through ``watchdog``, every changed path handed to its root's
coalescer. ``ManualWatch`` is its twin for tests (paths pushed by hand)."""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from tamperwatch.agent.coalesce import Coalescer
from tamperwatch.errors import ConfigError

WATCH_LIMIT_FILE = "/proc/sys/fs/inotify/max_user_watches"


class Watch(Protocol):
    def start(self) -> None: ...

    def stop(self) -> None: ...


class ManualWatch:
    """Watches nothing; tests call ``coalescer.add`` themselves."""

    def start(self) -> None:
        return None

    def stop(self) -> None:
        return None


class InotifyWatch:
    def __init__(self, roots: Sequence[tuple[Path, Coalescer]]) -> None:
        self.roots = list(roots)
        self._observer: object | None = None

    def start(self) -> None:
        import watchdog.events
        from watchdog.events import (
            DirAttribEvent,
            DirCreatedEvent,
            DirDeletedEvent,
            DirMovedEvent,
            FileAttribEvent,
            FileClosedEvent,
            FileCreatedEvent,
            FileDeletedEvent,
            FileModifiedEvent,
            FileMovedEvent,
            FileSystemEvent,
            FileSystemEventHandler,
        )
        from watchdog.observers.inotify import InotifyObserver

        kinds = [
            FileCreatedEvent, FileModifiedEvent, FileClosedEvent, FileDeletedEvent, FileMovedEvent,
            FileAttribEvent, DirCreatedEvent, DirDeletedEvent, DirMovedEvent, DirAttribEvent,
        ]  # fmt: skip
        lost = getattr(watchdog.events, "EventsLostEvent", None)  # watchdog >= 7: queue overflow
        if lost is not None:
            kinds.append(lost)

        class Handler(FileSystemEventHandler):
            def __init__(self, sink: Coalescer) -> None:
                self.sink = sink

            def on_any_event(self, event: FileSystemEvent) -> None:
                if event.event_type == "events_lost":
                    self.sink.lost()  # the kernel's queue overflowed: judge the whole root
                    return
                for path in (event.src_path, event.dest_path):
                    if path:
                        self.sink.add(os.fsdecode(path))

        observer = InotifyObserver()
        try:
            for root, sink in self.roots:
                observer.schedule(Handler(sink), str(root), recursive=True, event_filter=kinds)
            observer.start()
        except OSError as exc:
            observer.stop()
            if exc.errno == errno.ENOSPC:
                raise ConfigError(
                    f"inotify watch limit reached ({exc}): raise {WATCH_LIMIT_FILE} (one watch per "
                    "folder), e.g. sysctl fs.inotify.max_user_watches=524288"
                ) from None
            raise
        self._observer = observer

    def stop(self) -> None:
        observer = self._observer
        if observer is None:
            return
        from watchdog.observers.inotify import InotifyObserver

        assert isinstance(observer, InotifyObserver)
        observer.stop()
        observer.join()
        self._observer = None

"""The side-by-side peer of ``bench.agent``: the simplest real-time restorer one can build on the
same watch library. A ``watchdog`` observer that, on every event, copies the file back from a
plain backup folder when its bytes differ (``shutil.copy2``, in place) and deletes files the
backup lacks. No coalescing, no signed baseline or records, no quarantine, no symlink safety,
not crash-safe: it is the floor the agent's extra work is measured against.

``python -m bench.agent_peer ROOT BACKUP`` prints ``peer: watching`` once its watch is up.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import signal
import sys
import threading
from pathlib import Path

from watchdog.events import (
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

# Changes only, as the agent asks for: with opens and reads too, its own comparisons (and any
# reader) would feed it events without end.
CHANGES = [
    FileCreatedEvent, FileModifiedEvent, FileClosedEvent, FileDeletedEvent, FileMovedEvent,
    FileAttribEvent, DirCreatedEvent, DirDeletedEvent, DirMovedEvent,
]  # fmt: skip


class Restorer(FileSystemEventHandler):
    def __init__(self, root: Path, backup: Path) -> None:
        self.root = root
        self.backup = backup

    def on_any_event(self, event: FileSystemEvent) -> None:
        for raw in (event.src_path, event.dest_path):
            if raw:
                self.fix(Path(os.fsdecode(raw)))

    def fix(self, path: Path) -> None:
        try:
            rel = path.relative_to(self.root)
        except ValueError:
            return
        golden = self.backup / rel
        try:
            if golden.is_file():
                if not path.is_file() or not filecmp.cmp(golden, path, shallow=False):
                    shutil.copy2(golden, path)
            elif path.is_file() and not golden.exists():
                path.unlink()
        except OSError:
            return


def main() -> None:
    root, backup = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    observer = InotifyObserver()
    observer.schedule(Restorer(root, backup), str(root), recursive=True, event_filter=CHANGES)
    observer.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    sys.stdout.write("peer: watching\n")
    sys.stdout.flush()
    stop.wait()
    observer.stop()
    observer.join()


if __name__ == "__main__":
    main()

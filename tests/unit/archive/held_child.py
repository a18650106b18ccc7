"""Child process for the held-notification restart test: holds two incidents' notifications in a
maintenance window (one incident then resolved, its "resolved" held too), prints their ids as
JSON, and SIGKILLs itself without closing anything.

Usage: python held_child.py DATA_DIR DATABASE_URL (an empty URL: SQLite under DATA_DIR).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tamperwatch.archive.sql import SqlArchive
from tamperwatch.incidents.held_store import SqlHeldStore
from tamperwatch.incidents.maintenance import MaintenanceStore
from tamperwatch.incidents.maintenance_hold import HeldDuringMaintenance
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import IncidentEvent, IncidentKind, Target
from tamperwatch.settings import Settings

WINDOW = timedelta(hours=1)


class NoSink:
    async def publish(self, event: IncidentEvent) -> None:
        raise AssertionError(f"sent inside the window: {event}")


async def main(data_dir: Path, database_url: str) -> None:
    settings = Settings(_env_file=None, data_dir=data_dir, database_url=database_url)  # type: ignore[call-arg]
    archive = await SqlArchive.from_settings(settings).open()
    incidents = IncidentService(archive)
    windows, now = MaintenanceStore(archive.db), datetime.now(UTC)
    target = await archive.add_target(Target(url="https://portal.example/", tags=("gov",)))
    window = await windows.add(None, "gov", now - timedelta(minutes=1), now + WINDOW, "release", "test")
    sink = HeldDuringMaintenance(NoSink(), windows, archive, incidents, held=SqlHeldStore(archive.db))
    still_open = await archive.open_incident(target.id, IncidentKind.DEFACED, 0.9, ("x",), {})
    resolved = await archive.open_incident(target.id, IncidentKind.UNAVAILABLE, 0.9, ("down",), {})
    for incident in (still_open, resolved):
        await sink.publish(IncidentEvent(incident, target.url, "opened", now))
    await incidents.change(resolved.id, "resolved", "alice")
    await sink.publish(IncidentEvent(resolved, target.url, "resolved", now))
    ids = {"open": still_open.id, "resolved": resolved.id, "ends_at": window.ends_at.isoformat()}
    print(json.dumps(ids), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2]))

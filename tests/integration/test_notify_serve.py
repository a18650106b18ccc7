"""Re-notification and maintenance windows inside a real `tamperwatch serve`: an incident left open
is reminded through the webhook; one on a target in a maintenance window is not, and its history
records the reminder as held."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tamperwatch.incidents.maintenance import MaintenanceStore
from tamperwatch.incidents.service import history
from tamperwatch.models import IncidentKind, Target
from tamperwatch.notify.receiver import WebhookReceiver
from tamperwatch.runtime import open_archive
from tamperwatch.settings import Settings

SECRET = "s3cret"
REPEAT_S = 2.0
WAIT_S = 60.0


async def _seed(data: Path) -> tuple[int, int]:
    """Two open incidents on targets that are not due (so serve checks nothing); the second's
    target is in a maintenance window for an hour."""
    async with open_archive(Settings(_env_file=None, data_dir=data)) as archive:
        ids = []
        for url, tags in (("http://127.0.0.1:9/free", ()), ("http://127.0.0.1:9/held", ("release",))):
            target = await archive.add_target(Target(url=url, tags=tags))
            state = await archive.get_state(target.id)
            state.next_due = time.time() + 86_400
            await archive.save_state(state)
            ids.append((await archive.open_incident(target.id, IncidentKind.DEFACED, 0.9, ("x",), {})).id)
        now = datetime.now(UTC)
        await MaintenanceStore(archive.db).add(
            None, "release", now, now + timedelta(hours=1), "deploy", "test"
        )
        return ids[0], ids[1]


async def test_serve_reminds_open_incidents_and_holds_those_in_maintenance(tmp_path: Path) -> None:
    data = tmp_path / "data"
    free, held = await _seed(data)
    async with WebhookReceiver(SECRET) as hook:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TAMPERWATCH_")}
        env |= {
            "TAMPERWATCH_DATA_DIR": str(data),
            "TAMPERWATCH_PORT": "0",
            "TAMPERWATCH_LOG_JSON": "false",
            "TAMPERWATCH_RENDER_ENABLED": "false",
            "TAMPERWATCH_AUDIT_SCHEDULED": "false",
            "TAMPERWATCH_NOTIFY_REPEAT_S": str(REPEAT_S),
            "TAMPERWATCH_WEBHOOK_URLS": f'["{hook.url}"]',
            "TAMPERWATCH_WEBHOOK_SECRET": SECRET,
        }
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tamperwatch", "serve", env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        try:
            (first,) = await hook.wait_for(1, timeout=WAIT_S)
        finally:
            proc.send_signal(signal.SIGTERM)
            await asyncio.wait_for(proc.wait(), 60)
    document = first.json()
    assert document["incident"]["id"] == free and document["change"].startswith("reminder-")
    assert all(r.json()["incident"]["id"] == free for r in hook.received)
    async with open_archive(Settings(_env_file=None, data_dir=data)) as archive:
        assert any(e.change == "notified" for e in await history(archive, free))
        records = [e.data["note"] for e in await history(archive, held) if e.change == "held"]
    assert records and "maintenance window" in records[0]

"""The recording child of the resident agent: ``python -m tamperwatch.agent.drain``, its settings
as JSON on stdin. It takes the spool's lock, records every item in order (signed log events,
incidents opened or joined, notifications and the central report), removes each once recorded,
and exits when the spool is empty. Started by the resident process whenever it spooled something
(``agent/spooled.py``)."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from typing import Any

from tamperwatch.agent.config import AgentConfig
from tamperwatch.agent.episodes import FileEpisodes
from tamperwatch.agent.record import Recorder
from tamperwatch.agent.spool import Spool
from tamperwatch.settings import Settings

log = logging.getLogger(__name__)

NOTIFY_FLUSH_S = 60.0  # how long the child waits for its notifications and reports to go out


async def record_item(recorder: Recorder, item: dict[str, Any]) -> None:
    kind, root, at = item["kind"], item["root"], float(item["at"])
    if kind == "batch":
        await recorder.record(root, item["found_by"], item["note"], item["changes"], item["diffs"], at)
    elif kind == "recovered":
        await recorder.recovered(root, item["changes"], at)
    elif kind == "alarm":
        await recorder.alarm(root, item["reason"], item["evidence"])
    elif kind == "note":
        await recorder.note(item["change"], root, item["data"], item["actor"])
    else:
        log.error("agent: unknown spool item %r skipped", kind)


async def drain(settings: Settings, host: str) -> int:
    """Record what the spool holds; how many items were recorded."""
    from tamperwatch.agent.runner import notifier_dispatcher, report_dispatcher
    from tamperwatch.runtime import open_archive

    config = AgentConfig.from_settings(settings)
    spool = Spool(config.paths.spool)
    done = 0
    with spool.locked():
        if not spool.items():
            return 0
        async with open_archive(settings) as archive:
            notifiers, reports = notifier_dispatcher(settings), report_dispatcher(settings)
            episodes = FileEpisodes(config.paths.episodes)
            gap = config.episode_gap_s
            recorder = Recorder(archive, notifiers, host, gap, time.time, episodes, reports)
            try:
                while items := spool.items():
                    for path in items:
                        item = spool.read(path)
                        if item is not None:
                            await record_item(recorder, item)
                            done += 1
                        spool.done(path)
            finally:
                for dispatcher in (notifiers, reports):
                    if dispatcher is not None:
                        await dispatcher.aclose(NOTIFY_FLUSH_S)
    return done


def main() -> None:
    from tamperwatch.logs import configure_logging

    request = json.loads(sys.stdin.read())
    settings = Settings(_env_file=None, **request["settings"])
    configure_logging(settings)
    asyncio.run(drain(settings, request["host"]))


if __name__ == "__main__":
    main()

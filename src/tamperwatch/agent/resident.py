"""The resident agent process: ``python -m tamperwatch.agent.resident --request-fd N``.

`tamperwatch agent run` checks its settings and roots, then becomes this process (``exec``: the
same pid, none of the command line's memory). It holds only the standard library, ``watchdog``
and the agent's file code: it watches, judges against the verified baseline (an SQLite index,
``agent/index.py``) and restores from the golden store itself. What it finds goes to the spool,
recorded by a child started when there is something to record (``agent/spooled.py``); the
installation key is used through a child as well (``agent/keys.py``). Logs are plain text on
stderr."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any

from tamperwatch.agent.config import AgentConfig
from tamperwatch.agent.fanotify import WriterWatch
from tamperwatch.agent.first_scan import FirstScanFailed
from tamperwatch.agent.keys import ChildKey, ChildVerifiedBaselines
from tamperwatch.agent.service import Agent
from tamperwatch.agent.spool import Spool
from tamperwatch.agent.spooled import Drainer, SpoolRecorder
from tamperwatch.agent.wiring import baseline_folder, guard_for
from tamperwatch.errors import USAGE_ERROR, ConfigError

log = logging.getLogger(__name__)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def writer_watch(config: AgentConfig, roots: list[Path], fanotify: str) -> WriterWatch | None:
    """The fanotify reader when programs are whitelisted; says once why there is none."""
    if fanotify:
        log.info("agent: fanotify unavailable (%s): no writer whitelists (agent_writers) here", fanotify)
        return None
    if not config.writers:
        return None
    watch = WriterWatch(roots)
    watch.start()
    log.info("agent: writes by %s are accepted (fanotify names the writer)", ", ".join(config.writers))
    return watch


def build(request: dict[str, Any]) -> tuple[Agent, Drainer, WriterWatch | None]:
    config = AgentConfig.from_request(request["config"])
    key = ChildKey(config.key_path, request["fingerprint"])
    roots = [Path(r) for r in request["roots"]]
    writers = writer_watch(config, roots, request["fanotify"])
    guards = []
    for root in roots:
        baselines = ChildVerifiedBaselines(baseline_folder(root, config), key)
        guards.append(guard_for(root, config, key, baselines, writers))
    spool = Spool(config.paths.spool)
    drainer = Drainer(spool, json.dumps(request["drain"]).encode())
    recorder = SpoolRecorder(spool, drainer, request["generations"])
    return Agent(guards, recorder, config, request["actor"]), drainer, writers


async def serve(agent: Agent, drainer: Drainer) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    def ready() -> None:
        sys.stdout.write(f"agent: watching {', '.join(str(g.root) for g in agent.guards)}\n")
        sys.stdout.flush()

    drainer.start()
    try:
        await agent.run(stop, ready)
    finally:
        await drainer.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="tamperwatch.agent.resident")
    parser.add_argument("--request-fd", type=int, required=True)
    args = parser.parse_args(argv)
    with os.fdopen(args.request_fd, "rb") as handle:
        request = json.loads(handle.read())
    logging.basicConfig(level=request["log_level"], format=LOG_FORMAT)
    try:
        agent, drainer, writers = build(request)
        try:
            asyncio.run(serve(agent, drainer))
        finally:
            if writers is not None:
                writers.stop()
    except (ConfigError, FirstScanFailed) as exc:
        sys.stderr.write(f"error: {exc}\n")
        sys.exit(USAGE_ERROR)
    c = agent.counters
    sys.stdout.write(f"agent: stopped ({c.changes} changes, {c.restored} restored, {c.errors} errors)\n")


if __name__ == "__main__":
    main()

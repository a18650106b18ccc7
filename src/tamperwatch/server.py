"""serve_forever: scheduler, workers and the HTTP API in one process (embedded mode).

One service per data folder: ``serve`` (and ``run`` without ``--once``) hold an exclusive lock on
DATA_DIR/serve.lock, which records who holds it (pid, host, since); a second one exits naming
them. The lock is the kernel's (``flock``): it goes with the process, however that ends. The
listening socket is bound before anything starts and before "serving on" is announced, so a
busy port is one clear error. Defaced verdicts and incident changes are logged at WARNING.

SIGTERM or SIGINT stops taking new checks, lets running ones finish, drains notifications
and closes the archive, then returns.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import signal
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import uvicorn
from fastapi import FastAPI

from tamperwatch.aio import wait_event
from tamperwatch.api.app import create_app
from tamperwatch.api.content_origin import by_port, content_port_of
from tamperwatch.api.metrics import Metrics
from tamperwatch.api.screens import lazy_hub
from tamperwatch.audit.schedule import audit_loop
from tamperwatch.errors import ConfigError
from tamperwatch.incidents.held_store import SqlHeldStore
from tamperwatch.incidents.maintenance import MaintenanceStore
from tamperwatch.incidents.maintenance_hold import HeldDuringMaintenance, release_loop
from tamperwatch.incidents.reminders import reminder_loop
from tamperwatch.logs import configure_logging
from tamperwatch.models import IncidentEvent, IncidentKind, IncidentState, Status
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.services import EventSink
from tamperwatch.runtime import Runtime, open_runtime
from tamperwatch.settings import Settings
from tamperwatch.streams.serving import stream_loop

if TYPE_CHECKING:
    from tamperwatch.streams.screens import ScreenHub

LOCK_NAME = "serve.lock"
log = logging.getLogger(__name__)


async def _refresh_gauges(rt: Runtime, metrics: Metrics, stop: asyncio.Event, every_s: float = 15.0) -> None:
    while not stop.is_set():
        incidents = await rt.archive.list_incidents(IncidentState.OPEN)
        incidents += await rt.archive.list_incidents(IncidentState.ACKNOWLEDGED)
        for kind in IncidentKind:
            metrics.open_incidents.labels(kind.value).set(sum(1 for i in incidents if i.kind is kind))
        metrics.targets.set(len(await rt.archive.list_targets()))
        await wait_event(stop, every_s)


SCREEN_REGISTRY_POLL_S = 30.0  # how often serve looks for a first screen target (before the hub exists)


async def _screen_gaps(settings: Settings, screens: Callable[[], ScreenHub], stop: asyncio.Event) -> None:
    """Watch screens for silence once there is one (a registry entry with a token): the screen hub,
    and OpenCV with it, is built only then, so a serve without screens never loads them."""
    from tamperwatch.streams.registry import MediaRegistry, RegistryError

    registry = MediaRegistry.in_data_dir(settings.data_dir)
    while not stop.is_set():
        try:
            has_screens = any(entry.token_sha256 for entry in registry.entries().values())
        except RegistryError:
            log.exception("reading the screen registry failed")
            has_screens = False
        if has_screens:
            from tamperwatch.streams.screens import screen_gap_loop

            await screen_gap_loop(screens(), stop)
            return
        await wait_event(stop, SCREEN_REGISTRY_POLL_S)


async def _retention(rt: Runtime, stop: asyncio.Event, every_s: float = 6 * 3600) -> None:
    """Prune capture bodies past ``blob_retention_days`` (never observations or incident evidence)."""
    days = rt.settings.blob_retention_days
    while days and not stop.is_set():
        pruned = await rt.archive.prune_blobs(datetime.now(UTC) - timedelta(days=days))
        if pruned:
            log.info("retention pruned %d capture bodies older than %d days", pruned, days)
        await wait_event(stop, every_s)


def lock_holder(path: Path) -> str:
    """Who holds the lock at ``path``, in words, from what the holder wrote into it."""
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    if not isinstance(info, dict) or "pid" not in info:
        return "another process"
    return f"pid {info.get('pid')} on host {info.get('host', '?')}, since {info.get('since', '?')}"


@contextmanager
def data_dir_lock(data_dir: Path) -> Iterator[Path]:
    """Hold DATA_DIR/serve.lock for the block; a ConfigError naming the holder if it is taken."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ConfigError(
                f"another tamperwatch service already uses data folder {data_dir} ({lock_holder(path)}): "
                "stop it first, or give this one its own --data-dir"
            ) from None
        since = datetime.now(UTC).isoformat(timespec="seconds")
        record = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": since})
        os.ftruncate(fd, 0)
        os.pwrite(fd, record.encode() + b"\n", 0)
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def bind(host: str, port: int, setting: str = "TAMPERWATCH_PORT") -> socket.socket:
    """A listening socket on ``host:port`` (port 0: any free one), or a ConfigError saying why not."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as exc:
        raise ConfigError(
            f"TAMPERWATCH_HOST {host!r} is not an address to listen on ({exc.strerror}): "
            "use 127.0.0.1, 0.0.0.0 or an address of this machine"
        ) from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise ConfigError(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}): stop the program using that port, "
            f"or set {setting} to a free one"
        ) from None
    sock.setblocking(False)
    return sock


def log_verdict(ctx: CheckContext) -> None:
    """A scheduler observer: a defaced verdict is logged at WARNING (suspicious ones at INFO)."""
    verdict = ctx.verdict
    if verdict is None or verdict.status not in (Status.DEFACED, Status.SUSPICIOUS):
        return
    level = logging.WARNING if verdict.status is Status.DEFACED else logging.INFO
    extra = {"target": ctx.target.id, "url": ctx.target.url, "status": verdict.status.value}
    reason = verdict.reasons[0] if verdict.reasons else "no reason given"
    log.log(
        level,
        "%s %s (score %.2f): %s",
        verdict.status.value,
        ctx.target.url,
        verdict.score,
        reason,
        extra=extra,
    )


class LoggedEvents:
    """An event sink that logs every incident change at WARNING before passing it on."""

    def __init__(self, inner: EventSink) -> None:
        self.inner = inner

    async def publish(self, event: IncidentEvent) -> None:
        incident = event.incident
        extra = {"target": incident.target_id, "url": event.target_url, "incident": incident.id}
        reason = incident.reasons[0] if incident.reasons else ""
        log.warning(
            "incident %d (%s) %s: %s%s",
            incident.id,
            incident.kind.value,
            event.change,
            event.target_url,
            f": {reason}" if reason else "",
            extra=extra,
        )
        await self.inner.publish(event)


def check_tls(settings: Settings) -> None:
    """A ConfigError, before anything starts, when the TLS certificate and key do not load together."""
    if settings.tls_certfile is None:
        if settings.tls_keyfile is not None:
            raise ConfigError("tls_keyfile is set without tls_certfile: set both, or neither")
        return
    import ssl

    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(settings.tls_certfile, settings.tls_keyfile)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(
            f"the TLS certificate {settings.tls_certfile} (key {settings.tls_keyfile or 'in the same file'}) "
            f"cannot be loaded: {exc}"
        ) from None


def content_app(
    settings: Settings, app: FastAPI, rt: Runtime, sock: socket.socket, content_sock: socket.socket
) -> FastAPI:
    """The content origin of the dashboard's sandboxed frames, on ``content_sock``."""
    from tamperwatch.api.content_origin import create_content_app, frame_ancestors

    api = app.state.api
    api.content_port = content_sock.getsockname()[1]
    signer = api.content
    assert signer is not None  # ApiServices.from_runtime made it
    ancestors = frame_ancestors(sock.getsockname()[1], settings.tls_certfile is not None)
    return create_content_app(rt.archive.load_body, signer, ancestors)


async def serve_forever(settings: Settings, with_api: bool = True) -> None:
    configure_logging(settings)
    if with_api:
        check_tls(settings)
    with data_dir_lock(settings.data_dir):
        socks = []
        try:
            if with_api:
                socks.append(bind(settings.host, settings.port))
                content_port = content_port_of(settings.port, settings.content_port)
                socks.append(bind(settings.host, content_port, "TAMPERWATCH_CONTENT_PORT"))
            await _serve(settings, socks)
        finally:
            for sock in socks:
                sock.close()


async def _serve(settings: Settings, socks: list[socket.socket]) -> None:
    """``socks``: the API's listening socket and the content origin's (none: no API)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with open_runtime(settings) as rt:
        metrics = Metrics()
        rt.scheduler.observers.append(metrics.observe)
        rt.scheduler.observers.append(log_verdict)
        held = HeldDuringMaintenance(
            rt.services.events,
            MaintenanceStore(rt.archive.db),
            rt.archive,
            rt.services.incidents,
            held=SqlHeldStore(rt.archive.db),  # held changes outlive a restart
        )
        rt.services.events = LoggedEvents(held)
        tasks = [
            asyncio.create_task(rt.scheduler.run_forever(stop)),
            asyncio.create_task(_refresh_gauges(rt, metrics, stop)),
            asyncio.create_task(_retention(rt, stop)),
            asyncio.create_task(audit_loop(settings, rt.archive, rt.services.events, stop)),
            asyncio.create_task(
                stream_loop(settings, rt.archive, rt.services.incidents, rt.services.events, stop)
            ),
            asyncio.create_task(
                reminder_loop(
                    settings, rt.archive, rt.services.incidents, rt.services.events, stop, held.in_maintenance
                )
            ),
            asyncio.create_task(release_loop(held, rt.archive, stop)),
        ]
        server = None
        if socks:  # screens push to the API: without it, their silence is not theirs
            sock, content_sock = socks
            screens = lazy_hub(settings, rt.archive, rt.services)  # OpenCV loads with the first screen
            tasks.append(asyncio.create_task(_screen_gaps(settings, screens, stop)))
            app = create_app(settings, rt, metrics, screen_hub=screens)
            rt.scheduler.observers.append(app.state.api.feed.observe)  # the dashboard's live updates
            tls = settings.tls_certfile is not None
            content = content_app(settings, app, rt, sock, content_sock)
            config = uvicorn.Config(
                by_port(app, content, content_sock.getsockname()[1]),
                host=settings.host,
                port=settings.port,
                log_config=None,
                access_log=False,
                lifespan="off",
                ssl_certfile=settings.tls_certfile,
                ssl_keyfile=settings.tls_keyfile,
            )
            server = uvicorn.Server(config)
            # uvicorn captures SIGINT/SIGTERM while it serves and re-raises them when it stops,
            # which then reaches the loop handlers above and sets ``stop``.
            tasks.append(asyncio.create_task(server.serve(sockets=socks)))
            host, port = sock.getsockname()[:2]
            shown = f"[{host}]" if ":" in host else host
            scheme = "https" if tls else "http"
            log.info("serving on %s://%s:%d", scheme, shown, port)  # the socket is bound and listening
            log.info(
                "captured pages for the dashboard on %s://%s:%d", scheme, shown, content_sock.getsockname()[1]
            )
        await stop.wait()
        log.info("shutting down")
        if server is not None:
            server.should_exit = True
        await asyncio.gather(*tasks, return_exceptions=True)
        await rt.dispatcher.drain()

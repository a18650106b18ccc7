"""Entry points the command line calls: run the agent, publish, open or close a maintenance
window, report a root's state. Settings are turned into the agent's parts here (``wiring.py``)."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from tamperwatch.agent.config import AgentConfig, AgentMode
from tamperwatch.agent.fanotify import probe
from tamperwatch.agent.maintenance import Window, close_window, current_window, open_window
from tamperwatch.agent.publish import commit_publish, plan_publish
from tamperwatch.agent.record import AGENT_EVENTS_PATH, MAINTENANCE_EVENT, PUBLISH_EVENT, Recorder
from tamperwatch.agent.wiring import baselines_for, check_root, guard_for
from tamperwatch.archive.signing import Signer
from tamperwatch.errors import ConfigError
from tamperwatch.settings import Settings

PUBLISH_FAILED_MAX = 200  # paths a publish record lists that could not be written
PIPE_REQUEST_MAX_BYTES = 60_000  # what a pipe holds before its reader runs (64 KiB on Linux)

if TYPE_CHECKING:
    from tamperwatch.notify.dispatch import NotificationDispatcher
    from tamperwatch.notify.webhook import WebhookNotifier


def central_reporter(settings: Settings) -> WebhookNotifier:
    """The agent's incidents, sent to the central serve's agent route as webhook documents signed
    with this agent's own secret (retried with backoff by the dispatcher like any notifier)."""
    from tamperwatch.archive.log import checkpoint_dir
    from tamperwatch.notify.webhook import WebhookNotifier

    if not settings.agent_report_token:
        raise ConfigError("agent_report_url is set without agent_report_token: set both, or neither")
    check_report_url(settings.agent_report_url)
    url = settings.agent_report_url.rstrip("/") + AGENT_EVENTS_PATH
    try:
        checkpoints = checkpoint_dir(settings.data_dir)
        return WebhookNotifier(url, settings.agent_report_token, checkpoints=checkpoints)
    except ValueError as exc:
        raise ConfigError(f"agent_report_url: {exc}") from None


def check_report_url(url: str) -> None:
    """The central serve is reached over HTTPS (the reports are signed, not encrypted otherwise);
    plain HTTP only to a loopback address (a serve on the same machine, a test)."""
    import ipaddress
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme != "http" or not loopback:
        raise ConfigError(
            f"agent_report_url {url!r}: use an https:// URL (plain http only to a loopback address)"
        )


def _config(settings: Settings, mode: str = "") -> AgentConfig:
    config = AgentConfig.from_settings(settings)
    return replace(config, mode=AgentMode(mode)) if mode else config


async def resident_request(
    settings: Settings, roots: Sequence[Path], actor: str, mode: str = ""
) -> dict[str, Any]:
    """What the resident process needs (``agent/resident.py``), checked here where a mistake is
    still a one-line error: the roots, the key (made at first start), the newest baseline
    generation the signed log names for each root, and the settings of its recording children."""
    from tamperwatch.runtime import open_archive

    if not roots:
        raise ConfigError("give at least one --root to protect")
    config = _config(settings, mode)
    if settings.agent_report_url:
        central_reporter(settings)  # a reporting mistake stops the start, not the first drain
    signer = Signer.load_or_create(settings.key_path)
    reals = [str(check_root(r, config)) for r in roots]
    fanotify = probe([Path(r) for r in reals])
    config = replace(config, writers=writer_programs(config.writers, fanotify))
    host = socket.gethostname()
    async with open_archive(settings) as archive:
        recorder = Recorder(archive, None, host, config.episode_gap_s)
        generations = {r: await recorder.newest_generation(r) for r in reals}
    return {
        "config": config.to_request(),
        "roots": reals,
        "actor": actor,
        "fingerprint": signer.fingerprint,
        "generations": generations,
        "fanotify": fanotify,
        "log_level": settings.log_level.upper(),
        "drain": {"settings": settings.model_dump(mode="json"), "host": host},
    }


def writer_programs(writers: Sequence[str], fanotify: str) -> tuple[str, ...]:
    """The whitelisted programs as the kernel names them (symlinks resolved); refused where
    fanotify (``fanotify``: why not, "" when it works) cannot name the writer."""
    if not writers:
        return ()
    if fanotify:
        raise ConfigError(
            f"agent_writers is set but fanotify cannot name the writers here ({fanotify}): run the agent "
            "as root or with CAP_SYS_ADMIN outside a container that forbids it, or empty agent_writers"
        )
    for program in writers:
        if not os.path.isabs(program):
            raise ConfigError(f"agent_writers: {program!r} is not an absolute path to a program")
    return tuple(os.path.realpath(p) for p in writers)


def exec_resident(request: dict[str, Any]) -> NoReturn:
    """Become the resident process (same pid, fresh memory): the request goes through an
    anonymous memory file inherited across ``exec`` (no secret of the settings on disk)."""
    data = json.dumps(request).encode()
    try:
        fd = os.memfd_create("tamperwatch-agent-request", 0)
        os.write(fd, data)
        os.lseek(fd, 0, os.SEEK_SET)
    except OSError:  # no memfd_create (a system-call filter): a pipe, read after exec
        if len(data) > PIPE_REQUEST_MAX_BYTES:
            raise ConfigError(
                "memfd_create is not allowed here and the agent's settings are too large"
            ) from None
        fd, write_end = os.pipe()
        os.write(write_end, data)
        os.close(write_end)
    os.set_inheritable(fd, True)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, "-m", "tamperwatch.agent.resident", "--request-fd", str(fd)])


def notifier_dispatcher(settings: Settings) -> NotificationDispatcher | None:
    """The configured notifiers; None when there are none (the notifier plugins, Apprise among
    them, are then never imported)."""
    from tamperwatch.notify.dispatch import NotificationDispatcher

    if not (settings.notify_urls or settings.webhook_urls):
        return None
    return NotificationDispatcher.from_settings(settings)


def report_dispatcher(settings: Settings) -> NotificationDispatcher | None:
    """The central serve's agent route as a notifier of its own (it hears of every batch, the
    notifiers of incidents opened); None when no central serve is configured."""
    from tamperwatch.notify.dispatch import NotificationDispatcher

    if not settings.agent_report_url:
        return None
    return NotificationDispatcher(
        [central_reporter(settings)], retries=settings.notify_retries, backoff_s=settings.notify_backoff_s
    )


@dataclass(frozen=True, slots=True)
class Published:
    generation: int
    added: int
    changed: int
    removed: int
    event_idx: int


async def publish(settings: Settings, root: Path, staging: Path, actor: str, reason: str) -> Published:
    """Make ``staging`` the new content and baseline of ``root``; one signed, attributed record."""
    from tamperwatch.runtime import open_archive

    config = _config(settings)
    signer = Signer.load_or_create(settings.key_path)
    real = check_root(root, config)
    guard = guard_for(real, config, signer)
    if not guard.parts.baselines.exists():
        raise ConfigError(f"{root}: no baseline yet: start `tamperwatch agent run --root {root}` once first")
    plan = await asyncio.to_thread(plan_publish, guard, staging, actor, reason)
    # committed first, recorded after: a failed commit leaves no record of a publish that did
    # not happen; a kill between the two is recorded by the agent's next start, from the signed
    # manifest (it names the actor and the reason)
    not_written = await asyncio.to_thread(commit_publish, guard, plan)
    async with open_archive(settings) as archive:
        recorder = Recorder(archive, None, socket.gethostname(), config.episode_gap_s)
        data = plan.describe() | {"staging": str(staging), "based_on": plan.based_on}
        if not_written:  # the running agent puts them back from the golden store where it can
            data |= {"not_written": not_written[:PUBLISH_FAILED_MAX]}
        idx = await recorder.note(PUBLISH_EVENT, str(real), data, actor)
    return Published(plan.manifest.generation, len(plan.added), len(plan.changed), len(plan.removed), idx)


async def maintenance(settings: Settings, root: Path, seconds: float, actor: str, reason: str) -> float:
    """Open a maintenance window of ``seconds`` on ``root`` (0 closes it); its end (epoch s)."""
    from tamperwatch.runtime import open_archive

    config = _config(settings)
    signer = Signer.load_or_create(settings.key_path)
    real = check_root(root, config)
    folder = baselines_for(real, config, signer).folder
    until = time.time() + seconds if seconds > 0 else 0.0
    async with open_archive(settings) as archive:
        recorder = Recorder(archive, None, socket.gethostname(), config.episode_gap_s)
        data: dict[str, Any] = {"until": until, "reason": reason, "closed": seconds <= 0}
        await recorder.note(MAINTENANCE_EVENT, str(real), data, actor)
    if seconds > 0:
        open_window(folder, Window(str(real), until, actor, reason), signer)
    else:
        close_window(folder)
    return until


def root_status(settings: Settings, root: Path) -> dict[str, Any]:
    """A root's baseline (verified), golden copies and maintenance window; ``ok`` False when the
    baseline or a golden copy does not verify."""
    config = _config(settings)
    signer = Signer.load_or_create(settings.key_path)
    real = check_root(root, config)
    guard = guard_for(real, config, signer)
    status: dict[str, Any] = {"root": str(real), "agent_folder": str(guard.folder), "mode": config.mode.value}
    if not guard.parts.baselines.exists():
        return status | {"ok": False, "baseline": "none yet"}
    guard.refresh()
    if guard.tampered or guard.manifest is None:
        return status | {"ok": False, "baseline": f"does not verify: {guard.tampered}"}
    manifest = guard.manifest
    digests = {e.digest: p for p, e in manifest.files() if e.stored}
    states = guard.parts.restorer.golden.states_sync(digests)
    bad = sorted(digests[d] for d, s in states.items() if s != "present")
    window = current_window(guard.folder, str(real), signer, time.time())
    why = probe([real])
    return status | {
        "fanotify": f"unavailable: {why}" if why else "available",
        "writers": list(config.writers),
        "ok": not bad,
        "baseline": "verified",
        "generation": manifest.generation,
        "created_at": manifest.created_at,
        "by": manifest.actor,
        "entries": len(manifest.entries),
        "golden_bad": bad,
        "maintenance_until": window.until if window else None,
    }

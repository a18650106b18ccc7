"""Incident changes from the command line: ack, comment, resolve, false-positive, reopen.

Each goes through ``IncidentService`` (its transition table; a refused change is one line and
status 2), is logged as a signed event with who made it (``--by``, default the login name) and
is announced to the configured notifiers like a change made by a check.
"""

from __future__ import annotations

import getpass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import typer

from tamperwatch.cli.common import console, fail, run_async, settings_of
from tamperwatch.models import Capture, Incident, Verdict

if TYPE_CHECKING:
    from tamperwatch.archive.base import Archive
    from tamperwatch.incidents.service import IncidentService
    from tamperwatch.settings import Settings


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "operator"


def _service(archive: Archive, settings: Settings) -> IncidentService:
    """The service with the cold-start classifier and the baseline teacher a false positive needs."""
    from tamperwatch.detect.engine import DetectionEngine
    from tamperwatch.incidents.feedback import accept_baseline
    from tamperwatch.incidents.service import IncidentService

    engines: list[DetectionEngine] = []

    def engine() -> DetectionEngine:  # built only when a false positive needs it
        if not engines:
            engines.append(DetectionEngine.from_settings(settings))
        return engines[0]

    def cold(body: bytes) -> Verdict:
        return engine().classify(Capture(url="about:incident", fetched_at=datetime.now(UTC), body=body))

    async def teach(incident: Incident) -> None:
        target = await archive.get_target(incident.target_id)
        if target is not None:
            await accept_baseline(archive, engine(), target, str(incident.evidence["content_hash"]))

    return IncidentService(archive, cold_judge=cold, teach_baseline=teach)


def change_incident(
    settings: Settings, incident_id: int, action: str, by: str, note: str, force: bool
) -> None:
    from tamperwatch.cli.incidents import notify_change
    from tamperwatch.incidents.service import IncidentError

    async def go() -> tuple[Incident, int]:
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            changed = await _service(archive, settings).change(incident_id, action, by, note, force)
            target = await archive.get_target(changed.target_id)
        url = target.url if target else f"#{changed.target_id}"
        return changed, await notify_change(settings, changed, url, action)

    try:
        inc, failed = run_async(go())
    except IncidentError as exc:
        raise fail(str(exc)) from None
    console().print(f"incident {inc.id} is now {inc.state.value} ({action} by {by})")
    if failed:
        console().print(f"[yellow]warning:[/] {failed} notification(s) not delivered (see the log)")


NOTE = typer.Option("", help="A note kept in the incident's history.")
BY = typer.Option("", help="Who makes the change (default: your login name).")


def register(app: typer.Typer) -> None:
    def action_command(action: str, verb: str, help_text: str) -> None:
        @app.command(verb, help=help_text)
        def command(ctx: typer.Context, incident_id: int, note: str = NOTE, by: str = BY) -> None:
            change_incident(settings_of(ctx), incident_id, action, by or _login(), note, False)

    action_command("acknowledged", "ack", "Acknowledge an incident: someone is on it.")
    action_command("commented", "comment", "Add a note to an incident's history (its state stays).")
    action_command("resolved", "resolve", "Mark an incident resolved.")
    action_command("reopened", "reopen", "Reopen a resolved or false-positive incident.")

    @app.command("false-positive")
    def false_positive(
        ctx: typer.Context,
        incident_id: int,
        note: str = NOTE,
        by: str = BY,
        force: bool = typer.Option(
            False, "--force", help="Even when the captured page reads as a defacement on its own."
        ),
    ) -> None:
        """Mark an incident a false positive; its capture is accepted into the target's baseline."""
        change_incident(settings_of(ctx), incident_id, "false-positive", by or _login(), note, force)

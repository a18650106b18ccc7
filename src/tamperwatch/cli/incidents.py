"""Incident commands: list, show, ack, resolve, false-positive."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import typer

from tamperwatch.cli.common import console, fail, print_json, run_async, settings_of, table_console
from tamperwatch.models import Incident, IncidentEvent, IncidentState

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

NOTIFY_WAIT_S = 30.0  # how long a state change from the command line waits for its notifications
incidents_app = typer.Typer(help="Review and act on incidents.", no_args_is_help=True)


def incident_json(i: Incident) -> dict[str, object]:
    return {
        "id": i.id,
        "target_id": i.target_id,
        "kind": i.kind.value,
        "state": i.state.value,
        "opened_at": i.opened_at.isoformat(),
        "updated_at": i.updated_at.isoformat(),
        "score": i.score,
        "reasons": list(i.reasons),
        "evidence": i.evidence,
        "note": i.note,
    }


@incidents_app.command("list")
def list_(
    ctx: typer.Context,
    state: IncidentState = typer.Option(None, help="Only incidents in this state."),
    json_out: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """List incidents, newest first."""
    settings = settings_of(ctx)

    async def go() -> list[tuple[Incident, str]]:
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            out = []
            for inc in await archive.list_incidents(state):
                target = await archive.get_target(inc.target_id)
                out.append((inc, target.url if target else f"#{inc.target_id}"))
            return out

    rows = run_async(go())
    if json_out:
        print_json([dict(incident_json(i), url=u) for i, u in rows])
        return
    from rich.table import Table

    table = Table("id", "kind", "state", "opened", "url", "reason")
    for i, url in rows:
        table.add_row(
            str(i.id),
            i.kind.value,
            i.state.value,
            i.opened_at.strftime("%Y-%m-%d %H:%M"),
            url,
            i.reasons[0] if i.reasons else "",
        )
    table_console().print(table)  # into a file or a pipe, URLs and reasons are never cut


@incidents_app.command()
def show(
    ctx: typer.Context,
    incident_id: int,
    json_out: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """Show one incident with its reasons and evidence."""
    settings = settings_of(ctx)

    async def go() -> Incident | None:
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            return await archive.get_incident(incident_id)

    inc = run_async(go())
    if inc is None:
        raise fail(f"no incident {incident_id}", 1)
    if json_out:
        print_json(incident_json(inc))
        return
    out = console()
    out.print(f"[bold]incident {inc.id}[/] {inc.kind.value} — {inc.state.value} (score {inc.score:.2f})")
    out.print(f"opened {inc.opened_at.isoformat()}, updated {inc.updated_at.isoformat()}")
    for reason in inc.reasons:
        out.print(f"  - {reason}")
    for key, value in inc.evidence.items():
        out.print(f"  {key}: {value}")


async def notify_change(settings: Settings, incident: Incident, url: str, change: str) -> int:
    """Send one incident state change to the configured notifiers, as ``serve`` would; returns how
    many deliveries failed (after the dispatcher's retries). Never raises: the change is stored."""
    from tamperwatch.notify.dispatch import NotificationDispatcher

    dispatcher = NotificationDispatcher.from_settings(settings)
    if not dispatcher.notifiers:
        return 0
    await dispatcher.publish(IncidentEvent(incident, url, change, datetime.now(UTC)))
    await dispatcher.aclose(timeout_s=NOTIFY_WAIT_S)
    return dispatcher.counters.failed + dispatcher.pending


def _transition(state: IncidentState, verb: str, help_text: str) -> None:
    @incidents_app.command(verb, help=help_text)
    def command(
        ctx: typer.Context,
        incident_id: int,
        note: str = typer.Option("", help="A note kept with the incident."),
    ) -> None:
        settings = settings_of(ctx)

        async def go() -> tuple[Incident | None, int]:
            from tamperwatch.incidents.feedback import accept_baseline
            from tamperwatch.runtime import open_archive

            async with open_archive(settings) as archive:
                found = await archive.get_incident(incident_id)
                if found is None:
                    return None, 0
                target = await archive.get_target(found.target_id)
                if state is IncidentState.FALSE_POSITIVE and target and found.evidence.get("content_hash"):
                    from tamperwatch.detect.engine import DetectionEngine

                    engine = DetectionEngine.from_settings(settings)
                    await accept_baseline(archive, engine, target, str(found.evidence["content_hash"]))
                changed = await archive.set_incident_state(incident_id, state, note)
            if changed is None or changed.state == found.state:
                return changed, 0
            url = target.url if target else f"#{found.target_id}"
            return changed, await notify_change(settings, changed, url, state.value)

        inc, failed = run_async(go())
        if inc is None:
            raise fail(f"no incident {incident_id}", 1)
        console().print(f"incident {inc.id} is now {inc.state.value}")
        if failed:
            console().print(f"[yellow]warning:[/] {failed} notification(s) not delivered (see the log)")


_transition(IncidentState.ACKNOWLEDGED, "ack", "Acknowledge an incident: someone is on it.")
_transition(IncidentState.RESOLVED, "resolve", "Mark an incident resolved.")
_transition(
    IncidentState.FALSE_POSITIVE,
    "false-positive",
    "Mark an incident a false positive; its capture is accepted into the target's baseline.",
)

"""Incident commands: list and show here; ack, comment, resolve, false-positive, reopen in
incident_actions.py."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
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
    export: Path | None = typer.Option(
        None,
        "--export",
        help="Write the evidence (pages, screenshots, stream frames and clip, diff, history) "
        "into this new folder.",
    ),
) -> None:
    """Show one incident with its reasons, evidence and signed history."""
    settings = settings_of(ctx)

    async def go() -> tuple[Incident | None, list[dict[str, object]], list[Path]]:
        from tamperwatch.incidents.export import export_incident, history_json
        from tamperwatch.incidents.service import history
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            inc = await archive.get_incident(incident_id)
            if inc is None:
                return None, [], []
            events = await history(archive, incident_id)
            written = []
            if export is not None:
                written = await export_incident(archive, inc, events, incident_json(inc), export)
            return inc, history_json(events), written

    from tamperwatch.incidents.export import ExportError

    try:
        inc, events, written = run_async(go())
    except ExportError as exc:
        raise fail(str(exc)) from None
    if inc is None:
        raise fail(f"no incident {incident_id}", 1)
    if json_out:
        print_json(dict(incident_json(inc), history=events))
        return
    out = console()
    out.print(f"[bold]incident {inc.id}[/] {inc.kind.value} — {inc.state.value} (score {inc.score:.2f})")
    out.print(f"opened {inc.opened_at.isoformat()}, updated {inc.updated_at.isoformat()}")
    for reason in inc.reasons:
        out.print(f"  - {reason}", markup=False)
    for key, value in inc.evidence.items():
        out.print(f"  {key}: {value}", markup=False)
    for event in events:
        note = f": {event['note']}" if event.get("note") else ""
        who = event["actor"] or "tamperwatch"
        out.print(f"  {event['at']} {event['change']} by {who}{note}", markup=False)
    for path in written:
        out.print(f"wrote {path}", markup=False)


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


from tamperwatch.cli import incident_actions  # noqa: E402 - registers ack, comment, resolve, ...

incident_actions.register(incidents_app)

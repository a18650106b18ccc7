"""`make demo`: watch a local portal, deface two pages mid-run, show detection, incident and webhook.

Exits 0 only if both defacements were caught, the changing-but-clean pages raised nothing and
every webhook signature verified. Ends by itself well within two minutes.
"""

from __future__ import annotations

import asyncio
import secrets
import sys
import tempfile
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tamperwatch.capture.renderer import why_no_renderer
from tamperwatch.cli.common import STATUS_STYLE
from tamperwatch.demo.portal import PAGES, DemoPortal
from tamperwatch.models import DEFAULT_RENDER_POLICY, Status, Target
from tamperwatch.notify.receiver import WebhookReceiver
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.runtime import open_runtime
from tamperwatch.settings import Settings

REPLACED, INJECTED = "/news", "/services"
INTERVAL_S = 2.0


async def _wait(predicate: object, event: asyncio.Event, timeout: float) -> bool:
    assert callable(predicate)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        event.clear()
        left = deadline - loop.time()
        if left <= 0:
            return False
        try:
            await asyncio.wait_for(event.wait(), left)
        except TimeoutError:
            return False
    return True


async def demo(out: Console, data_dir: Path) -> bool:
    portal = await DemoPortal().start()
    secret = secrets.token_hex(16)
    receiver = await WebhookReceiver(secret).start()
    settings = Settings(
        _env_file=None,
        data_dir=data_dir,
        url_allowlist=[f"127.0.0.1/32:{portal.port}"],
        webhook_urls=[receiver.url],
        webhook_secret=secret,
        jitter_fraction=0.05,
        log_json=False,
    )
    out.print(
        f"[bold]demo portal[/] http://127.0.0.1:{portal.port}/ — {len(PAGES)} pages that change on every "
        f"request; webhook receiver {receiver.url}; data in {data_dir}"
    )
    no_render = why_no_renderer(settings)
    out.print(
        f"render tier: off ({no_render}), HTTP only"
        if no_render
        else "render tier: on (Chromium renders the visual baseline, then on a flagged change or every "
        f"{settings.render_interval_s:g}s: render policy '{DEFAULT_RENDER_POLICY}')"
    )
    checks: Counter[int] = Counter()
    alerts: dict[str, list[Status]] = {path: [] for path in PAGES}
    progressed = asyncio.Event()
    try:
        async with open_runtime(settings) as rt:
            ids = {}
            for path in PAGES:
                target = await rt.archive.add_target(Target(url=portal.url(path), interval_s=INTERVAL_S))
                ids[target.id] = path

            def observe(ctx: CheckContext) -> None:
                assert ctx.verdict is not None
                path = ids[ctx.target.id]
                checks[ctx.target.id] += 1
                v = ctx.verdict
                if v.status in (Status.DEFACED, Status.SUSPICIOUS):
                    alerts[path].append(v.status)
                reason = f" — {v.reasons[0]}" if v.reasons and v.status is not Status.CLEAN else ""
                status = f"[{STATUS_STYLE[v.status]}]{v.status.value:<10}[/]"
                out.print(f"  check {path:<10} {status} score {v.score:.2f}{reason}")
                for event in ctx.events:
                    out.print(
                        f"  [bold]incident {event.incident.id} {event.change}[/]: "
                        f"{event.incident.kind.value} on {event.target_url}"
                    )
                progressed.set()

            rt.scheduler.observers.append(observe)
            stop = asyncio.Event()
            runner = asyncio.create_task(rt.scheduler.run_forever(stop))
            learn_rounds = settings.learn_captures + 2
            out.print(f"[bold]1. learning[/]: {settings.learn_captures} captures per page, then clean checks")
            await _wait(
                lambda: len(checks) == len(PAGES) and min(checks.values()) >= learn_rounds, progressed, 60
            )
            out.print(
                f"[bold]2. defacing[/] {REPLACED} (full replacement) and {INJECTED} (hidden spam links)"
            )
            portal.deface_replace(REPLACED)
            portal.inject_spam(INJECTED)
            try:
                await receiver.wait_for(2, timeout=45)
            except TimeoutError as exc:
                out.print(f"[red]{exc}[/]")
            base = dict(checks)
            out.print("[bold]3. watching[/] two more rounds")
            await _wait(lambda: all(checks[t] >= base.get(t, 0) + 2 for t in ids), progressed, 20)
            stop.set()
            await runner
            await rt.dispatcher.drain()
            incidents = await rt.archive.list_incidents()
            await _report(out, receiver, incidents, ids, alerts)
            return _passed(out, receiver, incidents, ids, alerts)
    finally:
        await receiver.stop()
        await portal.stop()


async def _report(out: Console, receiver: WebhookReceiver, incidents: list, ids: dict, alerts: dict) -> None:  # type: ignore[type-arg]
    table = Table("incident", "page", "kind", "state", "reasons", title="incidents")
    for inc in incidents:
        table.add_row(
            str(inc.id),
            ids.get(inc.target_id, "?"),
            inc.kind.value,
            inc.state.value,
            "; ".join(inc.reasons[:2]),
        )
    out.print(table)
    for req in receiver.received:
        doc = req.json()
        out.print(
            f"webhook {'[green]signature verified[/]' if req.verified else '[red]UNVERIFIED[/]'}: "
            f"{doc.get('change')} {doc.get('incident', {}).get('kind')} {doc.get('target', {}).get('url')}"
        )


def _passed(out: Console, receiver: WebhookReceiver, incidents: list, ids: dict, alerts: dict) -> bool:  # type: ignore[type-arg]
    defaced_pages = {ids[i.target_id] for i in incidents if i.kind.value == "defaced"}
    clean_pages = [p for p in PAGES if p not in (REPLACED, INJECTED)]
    checks = {
        f"full replacement of {REPLACED} caught": REPLACED in defaced_pages,
        f"hidden spam block on {INJECTED} caught": INJECTED in defaced_pages,
        "changing clean pages raised nothing": not any(alerts[p] for p in clean_pages)
        and not any(ids[i.target_id] in clean_pages for i in incidents),
        "every webhook signature verified": bool(receiver.received)
        and receiver.rejected == 0
        and all(r.verified for r in receiver.received),
    }
    for name, ok in checks.items():
        out.print(f"{'[green]PASS[/]' if ok else '[bold red]FAIL[/]'} {name}")
    return all(checks.values())


def main() -> int:
    out = Console(highlight=False)
    with tempfile.TemporaryDirectory(prefix="tamperwatch-demo-") as tmp:
        try:
            ok = asyncio.run(asyncio.wait_for(demo(out, Path(tmp)), timeout=110))
        except TimeoutError:
            out.print("[bold red]FAIL[/] the demo did not finish within its deadline")
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

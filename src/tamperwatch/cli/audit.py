"""`tamperwatch audit`: the hardening audit of one or more sites, or of every watched target.

Exit status: 0 no finding of high or critical severity, 1 a high one, 2 a critical one, 3 a site
could not be audited (and none has a critical finding). A mistake in the input exits 2 before
anything is fetched, as elsewhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tamperwatch.cli.common import fail, print_json, progress_bar, run_async, settings_of, table_console

if TYPE_CHECKING:
    from tamperwatch.audit.findings import SiteReport
    from tamperwatch.settings import Settings

OK, HIGH_FOUND, CRITICAL_FOUND, NOT_AUDITED = 0, 1, 2, 3


def audit_exit(reports: list[SiteReport]) -> int:
    severities = {f.severity.value for r in reports for f in r.findings}
    if "critical" in severities:
        return CRITICAL_FOUND
    if any(r.error for r in reports):
        return NOT_AUDITED
    return HIGH_FOUND if "high" in severities else OK


def _urls(settings: Settings, given: list[str], targets: bool) -> list[str]:
    from tamperwatch.target_file import TargetFileError, check_url

    urls: list[str] = []
    for url in given:
        try:
            urls.append(check_url(url))
        except TargetFileError as exc:
            raise fail(str(exc)) from None
    if targets:

        async def watched() -> list[str]:
            from tamperwatch.models import TargetKind
            from tamperwatch.runtime import open_archive

            async with open_archive(settings) as archive:
                return [t.url for t in await archive.list_targets() if t.kind == TargetKind.WEB]

        urls += run_async(watched())
    if not urls:
        raise fail("nothing to audit: give one or more URLs, or --targets for every watched site")
    return list(dict.fromkeys(urls))


async def _watch(
    settings: Settings, auditor: Callable[[Sequence[str]], Awaitable[list[SiteReport]]], opened: list[int]
) -> list[SiteReport]:
    """The scheduled audit's pass, once; the ids of the incidents it opened go to ``opened``."""
    from tamperwatch.audit.fleet import worst_first
    from tamperwatch.audit.schedule import audit_due
    from tamperwatch.notify.dispatch import NotificationDispatcher
    from tamperwatch.runtime import open_archive

    async with open_archive(settings) as archive:
        dispatcher = NotificationDispatcher.from_settings(settings)
        try:
            results = await audit_due(settings, archive, dispatcher, auditor)
            await dispatcher.drain()
        finally:
            await dispatcher.aclose()
    opened += [r.incident.id for r in results if r.incident is not None]
    return worst_first([r.report for r in results])


def register(app: typer.Typer) -> None:
    @app.command()
    def audit(
        ctx: typer.Context,
        urls: list[str] = typer.Argument(None, help="Sites to audit (http or https URLs)."),
        json_out: bool = typer.Option(False, "--json", help="Print the reports as JSON."),
        html: Path = typer.Option(None, "--html", help="Also write a self-contained HTML report here."),
        targets: bool = typer.Option(False, "--targets", help="Audit every watched web target too."),
        vulns: Path = typer.Option(
            None,
            "--vulns",
            help="OSV-format vulnerability dump (folder, zip or JSON) to match versions against.",
        ),
        tls: bool = typer.Option(
            True,
            "--tls/--no-tls",
            help="Scan TLS (sslyze, Mozilla intermediate): protocols, ciphers, certificate, OCSP stapling.",
        ),
        incidents: bool = typer.Option(
            False,
            "--incidents",
            help="With --targets: audit only targets not audited for audit_interval_s, and open an "
            "'exposure' incident for each with new findings (run it hourly from cron).",
        ),
    ) -> None:
        """Audit how easy sites are to deface and what to fix first, worst site first.

        Headers graded as Mozilla's HTTP Observatory grades them, exposed files and panels
        (confirmed by content), content hygiene, TLS and software versions; findings ordered by
        what an attacker would use first. Only GET requests and TLS handshakes, only to each
        audited host. See docs/audit.md.

        Exit status: 0 no high or critical finding, 1 a high one, 2 a critical one, 3 not audited."""
        from tamperwatch.audit.runner import run_audit

        settings = settings_of(ctx, data=targets or incidents)  # URLs alone need no data folder
        if vulns is not None and not vulns.exists():
            raise fail(f"--vulns {vulns}: no such file or folder")
        if html is not None:
            try:
                html.open("a", encoding="utf-8").close()
            except OSError as exc:
                raise fail(f"--html {html}: cannot write it ({exc.strerror or exc})") from None
        if incidents and (urls or not targets):
            raise fail("--incidents audits watched targets: use it with --targets and no URL")
        sites = [] if incidents else _urls(settings, urls or [], targets)
        opened: list[int] = []

        async def go() -> list[SiteReport]:
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

            columns = (TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
            with progress_bar(*columns, disable=json_out or len(sites) == 1) as bar:
                task = bar.add_task("audit", total=len(sites) or None)

                async def auditor(some: Sequence[str]) -> list[SiteReport]:
                    bar.update(task, total=len(some))
                    return await run_audit(
                        settings, some, tls=tls, vulns=vulns, progress=lambda _r: bar.advance(task)
                    )

                if incidents:
                    return await _watch(settings, auditor, opened)
                return await auditor(sites)

        reports = run_async(go())
        if html is not None:
            from tamperwatch.audit.report_html import render_html

            html.write_text(render_html(reports, datetime.now(UTC).isoformat(timespec="seconds")), "utf-8")
        if json_out:
            print_json(
                {"sites": [r.to_json() for r in reports]} | ({"incidents": opened} if incidents else {})
            )
        else:
            from tamperwatch.audit.report_text import print_reports

            out = table_console()
            print_reports(out, reports)
            if incidents:
                out.print(f"{len(reports)} target(s) audited; {len(opened)} exposure incident(s) opened")
        raise typer.Exit(audit_exit(reports))

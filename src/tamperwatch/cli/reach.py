"""Reach commands: `reach import FILE` loads a Tranco-format top-sites list (`rank,domain` lines),
`reach show URL` tells a page's rank and whether it is the home page."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from tamperwatch.cli.common import print_json, settings_of

reach_app = typer.Typer(help="How many people could have seen a page: top-sites rank.", no_args_is_help=True)


@reach_app.command("import")
def import_cmd(
    ctx: typer.Context,
    file: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="The list: RANK,DOMAIN lines (CSV, .gz or a .zip of one CSV)."
    ),
    name: str = typer.Option(
        None, "--name", help="The list's name in reports, e.g. tranco-2026-11-01 (default: the file's name)."
    ),
) -> None:
    """Load a Tranco-format list, replacing the one in use only when every line is good."""
    settings = settings_of(ctx)
    from tamperwatch.verify.reach_list import import_list

    started = time.perf_counter()
    label = name or file.name.split(".")[0]
    new, old = import_list(settings.data_dir, file, label)
    replaced = f"; replaced {old.name} ({old.size:,} domains)" if old is not None else ""
    typer.echo(
        f"imported {new.size:,} domains as {new.name} in {time.perf_counter() - started:.1f} s{replaced}"
    )


@reach_app.command("show")
def show_cmd(
    ctx: typer.Context,
    url: str = typer.Argument(..., help="The claimed page's URL."),
    json_out: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """The site's rank in the imported list, and whether the page is its home page."""
    from tamperwatch.verify.reach import reach_of

    reach = reach_of(settings_of(ctx, data=False), url)
    if json_out:
        print_json(reach.to_json())
    else:
        typer.echo(reach.describe())

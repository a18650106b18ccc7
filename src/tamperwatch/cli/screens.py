"""Screen commands: `screen add` (a `screen` target with its library and push token), `screen revoke`
(the token stops working; `--new-token` issues another) and `screen push` (the reference pusher a
signage player runs: a file, a command's output or the X11 display, once or every few seconds)."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tamperwatch.cli.common import console, fail, run_async, settings_of, store_target
from tamperwatch.cli.streams import LIBRARY_HELP

if TYPE_CHECKING:
    from tamperwatch.models import Target
    from tamperwatch.settings import Settings

screen_app = typer.Typer(help="Screens that push their screenshots to serve.", no_args_is_help=True)

SCREEN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
SCREEN_SCHEME = "screen:"
PUSH_TIMEOUT_S = 30.0  # one push waits this long for serve's answer
COMMAND_TIMEOUT_S = 30.0  # `--command` must print its picture within this long
MAX_PUSH_BYTES = 64 * 1024 * 1024  # what the pusher reads from a file or a command at most


def screen_url(name: str) -> str:
    if not SCREEN_NAME.match(name):
        raise fail(f"{name!r}: a screen name is 1-64 letters, digits, '.', '_' or '-'")
    return f"{SCREEN_SCHEME}{name}"


def add_media_target(settings: Settings, target: Target, library: Path, token_sha256: str = "") -> Target:
    """Store `target` and its library (checked first: a library that does not load is refused)."""
    from tamperwatch.streams.library import LibraryError, load_library
    from tamperwatch.streams.regions import RegionError
    from tamperwatch.streams.registry import MediaEntry, MediaRegistry

    try:
        load_library(library)
    except (LibraryError, RegionError) as exc:
        raise fail(str(exc)) from None

    stored = store_target(settings, target)
    entry = MediaEntry(str(library.resolve()), token_sha256)
    MediaRegistry.in_data_dir(settings.data_dir).put(stored.id, entry)
    return stored


def find_screen(settings: Settings, name: str) -> Target:
    from tamperwatch.models import TargetKind

    async def go() -> Target | None:
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            return await archive.get_target(int(name) if name.isdigit() else screen_url(name))

    found = run_async(go())
    if found is None or found.kind != TargetKind.SCREEN:
        raise fail(f"no screen {name!r}")
    return found


def _show_token(settings: Settings, target: Target, token: str) -> None:
    out = console()
    out.print(f"screen [bold]{target.url}[/] (id {target.id})", soft_wrap=True)
    out.print(
        f"push to: http://{settings.host}:{settings.port}/api/v1/screens/{target.id}/frames", soft_wrap=True
    )
    out.print(f"token (shown once, stored only as its hash): {token}", soft_wrap=True)


@screen_app.command("add")
def add_cmd(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Screen name (letters, digits, '.', '_', '-')."),
    library: Path = typer.Option(..., "--library", help=LIBRARY_HELP),
) -> None:
    """Add a screen target; prints its push URL and its token, once."""
    from tamperwatch.models import Target, TargetKind
    from tamperwatch.streams.registry import new_token

    settings = settings_of(ctx)
    token, hashed = new_token()
    target = Target(url=screen_url(name), kind=TargetKind.SCREEN, interval_s=settings.screen_silent_s)
    stored = add_media_target(settings, target, library, hashed)
    _show_token(settings, stored, token)


@screen_app.command("revoke")
def revoke_cmd(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Screen name or target id."),
    new_token: bool = typer.Option(False, "--new-token", help="Issue a new token in its place (shown once)."),
) -> None:
    """Revoke a screen's token: its pushes are refused (401) from the next one on."""
    from tamperwatch.streams.registry import MediaEntry, MediaRegistry
    from tamperwatch.streams.registry import new_token as make_token

    settings = settings_of(ctx)
    target = find_screen(settings, name)
    registry = MediaRegistry.in_data_dir(settings.data_dir)
    entry = registry.get(target.id)
    if entry is None:
        raise fail(f"screen {name!r} has no library or token on record; add it again")
    token, hashed = make_token() if new_token else ("", "")
    registry.put(target.id, MediaEntry(entry.library, hashed))
    if new_token:
        _show_token(settings, target, token)
    else:
        console().print(f"token of {target.url} revoked", soft_wrap=True)


def _grab(file: Path | None, command: str, x11: bool) -> bytes:
    import io
    import shlex
    import subprocess

    if file is not None:
        with file.open("rb") as f:
            data = f.read(MAX_PUSH_BYTES + 1)
    elif command:
        done = subprocess.run(
            shlex.split(command), capture_output=True, timeout=COMMAND_TIMEOUT_S, check=True
        )
        data = done.stdout
    else:
        from PIL import ImageGrab  # X11 through the xcb library Pillow's wheels carry

        try:
            shot = ImageGrab.grab(xdisplay=None) if x11 else None
        except OSError as exc:
            raise fail(f"cannot grab the X11 display ({exc}); use --command with a screenshot tool") from None
        if shot is None:
            raise fail("say what to push: --file, --command or --x11")
        buf = io.BytesIO()
        shot.save(buf, "PNG")
        data = buf.getvalue()
    if len(data) > MAX_PUSH_BYTES:
        raise fail(f"the picture is larger than {MAX_PUSH_BYTES} bytes")
    return data


def push_once(url: str, token: str, data: bytes) -> tuple[int, str]:
    """POST one frame; serve's status and answer."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"},
    )
    try:
        with urllib.request.urlopen(request, timeout=PUSH_TIMEOUT_S) as reply:
            return int(reply.status), reply.read(MAX_PUSH_BYTES).decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read(MAX_PUSH_BYTES).decode("utf-8", "replace")


@screen_app.command("push")
def push_cmd(
    url: str = typer.Argument(..., help="The screen's push URL (printed by `screen add`)."),
    token: str = typer.Option("", "--token", help="The screen's token (visible to other local users)."),
    token_file: Path = typer.Option(
        None, "--token-file", help="A file holding the token (safer than --token)."
    ),
    file: Path = typer.Option(None, "--file", help="Push this image file (read again before every push)."),
    command: str = typer.Option(
        "", "--command", help="Push what this command prints (e.g. 'grim -', 'import -window root png:-')."
    ),
    x11: bool = typer.Option(False, "--x11", help="Push a grab of the X11 display ($DISPLAY)."),
    every: float = typer.Option(0.0, "--every", help="Push again every this many seconds (0: once)."),
    count: int = typer.Option(0, "--count", help="With --every: stop after this many pushes (0: never)."),
) -> None:
    """Push a screenshot to serve: a file, a command's output or the X11 display, once or --every S."""
    from urllib.parse import urlsplit

    if urlsplit(url).scheme not in ("http", "https"):
        raise fail(f"{url}: not an http(s) URL")
    if token_file is not None:
        token = token_file.read_text(encoding="utf-8").strip()
    if not token:
        raise fail("a token is needed: --token or --token-file")
    if sum((file is not None, bool(command), x11)) != 1:
        raise fail("push one thing: --file, --command or --x11")
    out = console(stderr=True)
    stop = threading.Event()
    pushed = 0
    while True:
        import subprocess
        import urllib.error

        try:
            status, answer = push_once(url, token, _grab(file, command, x11))
            out.print(f"{status} {answer.strip()}", soft_wrap=True, highlight=False, markup=False)
            if status == 401:
                raise fail("the token was refused (401)", 1)
            if status >= 400 and every <= 0:
                raise fail(f"the frame was refused ({status})", 1)
        except (OSError, subprocess.SubprocessError, urllib.error.URLError) as exc:
            if every <= 0:
                raise fail(f"push failed: {exc}", 1) from None
            out.print(f"push failed: {exc}", soft_wrap=True, highlight=False, markup=False)
        pushed += 1
        if every <= 0 or (count and pushed >= count):
            return
        try:
            stop.wait(every)
        except KeyboardInterrupt:
            return

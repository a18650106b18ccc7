"""Library commands: `library add DIR FILE... [--ignore X,Y,W,H ...] [--playlist NAME]
[--schedule FILE]` copies approved images and videos into a library folder (creating it), adds them
to a playlist and sets what may be on air when (`streams/schedule.py`), so operators do not edit the
folder by hand.

Every file is checked by the library loader itself before anything is copied (a file that does not
load, a decompression bomb, or an unknown kind of file is refused with one line, exit 2), and the
whole folder is loaded again afterwards (playlists and schedule checked against its files); if that
fails the files just added are taken out again and the files written beside them restored."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import typer

from tamperwatch.cli.common import console, fail

library_app = typer.Typer(help="Folders of approved images and videos.", no_args_is_help=True)

REGION_FIELDS = 4  # X,Y,W,H


def parse_region(text: str) -> dict[str, int]:
    """`X,Y,W,H` in the stream's own pixels, as one ignore.json box."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != REGION_FIELDS or not all(p.lstrip("-").isdigit() for p in parts):
        raise fail(f"--ignore {text!r}: expected X,Y,W,H in whole pixels")
    x, y, w, h = (int(p) for p in parts)
    return {"x": x, "y": y, "w": w, "h": h}


def _check_file(path: Path) -> None:
    """Load `path` alone as a library (the loader's own checks); refuse it with one line if it fails."""
    from tamperwatch.streams.library import IMAGE_SUFFIXES, VIDEO_SUFFIXES, LibraryError, load_library

    if not path.is_file():
        raise fail(f"{path}: no such file")
    if path.suffix.lower() not in IMAGE_SUFFIXES + VIDEO_SUFFIXES:
        kinds = " ".join(IMAGE_SUFFIXES + VIDEO_SUFFIXES)
        raise fail(f"{path}: not an approved image or video (expected one of {kinds})")
    with tempfile.TemporaryDirectory(prefix="tamperwatch-library-") as tmp:
        staged = Path(tmp) / path.name
        shutil.copyfile(path, staged)
        try:
            load_library(Path(tmp))
        except LibraryError as exc:
            raise fail(f"{path}: refused: {exc}") from None


def _write_atomic(path: Path, data: bytes) -> None:
    from tamperwatch.archive.fsutil import atomic_write

    atomic_write(path, data)


def _json(data: object) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


def _playlists_with(folder: Path, playlist: str, names: list[str]) -> dict[str, list[str]]:
    """The folder's playlists with `names` appended to `playlist` (each once)."""
    from tamperwatch.streams.schedule import PLAYLISTS_FILE, ScheduleError, read_document

    path = folder / PLAYLISTS_FILE
    try:
        raw = read_document(path) if path.is_file() else {}
    except ScheduleError as exc:
        raise fail(str(exc)) from None
    if not isinstance(raw, dict):
        raise fail(f"{path}: expected an object of playlist name -> list of files")
    listed = [str(n) for n in raw.get(playlist, [])]
    raw[playlist] = listed + [n for n in names if n not in listed]
    return raw


def _schedule_document(path: Path) -> object:
    from tamperwatch.streams.schedule import ScheduleError, read_document

    try:
        document = read_document(path)
        json.dumps(document)
    except ScheduleError as exc:
        raise fail(str(exc)) from None
    except (TypeError, ValueError):  # YAML dates and the like
        raise fail(f"{path}: only strings, numbers, lists and objects belong in a schedule") from None
    return document


@library_app.command("add")
def add_cmd(
    folder: Path = typer.Argument(..., help="Library folder (created if missing)."),
    files: list[Path] = typer.Argument(None, help="Approved images and videos to copy into it."),
    ignore: list[str] = typer.Option(
        [], "--ignore", help="Region to ignore (clock, ticker), X,Y,W,H in stream pixels; repeatable."
    ),
    playlist: str = typer.Option(
        None, "--playlist", help="Add the files to this playlist of the library (created if missing)."
    ),
    schedule: Path = typer.Option(
        None,
        "--schedule",
        help="Schedule of what may be on air when (JSON or YAML: timezone, windows of days, start, end, "
        "playlists, items); checked against the library and stored as its schedule.json.",
    ),
) -> None:
    """Copy approved images and videos into a library folder, each checked by the library loader.

    --playlist adds them to a named playlist; --schedule sets what may be on air when."""
    from tamperwatch.streams.library import IGNORE_FILE, LibraryError, load_library
    from tamperwatch.streams.regions import RegionError, load_regions, parse_regions
    from tamperwatch.streams.schedule import PLAYLISTS_FILE, SCHEDULE_FILE

    files = files or []
    if not files and not ignore and schedule is None:
        raise fail("nothing to add: give files, --ignore or --schedule")
    if playlist is not None and not files:
        raise fail("--playlist needs the files to add to it")
    if folder.exists() and not folder.is_dir():
        raise fail(f"{folder}: not a folder")
    names = [f.name for f in files]
    if len(set(names)) != len(names):
        raise fail("two files with the same name; rename one")
    for f in files:
        if (folder / f.name).exists():
            raise fail(f"{folder / f.name}: already in the library; remove it first or rename the new file")
    boxes = [parse_region(r) for r in ignore]
    ignore_path = folder / IGNORE_FILE
    try:
        old_regions = load_regions(ignore_path)
        regions = [{"x": r.x, "y": r.y, "w": r.w, "h": r.h} for r in old_regions] + boxes
        parse_regions(regions)
    except RegionError as exc:
        raise fail(str(exc)) from None
    for f in files:
        _check_file(f)
    documents: dict[Path, bytes] = {}  # what is written besides the files (checked by the loader)
    if boxes:
        documents[ignore_path] = _json(regions)
    if playlist is not None:
        documents[folder / PLAYLISTS_FILE] = _json(_playlists_with(folder, playlist, names))
    if schedule is not None:
        documents[folder / SCHEDULE_FILE] = _json(_schedule_document(schedule))

    folder.mkdir(parents=True, exist_ok=True)
    old = {path: path.read_bytes() if path.is_file() else None for path in documents}
    added: list[Path] = []
    try:
        for f in files:
            dest = folder / f.name
            tmp = folder / f".{f.name}.tmp"  # hidden and of no known suffix: the loader skips it
            shutil.copyfile(f, tmp)
            os.replace(tmp, dest)
            added.append(dest)
        for path, data in documents.items():
            _write_atomic(path, data)
        library = load_library(folder)
    except (LibraryError, RegionError, OSError) as exc:
        for dest in added:
            dest.unlink(missing_ok=True)
        for path, before in old.items():
            if before is None:
                path.unlink(missing_ok=True)
            else:
                _write_atomic(path, before)
        raise fail(f"{folder}: nothing added: {exc}") from None
    extra = f", playlist {playlist!r}" if playlist is not None else ""
    extra += ", schedule set" if library.schedule is not None and schedule is not None else ""
    console().print(
        f"added {len(added)} file(s) to {folder}: {len(library.items)} approved picture(s), "
        f"{len(library.regions)} ignored region(s){extra}",
        soft_wrap=True,
    )

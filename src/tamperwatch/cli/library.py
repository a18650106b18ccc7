"""Library commands: `library add DIR FILE... [--ignore X,Y,W,H ...]` copies approved images and
videos into a library folder (creating it), so operators do not edit the folder by hand.

Every file is checked by the library loader itself before anything is copied (a file that does not
load, a decompression bomb, or an unknown kind of file is refused with one line, exit 2), and the
whole folder is loaded again afterwards; if that fails the files just added are taken out again."""

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
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


@library_app.command("add")
def add_cmd(
    folder: Path = typer.Argument(..., help="Library folder (created if missing)."),
    files: list[Path] = typer.Argument(..., help="Approved images and videos to copy into it."),
    ignore: list[str] = typer.Option(
        [], "--ignore", help="Region to ignore (clock, ticker), X,Y,W,H in stream pixels; repeatable."
    ),
) -> None:
    """Copy approved images and videos into a library folder, each checked by the library loader."""
    from tamperwatch.streams.library import IGNORE_FILE, LibraryError, load_library
    from tamperwatch.streams.regions import RegionError, load_regions, parse_regions

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

    folder.mkdir(parents=True, exist_ok=True)
    old_ignore = ignore_path.read_bytes() if ignore_path.is_file() else None
    added: list[Path] = []
    try:
        for f in files:
            dest = folder / f.name
            tmp = folder / f".{f.name}.tmp"  # hidden and of no known suffix: the loader skips it
            shutil.copyfile(f, tmp)
            os.replace(tmp, dest)
            added.append(dest)
        if boxes:
            _write_atomic(ignore_path, (json.dumps(regions, indent=2) + "\n").encode())
        library = load_library(folder)
    except (LibraryError, RegionError, OSError) as exc:
        for dest in added:
            dest.unlink(missing_ok=True)
        if boxes:
            if old_ignore is None:
                ignore_path.unlink(missing_ok=True)
            else:
                _write_atomic(ignore_path, old_ignore)
        raise fail(f"{folder}: nothing added: {exc}") from None
    console().print(
        f"added {len(added)} file(s) to {folder}: {len(library.items)} approved picture(s), "
        f"{len(library.regions)} ignored region(s)",
        soft_wrap=True,
    )

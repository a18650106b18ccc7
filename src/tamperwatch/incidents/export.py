"""Evidence at hand: write one incident's proof into a folder an analyst can open.

``incident.json`` (the incident and its signed history), the captured page after and the last
clean one before (``after.html``, ``before.html``: the bytes as served, never rewritten),
``diff.txt`` (a unified diff of their decoded text), and every screenshot the evidence names
(``screenshot_before.png``, ``screenshot_after.png``, ``screenshot_diff.png``); for a stream or
screen, the frame the finding was confirmed on (``frame.png``), the frames leading up to it
(``frame_00_t12.0s.png``, ... in stream time) and their clip (``clip.mp4``). Blobs that are no
longer stored are listed in ``incident.json`` under ``missing``. Files are written whole or not
at all (temporary name, then rename); an existing folder is refused unless it is empty.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

from tamperwatch.archive.base import Archive
from tamperwatch.archive.log import LogEvent
from tamperwatch.capture.decoding import decode_body
from tamperwatch.models import Incident

PAGES = {"content_hash": "after.html", "previous_hash": "before.html"}
SCREENSHOTS = ("screenshot_before", "screenshot_after", "screenshot_diff")
MEDIA = {"frame_sha256": "frame.png", "clip_mp4": "clip.mp4"}  # stream and screen incidents
DIFF_CONTEXT_LINES = 3  # lines of context around each change in diff.txt


class ExportError(Exception):
    pass


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _lines(body: bytes) -> list[str]:
    return decode_body(body).splitlines(keepends=True)


def history_json(events: list[LogEvent]) -> list[dict[str, Any]]:
    return [{"at": e.at.isoformat(), "change": e.change, "actor": e.actor, **e.data} for e in events]


async def export_incident(
    archive: Archive, incident: Incident, events: list[LogEvent], summary: dict[str, Any], folder: Path
) -> list[Path]:
    """Write the evidence of ``incident`` into ``folder`` (created); returns the files written."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ExportError(f"{folder} exists and is not an empty folder; name a new one")
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    missing: list[str] = []
    bodies: dict[str, bytes] = {}
    names = {**PAGES, **{key: f"{key}.png" for key in SCREENSHOTS}, **MEDIA}
    blobs: list[tuple[str, str, object]] = [(k, name, incident.evidence.get(k)) for k, name in names.items()]
    frames = incident.evidence.get("frames")
    for i, frame in enumerate(frames if isinstance(frames, list) else []):
        if isinstance(frame, dict) and isinstance(frame.get("t"), int | float):
            blobs.append(
                (f"frames[{i}]", f"frame_{i:02d}_t{float(frame['t']):.1f}s.png", frame.get("sha256"))
            )
    for key, name, blob in blobs:
        if not isinstance(blob, str) or not blob:
            continue
        data = await archive.load_body(blob)
        if data is None:
            missing.append(f"{key} ({blob[:12]})")
            continue
        bodies[key] = data
        _write(folder / name, data)
        written.append(folder / name)
    if "content_hash" in bodies and "previous_hash" in bodies:
        diff = difflib.unified_diff(
            _lines(bodies["previous_hash"]),
            _lines(bodies["content_hash"]),
            "before.html",
            "after.html",
            n=DIFF_CONTEXT_LINES,
        )
        _write(folder / "diff.txt", "".join(diff).encode())
        written.append(folder / "diff.txt")
    record = {**summary, "history": history_json(events), "missing": missing}
    _write(folder / "incident.json", json.dumps(record, indent=2, ensure_ascii=False).encode())
    written.append(folder / "incident.json")
    return written

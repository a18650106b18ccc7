"""Writes the generated set in the dev corpus's layout, plus a manifest of what each item is."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from .model import PageItem, Scenario


def write_scenario(out: Path, scenario: Scenario) -> dict[str, dict[str, str]]:
    """The scenario's folder, and its labels (checked indexes only)."""
    folder = out / "scenarios" / scenario.sid
    folder.mkdir(parents=True)
    entries, labels = [], {}
    for n, snap in enumerate(scenario.snaps):
        name = f"{n:02d}.html"
        if snap.data is None:
            shutil.copyfile(snap.source, folder / name)
        else:
            (folder / name).write_bytes(snap.data)
        entries.append(
            {"file": name, "captured_at": snap.captured_at, "status": 200, "headers": snap.headers}
        )
        if n >= scenario.learn and snap.label is not None:
            labels[str(n)] = {"label": snap.label, "family": snap.family or snap.label}
    meta = {
        "id": scenario.sid,
        "target_url": scenario.target_url,
        "learn": scenario.learn,
        "snapshots": entries,
    }
    (folder / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return labels


OUR_ENTRIES = frozenset({"scenarios", "pages", "labels.json", "manifest.json"})


def clear_previous(out: Path) -> None:
    """Remove an earlier red-team set at ``out``; refuse any folder holding something else."""
    if not out.exists():
        return
    names = {p.name for p in out.iterdir()}
    if names and ("manifest.json" not in names or not names <= OUR_ENTRIES):
        raise FileExistsError(f"{out} holds files that are not a red-team set; not removing it")
    for name in names:
        target = out / name
        shutil.rmtree(target) if target.is_dir() else target.unlink()


def write_all(out: Path, scenarios: list[Scenario], pages: list[PageItem]) -> None:
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty (pass --overwrite to replace an earlier set)")
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "scenarios").mkdir(exist_ok=True)
    labels: dict[str, Any] = {"scenarios": {}, "pages": {}}
    manifest: dict[str, Any] = {"scenarios": {}, "pages": {}}
    for scenario in scenarios:
        labels["scenarios"][scenario.sid] = write_scenario(out, scenario)
        manifest["scenarios"][scenario.sid] = scenario.info | {
            "learn": scenario.learn,
            "sources": [s.source.name for s in scenario.snaps],
        }
    for page in pages:
        (out / "pages" / f"{page.pid}.html").write_bytes(page.data)
        labels["pages"][page.pid] = {"label": page.label, "family": page.family}
        manifest["pages"][page.pid] = page.info | {"family": page.family}
    (out / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )

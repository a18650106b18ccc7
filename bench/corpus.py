"""Finds or unpacks the dev corpus and copies its legitimate pages into a web root."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.installs import ensure_apt_command

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARCHIVE = REPO_ROOT.parent / "shared" / "corpus" / "dev.tar.zst"
DEFAULT_CACHE = REPO_ROOT / ".corpus"
UNPACKED_ELSEWHERE = Path("/tmp/corpus/dev")


def legit_page_ids(labels: Mapping[str, Any], limit: int | None = None) -> list[str]:
    """Ids of the page task's legitimate pages, sorted, at most ``limit`` of them."""
    pages = labels.get("pages", {})
    ids = sorted(pid for pid, label in pages.items() if label.get("label") == "legit")
    return ids if limit is None else ids[:limit]


def has_pages(dev_dir: Path) -> bool:
    return (dev_dir / "labels.json").is_file() and (dev_dir / "pages").is_dir()


def locate_corpus(
    explicit: Path | None, archive: Path = DEFAULT_ARCHIVE, cache: Path = DEFAULT_CACHE
) -> Path:
    """The unpacked ``dev`` folder: ``explicit``, one unpacked already, or the archive's pages unpacked
    into ``cache`` (only ``dev/pages`` and ``dev/labels.json`` are extracted)."""
    if explicit is not None:
        if not has_pages(explicit):
            raise FileNotFoundError(f"{explicit} holds no labels.json and pages/")
        return explicit
    for candidate in (UNPACKED_ELSEWHERE, cache / "dev"):
        if has_pages(candidate):
            return candidate
    if not archive.is_file():
        raise FileNotFoundError(f"corpus archive {archive} not found")
    ensure_apt_command("zstd", "zstd")
    cache.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "tar",
            "-I",
            "zstd --long=27",
            "-xf",
            str(archive),
            "-C",
            str(cache),
            "dev/labels.json",
            "dev/pages",
        ],
        check=True,
    )
    return cache / "dev"


@dataclass(frozen=True)
class ServedPage:
    """One corpus page as the bench's nginx serves it."""

    page_id: str
    path: Path  # in the web root
    size: int

    @property
    def url_path(self) -> str:
        return f"/{self.path.name}"


def build_webroot(dev_dir: Path, ids: Sequence[str], webroot: Path) -> list[ServedPage]:
    """Copy the pages ``ids`` into ``webroot`` (world-readable, so nginx workers can serve them)."""
    webroot.mkdir(parents=True, exist_ok=True)
    webroot.chmod(0o755)
    served = []
    for page_id in ids:
        target = webroot / f"{page_id}.html"
        shutil.copyfile(dev_dir / "pages" / f"{page_id}.html", target)
        target.chmod(0o644)
        served.append(ServedPage(page_id, target, target.stat().st_size))
    return served


def load_labels(dev_dir: Path) -> dict[str, Any]:
    with open(dev_dir / "labels.json", encoding="utf-8") as handle:
        labels: dict[str, Any] = json.load(handle)
    return labels

"""Training examples read from the evaluation corpus layout (``dev/labels.json`` and friends).

Examples are:

* every page of the pages task (``deface-page`` positive, ``legit`` negative);
* the defaced last snapshot of each ``replace`` scenario (positive: the whole page became a
  defacement page);
* a few legit snapshots of every scenario (negative), spread over its history, so that the
  German front pages of the dev split do not outweigh the varied single pages.

Only the standard library and the package's own parsing are used, so the cross-validation
bench and the training script read the corpus identically.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from tamperwatch.detect.page import Page
from tamperwatch.models import Capture

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled page: ``task`` is 'pages' or 'scenarios'; ``key`` the scorer's item id."""

    task: str
    key: str
    index: int
    defaced: bool
    family: str
    host: str
    page: Page


def page_from_bytes(body: bytes, url: str = "", content_type: str = "") -> Page:
    headers = (("content-type", content_type),) if content_type else ()
    return Page(Capture(url=url, fetched_at=_EPOCH, status=200, body=body, headers=headers))


def _page_examples(root: Path, labels: dict[str, dict[str, str]]) -> Iterator[Example]:
    for pid in sorted(labels):
        path = root / "pages" / f"{pid}.html"
        if not path.is_file():
            continue
        lab = labels[pid]
        page = page_from_bytes(path.read_bytes())
        yield Example("pages", pid, -1, lab["label"] == "defaced", lab.get("family", lab["label"]), "", page)


def _legit_indexes(count: int, labelled: dict[str, dict[str, str]], per_scenario: int) -> list[int]:
    legit = [i for i in range(count) if labelled.get(str(i), {}).get("label", "legit") == "legit"]
    if len(legit) <= per_scenario:
        return legit
    step = (len(legit) - 1) / max(1, per_scenario - 1)
    return sorted({legit[round(k * step)] for k in range(per_scenario)})


def _scenario_examples(
    root: Path, labels: dict[str, dict[str, dict[str, str]]], legit_per_scenario: int
) -> Iterator[Example]:
    for sid in sorted(labels):
        folder = root / "scenarios" / sid
        meta_path = folder / "meta.json"
        if not meta_path.is_file():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        url = str(meta.get("target_url", ""))
        host = (urlsplit(url).hostname or "").lower()
        snaps = meta.get("snapshots", [])
        labelled = labels[sid]
        chosen = {i: ("legit", False) for i in _legit_indexes(len(snaps), labelled, legit_per_scenario)}
        for idx, lab in labelled.items():
            if lab.get("family") == "replace":
                chosen[int(idx)] = ("replace", True)
        for i, (family, defaced) in sorted(chosen.items()):
            snap = snaps[i]
            ctype = str(snap.get("headers", {}).get("content-type", ""))
            page = page_from_bytes((folder / snap["file"]).read_bytes(), url, ctype)
            yield Example("scenarios", sid, i, defaced, family, host, page)


def iter_examples(corpus: Path, legit_per_scenario: int = 3, pages_only: bool = False) -> Iterator[Example]:
    """Examples of a corpus folder (the one holding ``labels.json``, e.g. ``/tmp/corpus/dev``).

    A generator: each page is parsed only when used and can be dropped right after.
    ``pages_only`` reads the pages task alone (the red-team editions' scenarios are built
    from the dev corpus's, so only their pages are new).
    """
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    yield from _page_examples(corpus, labels.get("pages", {}))
    if not pages_only:
        yield from _scenario_examples(corpus, labels.get("scenarios", {}), legit_per_scenario)


def find_corpus_root(path: Path) -> Path:
    """``path`` itself when it holds labels.json, else its single child that does (``dev/``)."""
    if (path / "labels.json").is_file():
        return path
    for child in sorted(path.iterdir()):
        if (child / "labels.json").is_file():
            return child
    raise FileNotFoundError(f"no labels.json under {path}")

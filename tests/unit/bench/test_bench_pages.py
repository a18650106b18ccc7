"""Corpus page selection, the web root and the dynamic part that changed rounds rewrite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.corpus import build_webroot, legit_page_ids, load_labels, locate_corpus
from bench.dynamic import rewrite_file, set_dynamic_part

LABELS = {
    "pages": {
        "p-b": {"label": "legit", "family": "legit"},
        "p-a": {"label": "legit", "family": "legit"},
        "p-x": {"label": "defaced", "family": "deface-page"},
        "p-c": {"label": "legit", "family": "legit"},
    },
    "scenarios": {},
}


def make_corpus(root: Path) -> Path:
    dev = root / "dev"
    (dev / "pages").mkdir(parents=True)
    (dev / "labels.json").write_text(json.dumps(LABELS))
    for page_id in LABELS["pages"]:
        (dev / "pages" / f"{page_id}.html").write_bytes(
            f"<html><body><p>{page_id}</p></body></html>".encode() * 3
        )
    return dev


def test_only_legit_pages_are_selected_in_a_stable_order() -> None:
    assert legit_page_ids(LABELS) == ["p-a", "p-b", "p-c"]
    assert legit_page_ids(LABELS, limit=2) == ["p-a", "p-b"]


def test_webroot_holds_readable_copies_at_their_real_sizes(tmp_path: Path) -> None:
    dev = locate_corpus(make_corpus(tmp_path))
    served = build_webroot(dev, legit_page_ids(load_labels(dev)), tmp_path / "www")
    for page in served:
        original = dev / "pages" / f"{page.page_id}.html"
        assert page.path.read_bytes() == original.read_bytes()
        assert page.size == original.stat().st_size
        assert page.path.stat().st_mode & 0o004
        assert page.url_path == f"/{page.page_id}.html"


def test_an_explicit_folder_without_labels_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"labels\.json"):
        locate_corpus(tmp_path)


def test_dynamic_line_goes_right_after_body_and_is_replaced_not_repeated() -> None:
    page = b'<html><head><title>t</title></head><body class="x"><h1>News</h1></body></html>'
    first = set_dynamic_part(page, 0)
    assert first.startswith(b'<html><head><title>t</title></head><body class="x"><p class="bench-updated">')
    second = set_dynamic_part(first, 1)
    assert second != first
    assert second.count(b"bench-updated") == 1
    assert second.replace(b"bench-updated", b"").endswith(b"<h1>News</h1></body></html>")


def test_page_without_body_tag_gets_the_line_in_front() -> None:
    assert set_dynamic_part(b"<p>fragment</p>", 3).startswith(b'<p class="bench-updated">')


def test_rewritten_files_differ_in_bytes_and_modification_time_every_round(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body><p>x</p></body></html>")
    seen = set()
    for round_no in range(1, 4):
        rewrite_file(path, round_no)
        seen.add((path.read_bytes(), int(path.stat().st_mtime)))
    assert len({body for body, _ in seen}) == 3
    assert len({mtime for _, mtime in seen}) == 3

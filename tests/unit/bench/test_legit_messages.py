"""The legit message-page generator (bench/legit_messages): deterministic, every kind in every
language, pages that decode by the charset they declare, and a corpus the training reads."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from bench.legit_messages.build import LANGUAGES, build_page, page_count, write_corpus
from bench.legit_messages.kinds import KINDS
from tamperwatch.detect.classifier.dataset import iter_examples

_DECLARED = re.compile(rb'charset="?([A-Za-z0-9_-]+)')
# The WHATWG label table maps these labels onto a superset, as browsers decode them.
_BROWSER_CODEC = {"gb2312": "gbk", "iso-8859-1": "cp1252", "big5": "big5hkscs", "shift_jis": "cp932",
                  "euc-kr": "cp949", "iso-8859-9": "cp1254"}


def test_the_same_seed_builds_the_same_pages_and_another_seed_others(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    write_corpus(first, seed=7, count=40)
    write_corpus(second, seed=7, count=40)
    write_corpus(other, seed=8, count=40)
    files = sorted(p.name for p in (first / "pages").iterdir())
    assert files == sorted(p.name for p in (second / "pages").iterdir())
    assert all((first / "pages" / f).read_bytes() == (second / "pages" / f).read_bytes() for f in files)
    assert (first / "labels.json").read_bytes() == (second / "labels.json").read_bytes()
    assert not set(files) & {p.name for p in (other / "pages").iterdir()}


def test_every_kind_is_written_in_every_language() -> None:
    pages = [build_page(i) for i in range(page_count())]
    pairs = Counter((p.kind, p.language) for p in pages)
    assert set(pairs) == {(k, lang) for k in KINDS for lang in LANGUAGES}
    assert len(LANGUAGES) >= 14 and len({p.page_id for p in pages}) == len(pages)


def test_every_language_gives_every_text() -> None:
    keys = set(LANGUAGES["en"])
    assert all(set(texts) == keys and all(texts.values()) for texts in LANGUAGES.values())


def test_pages_decode_by_the_charset_they_declare_and_legacy_charsets_are_used() -> None:
    pages = [build_page(i) for i in range(page_count())]
    legacy = 0
    for page in pages:
        found = _DECLARED.search(page.body)  # a server's own error page may declare none: then it is ASCII
        label = found.group(1).decode().lower() if found else "ascii"
        page.body.decode(_BROWSER_CODEC.get(label, label))
        legacy += label != "utf-8"
    assert legacy >= len(pages) // 10


def test_the_pages_vary_in_how_they_are_wired_to_their_site() -> None:
    pages = [build_page(i).body for i in range(page_count())]
    own_sheet = sum(1 for body in pages if re.search(rb'rel="stylesheet" href="(?!https?:)', body))
    elsewhere = sum(1 for body in pages if re.search(rb'rel="stylesheet" href="https://', body))
    dark = sum(1 for body in pages if re.search(rb"background:#(?:0|1|2)", body))
    assert own_sheet > len(pages) // 5 and elsewhere > len(pages) // 10 and dark > len(pages) // 5


def test_server_default_error_pages_are_written_on_request() -> None:
    errors = [i for i in range(page_count()) if build_page(i).kind == "http-error"]
    served = [build_page(i, server_share=1.0).body for i in errors]
    assert all(b"</html>" in body and b"<link" not in body for body in served)
    signatures = (b"nginx", b"openresty", b"Tengine", b"Apache", b"Server Error", b"Ray ID")
    assert all(any(mark in body for mark in signatures) for body in served)


def test_the_corpus_is_read_as_a_page_task_of_legit_pages(tmp_path: Path) -> None:
    labels = write_corpus(tmp_path, count=len(KINDS))
    stored = json.loads((tmp_path / "labels.json").read_text(encoding="utf-8"))
    assert stored["pages"] == labels and stored["scenarios"] == {}
    examples = list(iter_examples(tmp_path, pages_only=True))
    assert len(examples) == len(KINDS) and not any(e.defaced for e in examples)
    assert {e.family for e in examples} == set(KINDS)

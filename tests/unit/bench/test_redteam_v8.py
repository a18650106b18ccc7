"""Edition 8 of the red-team generator (bench/redteam/v8): its variety, that its material and its
technique names are its own (not editions 1-7's), the output format, byte-exact splices, seeded
determinism and charsets. Its disjointness from the detectors is checked with the other editions'
in test_redteam.py."""

from __future__ import annotations

import codecs
import importlib
import random
import unicodedata
from pathlib import Path

import pytest
from test_redteam import _check_splice, _front_page, _synthetic_corpus, _tree
from test_redteam_v2 import assert_dev_corpus_format, assert_splices_at_recorded_spots
from test_redteam_v3 import assert_make_accuracy_adds_a_column

from bench.redteam.attack import NotApplicable, Page
from bench.redteam.build import COUNTS, run
from bench.redteam.v8.build import DEFAULT_SEED
from bench.redteam.v8.data.spam import ANCHORS
from bench.redteam.v8.data.voices import VOICES
from bench.redteam.v8.deface_look import LOOKS
from bench.redteam.v8.hiding import HIDING
from bench.redteam.v8.inject import SHAPES, inject
from bench.redteam.v8.legit import CHANGES, legit_change
from bench.redteam.v8.page_kinds import KINDS
from bench.redteam.v8.pages import PAGE_LANGS, PYTHON_CODEC, deface_page, legit_page
from bench.redteam.v8.payloads import payload_strings
from bench.redteam.v8.script import script
from bench.redteam.v8.script_styles import ENCODED, STYLES
from bench.redteam.v8.seo_spam import seo_spam
from bench.redteam.v8.tamper import STYLES as TAMPER_STYLES
from bench.redteam.v8.tamper import tamper
from bench.redteam.v8.variants import variant

LIMIT = 16  # every hiding technique, script style and inject shape; fifteen tamper styles
HOST = "https://www.tagesblatt.example"
RICH = (
    '<meta property="og:title" content="Tagesblatt Süd: Nachrichten">'
    '<meta name="description" content="Nachrichten aus der Region und der Welt">'
    '<link rel="stylesheet" href="/static/site.css">'
)
EXTRA = (
    '<figure><img src="/img/hafen.jpg" alt="Der Hafen im Morgenlicht"><figcaption>Der Hafen im Morgenlicht, '
    'vom Leuchtturm aus</figcaption></figure><ul class="meistgelesen">'
    + "".join(
        f'<li><a href="/region/{n}.html">Meistgelesen heute: Meldung Nummer {n} aus der Region</a></li>'
        for n in range(5)
    )
    + "</ul>"
)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def _enrich(raw: str) -> str:
    return raw.replace("<title>", RICH + "<title>", 1).replace("</main>", EXTRA + "</main>", 1)


def _technique_names(package: str) -> set[str]:
    """Every hiding, shape, style, look and change name an edition's modules declare."""
    found: set[str] = set()
    for module in ("hiding", "inject", "script_styles", "tamper", "legit", "deface_look", "page_layouts"):
        try:
            loaded = importlib.import_module(f"{package}.{module}")
        except ImportError:
            continue
        for attr in ("HIDING", "SHAPES", "STYLES", "LOOKS", "CHANGES", "KINDS"):
            found |= set(getattr(loaded, attr, {}))
    return found


def test_edition_8_has_the_required_variety() -> None:
    required = {"zh-Hans", "zh-Hant", "ja", "ko", "ar", "fa", "ru", "tr", "id", "vi", "hi", "es", "pt"}
    assert required <= set(VOICES) and len(VOICES) >= 16
    assert len(ANCHORS) >= 8
    assert len(HIDING) >= 14 and len(SHAPES) >= 12 and len(STYLES) >= 12 and len(TAMPER_STYLES) >= 12
    assert len(CHANGES) >= 10 and len(KINDS) >= 18 and len(LOOKS) >= 8
    assert len({pb.code for pb in PAGE_LANGS}) >= 12
    kinds = {str(legit_page(index, DEFAULT_SEED).info["kind"]) for index in range(150)}
    assert kinds == set(KINDS)


def test_edition_8_names_no_technique_or_style_of_editions_1_to_7() -> None:
    old = set().union(
        *(_technique_names(p) for p in ("bench.redteam", *(f"bench.redteam.v{n}" for n in range(2, 8))))
    )
    mine = _technique_names("bench.redteam.v8") - {"vendor"}  # the legit-hard kind edition 1 named first
    clashes = sorted(mine & old)
    assert len(mine) >= 80
    assert not clashes, clashes


def test_edition_8_deals_every_style_and_at_least_16_tamper_languages() -> None:
    tamper_items = [variant("tamper", index) for index in range(COUNTS["tamper"])]
    assert len({v["lang"] for v in tamper_items}) >= 16
    assert {v["style"] for v in tamper_items} == set(TAMPER_STYLES)
    assert {variant("inject", i)["shape"] for i in range(60)} == set(SHAPES)
    assert {variant("seo-spam", i)["technique"] for i in range(60)} == set(HIDING)
    assert {variant("script", i)["style"] for i in range(60)} == set(STYLES)
    assert {variant("legit-hard", i)["kind"] for i in range(200)} == set(CHANGES) | {"redesign"}


def test_edition_8_material_is_not_editions_1_to_7s() -> None:
    old = set()
    for package in ("bench.redteam", *(f"bench.redteam.v{n}" for n in range(2, 8))):
        make = importlib.import_module(f"{package}.payloads").payload_strings
        old |= {_norm(s) for strings in make().values() for s in strings}
    shared = sorted(s for strings in payload_strings().values() for s in strings if _norm(s) in old)
    assert not shared, shared


def _page(charset: str = "utf-8") -> Page:
    data = _enrich(_front_page(3, charset)).encode("cp1252" if charset != "utf-8" else "utf-8")
    return Page(data, f"text/html; charset={charset}", f"{HOST}/", (data,))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("redteam8")
    dev = _synthetic_corpus(root)
    for page in (dev / "scenarios").rglob("*.html"):
        raw = page.read_bytes()
        codec = "utf-8" if b'charset="utf-8"' in raw else "cp1252"
        page.write_bytes(_enrich(raw.decode(codec)).encode(codec))
    run(dev, root / "out", seed=None, limit=LIMIT, edition=8)
    return dev, root / "out"


def test_edition_8_output_has_the_dev_corpus_format(generated: tuple[Path, Path]) -> None:
    assert_dev_corpus_format(generated[1], 8)


def test_edition_8_splices_only_at_the_recorded_spots(generated: tuple[Path, Path]) -> None:
    assert_splices_at_recorded_spots(*generated)


def test_edition_8_is_deterministic_for_its_seed(generated: tuple[Path, Path], tmp_path: Path) -> None:
    dev, out = generated
    run(dev, tmp_path / "again", seed=DEFAULT_SEED, limit=LIMIT, edition=8)
    assert _tree(tmp_path / "again") == _tree(out)
    run(dev, tmp_path / "other", seed=DEFAULT_SEED + 1, limit=LIMIT, edition=8)
    assert _tree(tmp_path / "other") != _tree(out)


@pytest.mark.parametrize("style", sorted(TAMPER_STYLES))
def test_every_edition_8_tamper_style_edits_the_page_in_place(style: str) -> None:
    page = _page()
    for lang in ("de", "zh-Hant", "fa"):
        for attempt in range(5):
            try:
                result = tamper(page, random.Random(f"{style}{lang}{attempt}"), style, lang)
                break
            except NotApplicable:
                continue
        else:
            pytest.fail(f"{style} found no place on a front page")
        _check_splice(page.raw, result.data, result.edits)
        assert result.data != page.raw and result.info["applied"] == style
        assert len(result.data) - len(page.raw) < 2000


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_edition_8_inject_shape_adds_a_visible_block(shape: str) -> None:
    page = _page("iso-8859-1")
    for lang in ("de", "ar", "ko"):
        result = inject(page, random.Random(shape + lang), shape, lang)
        _check_splice(page.raw, result.data, result.edits)
        assert len(result.data) > len(page.raw) + 60


@pytest.mark.parametrize("technique", sorted(HIDING))
def test_every_edition_8_hiding_technique_carries_every_link(technique: str) -> None:
    page = _page()
    result = seo_spam(page, random.Random(technique), technique, ["zh", "tr", "pt"])
    _check_splice(page.raw, result.data, result.edits)
    links = int(str(result.info["links"]))
    assert 12 <= links <= 48
    assert result.data.decode().count("https://") - page.raw.decode().count("https://") >= links


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_edition_8_script_style_points_at_an_unseen_domain(style: str) -> None:
    page = _page("iso-8859-1")
    for ad_heavy in (False, True):
        result = script(page, random.Random(style), style, ad_heavy=ad_heavy)
        _check_splice(page.raw, result.data, result.edits)
        domain = str(result.info["domain"])
        assert domain.encode() not in page.raw
        assert domain.encode() in result.data or style in ENCODED


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_every_edition_8_legit_hard_change_adds_no_foreign_script(kind: str) -> None:
    page = _page()
    result = legit_change(page, random.Random(kind), kind)
    _check_splice(page.raw, result.data, result.edits)
    added = b"".join(result.data[e.out_start : e.out_start + e.length] for e in result.edits).decode()
    assert "<script" not in added or kind == "vendor"


def test_edition_8_pages_decode_strictly_in_their_declared_charsets() -> None:
    seen = set()
    for make, count in ((legit_page, 150), (deface_page, 120)):
        for index in range(count):
            item = make(index, DEFAULT_SEED)
            label = str(item.info["charset"])
            text = item.data.decode(codecs.lookup(PYTHON_CODEC.get(label, label)).name)
            assert "<title>" in text and (label == "utf-8" or label in text)
            seen.add(label)
    assert {"gbk", "big5", "shift_jis", "euc-kr", "windows-1251", "windows-1256"} <= seen
    assert len(seen - {"utf-8"}) >= 12


def test_make_accuracy_scores_edition_8_as_its_own_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``make accuracy REDTEAM8=DIR`` (``bench.accuracy --redteam8 DIR``) adds an eighth column."""
    assert_make_accuracy_adds_a_column(8, tmp_path, monkeypatch, capsys)

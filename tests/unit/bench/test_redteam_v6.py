"""Edition 6 of the red-team generator (bench/redteam/v6): its variety, that its material is its own
(not editions 1-5's), the output format, byte-exact splices, seeded determinism and charsets. Its
disjointness from the detectors is checked with the other editions' in test_redteam.py."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest
from test_redteam import _check_splice, _front_page, _synthetic_corpus, _tree
from test_redteam_v2 import assert_dev_corpus_format, assert_splices_at_recorded_spots
from test_redteam_v3 import assert_make_accuracy_adds_a_column
from test_redteam_v5 import _browser_codec as _v5_browser_codec

from bench.redteam.attack import NotApplicable, Page
from bench.redteam.build import run
from bench.redteam.deface_render import TEMPLATES as V1_TEMPLATES
from bench.redteam.hiding import HIDING as V1_HIDING
from bench.redteam.payloads import payload_strings as v1_payloads
from bench.redteam.script_styles import STYLES as V1_STYLES
from bench.redteam.v2.data.templates import TEMPLATES as V2_TEMPLATES
from bench.redteam.v2.hiding import HIDING as V2_HIDING
from bench.redteam.v2.payloads import payload_strings as v2_payloads
from bench.redteam.v2.script_styles import STYLES as V2_STYLES
from bench.redteam.v3.data.templates import TEMPLATES as V3_TEMPLATES
from bench.redteam.v3.hiding import HIDING as V3_HIDING
from bench.redteam.v3.payloads import payload_strings as v3_payloads
from bench.redteam.v3.script_styles import STYLES as V3_STYLES
from bench.redteam.v3.tamper import STYLES as V3_TAMPER
from bench.redteam.v4.data.templates import TEMPLATES as V4_TEMPLATES
from bench.redteam.v4.hiding import HIDING as V4_HIDING
from bench.redteam.v4.inject import SHAPES as V4_SHAPES
from bench.redteam.v4.payloads import payload_strings as v4_payloads
from bench.redteam.v4.script_styles import STYLES as V4_STYLES
from bench.redteam.v4.tamper import STYLES as V4_TAMPER
from bench.redteam.v5.data.templates import TEMPLATES as V5_TEMPLATES
from bench.redteam.v5.hiding import HIDING as V5_HIDING
from bench.redteam.v5.inject import SHAPES as V5_SHAPES
from bench.redteam.v5.payloads import payload_strings as v5_payloads
from bench.redteam.v5.script_styles import STYLES as V5_STYLES
from bench.redteam.v5.tamper import STYLES as V5_TAMPER
from bench.redteam.v6.build import DEFAULT_SEED
from bench.redteam.v6.data.news import HEADLINES
from bench.redteam.v6.data.spam import ANCHORS
from bench.redteam.v6.data.templates import TEMPLATES
from bench.redteam.v6.data.voices import VOICES
from bench.redteam.v6.hiding import HIDING
from bench.redteam.v6.inject import SHAPES, inject
from bench.redteam.v6.layouts import KINDS
from bench.redteam.v6.legit import legit_change
from bench.redteam.v6.pages import PAGE_LANGS, deface_page, legit_page
from bench.redteam.v6.payloads import payload_strings
from bench.redteam.v6.script import script
from bench.redteam.v6.script_styles import ENCODED, STYLES
from bench.redteam.v6.seo_spam import seo_spam
from bench.redteam.v6.tamper import STYLES as TAMPER_STYLES
from bench.redteam.v6.tamper import tamper
from bench.redteam.v6.variants import LEGIT_KINDS, variant

LIMIT = 13  # covers all thirteen inject shapes and script styles and the twelve tamper styles
INLINE = b"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:'front'});</script>"
MENU = (
    b'<ul class="menu"><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li>'
    b'<li><a href="/kultur/">Kultur</a></li><li><a href="/wetter/">Wetter</a></li></ul>'
)
FIGURE = (
    b'<figure><img src="/img/hafen.jpg" alt="Der Hafen am Morgen"><figcaption>Der Hafen am Morgen, '
    b"Aufnahme vom 12. Mai</figcaption></figure>"
)
FOOTER = b"<footer><p>Impressum und Kontakt der Redaktion</p></footer>"


def _browser_codec(label: str) -> str:
    return "gb18030" if label.lower() == "x-gbk" else _v5_browser_codec(label)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def test_edition_6_has_the_required_variety() -> None:
    required = {"zh-Hans", "zh-Hant", "ja", "ko", "ar", "fa", "ru", "tr", "id", "vi", "hi", "es", "pt"}
    assert required | {"th", "uk", "fr", "en", "de"} <= set(VOICES)
    assert all(len(v.slogans) >= 5 and len(v.lines) >= 4 and len(v.plain) >= 4 for v in VOICES.values())
    assert len(ANCHORS) >= 8 and {
        "zh",
        "ja",
        "ko",
        "vi",
        "id",
        "th",
        "ru",
        "tr",
        "es",
        "pt",
        "ar",
        "hi",
    } <= set(ANCHORS)
    old_hiding = set(V1_HIDING) | set(V2_HIDING) | set(V3_HIDING) | set(V4_HIDING) | set(V5_HIDING)
    assert len(HIDING) >= 12 and not set(HIDING) & old_hiding
    assert len(SHAPES) >= 12 and not set(SHAPES) & (old_hiding | set(V4_SHAPES) | set(V5_SHAPES))
    old_styles = set(V1_STYLES) | set(V2_STYLES) | set(V3_STYLES) | set(V4_STYLES) | set(V5_STYLES)
    assert len(STYLES) >= 8 and not set(STYLES) & old_styles
    old_templates = (
        set(V1_TEMPLATES) | set(V2_TEMPLATES) | set(V3_TEMPLATES) | set(V4_TEMPLATES) | set(V5_TEMPLATES)
    )
    assert not set(TEMPLATES) & old_templates
    assert len(TAMPER_STYLES) >= 12 and not set(TAMPER_STYLES) & (
        set(V3_TAMPER) | set(V4_TAMPER) | set(V5_TAMPER)
    )
    assert len({lang.code for lang in PAGE_LANGS}) >= 12
    pages = [legit_page(index, DEFAULT_SEED) for index in range(150)]
    assert {str(p.info["kind"]) for p in pages} == set(KINDS)
    for kind in KINDS:  # every kind in light and dark looks, with and without the site's navigation
        looks = {str(p.info["look"]) for p in pages if p.info["kind"] == kind}
        themes = {"dark", "black"} if kind == "dark-landing" else {"dark", "black", "light", "paper"}
        assert {look.split("+")[0] for look in looks} == themes, kind
        assert any("+nav" in look for look in looks) and any("+nav" not in look for look in looks), kind


def test_edition_6_tamper_writes_at_least_14_languages() -> None:
    langs = {str(variant("tamper", index)["lang"]) for index in range(60)}
    assert "own" in langs and len(langs - {"own"}) >= 14
    assert {str(variant("tamper", index)["style"]) for index in range(60)} == set(TAMPER_STYLES)


def test_edition_6_material_is_not_editions_1_to_5s() -> None:
    old = {
        _norm(s)
        for make in (v1_payloads, v2_payloads, v3_payloads, v4_payloads, v5_payloads)
        for strings in make().values()
        for s in strings
    }
    shared = sorted(s for strings in payload_strings().values() for s in strings if _norm(s) in old)
    assert not shared, shared


def _front(raw: bytes) -> bytes:
    """The shared synthetic front page with an inline script, a menu, a figure and a footer."""
    raw = raw.replace(b"</head>", INLINE + b"</head>", 1)
    raw = raw.replace(b"<nav>", b"<nav>" + MENU, 1)
    raw = raw.replace(b"</main>", FIGURE + b"</main>", 1)
    return raw.replace(b"</body>", FOOTER + b"</body>", 1)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("redteam6")
    dev = _synthetic_corpus(root)
    for page in (dev / "scenarios").rglob("*.html"):
        page.write_bytes(_front(page.read_bytes()))
    run(dev, root / "out", seed=None, limit=LIMIT, edition=6)
    return dev, root / "out"


def test_edition_6_output_has_the_dev_corpus_format(generated: tuple[Path, Path]) -> None:
    assert_dev_corpus_format(generated[1], 6)


def test_edition_6_splices_only_at_the_recorded_spots(generated: tuple[Path, Path]) -> None:
    assert_splices_at_recorded_spots(*generated)


def test_edition_6_is_deterministic_for_its_seed_and_differs_from_edition_5(
    generated: tuple[Path, Path], tmp_path: Path
) -> None:
    dev, out = generated
    run(dev, tmp_path / "again", seed=DEFAULT_SEED, limit=LIMIT, edition=6)
    assert _tree(tmp_path / "again") == _tree(out)
    run(dev, tmp_path / "other", seed=DEFAULT_SEED + 1, limit=LIMIT, edition=6)
    assert _tree(tmp_path / "other") != _tree(out)
    run(dev, tmp_path / "e5", seed=None, limit=4, edition=5)
    theirs = {v for k, v in _tree(tmp_path / "e5").items() if k.startswith("pages/")}
    assert not theirs & {v for k, v in _tree(out).items() if k.startswith("pages/")}


def _page(charset: str = "utf-8") -> Page:
    raw = _front_page(3, charset).replace(
        "<title>",
        '<meta property="og:title" content="Tagesblatt">'
        '<meta name="description" content="Nachrichten"><title>',
    )
    codec = "cp1252" if charset != "utf-8" else "utf-8"
    data = _front(raw.encode(codec))
    return Page(data, f"text/html; charset={charset}", "https://www.tagesblatt.example/", (data,))


@pytest.mark.parametrize("style", sorted(TAMPER_STYLES))
def test_every_edition_6_tamper_style_edits_the_page_in_place(style: str) -> None:
    page = _page()
    for lang in ("own", "zh-Hant", "fa"):
        try:
            result = tamper(page, random.Random(style + lang), style, lang)
        except NotApplicable:
            pytest.fail(f"{style} found no place on a front page")
        _check_splice(page.raw, result.data, result.edits)
        assert result.data != page.raw and result.info["style"] == style


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_edition_6_inject_shape_adds_the_groups_words(shape: str) -> None:
    page = _page("iso-8859-1")
    for lang in ("own", "ko"):
        result = inject(page, random.Random(shape + lang), shape, lang)
        _check_splice(page.raw, result.data, result.edits)
        added = result.data.decode("cp1252")
        team = str(result.info["team"])
        assert team in added and team not in page.raw.decode("cp1252")


@pytest.mark.parametrize("technique", sorted(HIDING))
def test_every_edition_6_hiding_technique_carries_every_link(technique: str) -> None:
    page = _page()
    result = seo_spam(page, random.Random(technique), technique, ["zh", "th", "pt"])
    _check_splice(page.raw, result.data, result.edits)
    links = int(str(result.info["links"]))
    assert 12 <= links <= 50
    added = result.data.decode().count("https://") - page.raw.decode().count("https://")
    assert added >= links


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_edition_6_script_style_points_at_an_unseen_domain(style: str) -> None:
    page = _page("iso-8859-1")
    result = script(page, random.Random(style), style)
    _check_splice(page.raw, result.data, result.edits)
    assert str(result.info["domain"]).encode() not in page.raw
    assert str(result.info["domain"]).encode() in result.data or style in ENCODED


@pytest.mark.parametrize("kind", sorted(set(LEGIT_KINDS) - {"redesign", "vendor"}))
def test_every_edition_6_legit_hard_change_stays_on_the_site(kind: str) -> None:
    page = _page()
    result = legit_change(page, random.Random(kind), kind)
    _check_splice(page.raw, result.data, result.edits)
    added = b"".join(result.data[e.out_start : e.out_start + e.length] for e in result.edits).decode()
    assert "<script" not in added
    assert all(host == "www.tagesblatt.example" for host in re.findall(r"https?://([^/\"]+)", added))
    if kind.startswith("hack"):  # a headline about an attack, linking to a new article on the site itself
        assert any(headline in added for headline, _ in HEADLINES["de"])


def test_edition_6_pages_decode_in_their_declared_charsets_as_browsers_do() -> None:
    seen = set()
    items = [legit_page(index, seed=DEFAULT_SEED) for index in range(150)]
    for item in items:
        label = str(item.info["charset"])
        text = item.data.decode(_browser_codec(label))  # strict: valid as a browser reads it
        assert b"&#" not in item.data, label  # no fallback character references
        assert "<title>" in text
        seen.add(label.lower())
    assert {"gb2312", "gbk", "gb18030", "big5", "big5-hkscs", "shift_jis", "euc-jp", "euc-kr"} <= seen
    assert {"windows-1251", "koi8-r", "windows-1256", "windows-1254", "iso-8859-1"} <= seen
    assert any(s.startswith("none") for s in seen)
    # mislabelled as browsers meet them: wider characters than the label's strict charset holds
    assert any("𠮷".encode("gb18030") in p.data and b"gb2312" in p.data for p in items)
    assert any("啱".encode("big5hkscs") in p.data and b"big5" in p.data.lower() for p in items)
    assert any("㈱".encode("cp932") in p.data and b"shift_jis" in p.data.lower() for p in items)
    assert any("똠".encode("cp949") in p.data and b"euc-kr" in p.data.lower() for p in items)
    deface = [deface_page(index, seed=DEFAULT_SEED) for index in range(120)]
    for item in deface:
        item.data.decode(_browser_codec(str(item.info["charset"])))
    assert len({str(p.info["charset"]).lower() for p in deface} - {"utf-8"}) >= 12
    assert len({str(p.info["lang"]) for p in deface}) >= 14
    assert sum(p.info["template"] == "tampered-portal-article" for p in deface) == 20


def test_make_accuracy_scores_edition_6_as_its_own_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``make accuracy REDTEAM6=DIR`` (``bench.accuracy --redteam6 DIR``) adds a sixth column."""
    assert_make_accuracy_adds_a_column(6, tmp_path, monkeypatch, capsys)

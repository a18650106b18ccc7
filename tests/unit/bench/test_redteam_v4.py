"""Edition 4 of the red-team generator (bench/redteam/v4): its variety, that its material is its own
(not editions 1-3's), the output format, byte-exact splices, seeded determinism and charsets. Its
disjointness from the detectors is checked with the other editions' in test_redteam.py."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from test_redteam import _check_splice, _front_page, _synthetic_corpus, _tree
from test_redteam_v2 import assert_dev_corpus_format, assert_splices_at_recorded_spots
from test_redteam_v3 import assert_make_accuracy_adds_a_column

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
from bench.redteam.v4.build import DEFAULT_SEED
from bench.redteam.v4.data.spam import ANCHORS
from bench.redteam.v4.data.templates import TEMPLATES
from bench.redteam.v4.data.voices import VOICES
from bench.redteam.v4.hiding import HIDING
from bench.redteam.v4.pages import PAGE_LANGS, deface_page, legit_page
from bench.redteam.v4.payloads import payload_strings
from bench.redteam.v4.script import script
from bench.redteam.v4.script_styles import STYLES
from bench.redteam.v4.seo_spam import seo_spam
from bench.redteam.v4.tamper import STYLES as TAMPER_STYLES
from bench.redteam.v4.tamper import tamper
from bench.redteam.v4.variants import variant

ENCODED = ("char-index-builder", "xor-decoder", "details-ontoggle")  # the URL is never written out
LIMIT = 12  # covers all twelve script styles (one of them on an ad-heavy page)
INLINE = b"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:'front'});</script>"
# the browsers' decoders (WHATWG): gb2312 and GBK labels read GB18030, big5 reads Big5-HKSCS
BROWSER_CODEC = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "shift_jis": "cp932",
    "windows-31j": "cp932",
    "euc-jp": "euc_jp",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "iso-8859-1": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "windows-874": "cp874",
}


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def test_edition_4_has_the_required_variety() -> None:
    required = {"zh-Hans", "zh-Hant", "ja", "ko", "ar", "fa", "ru", "tr", "id", "vi", "hi", "es", "pt"}
    assert required | {"th", "bn", "uk", "fr", "ms", "en", "de"} <= set(VOICES)
    assert all(len(v.slogans) >= 5 and len(v.lines) >= 4 for v in VOICES.values())
    assert {"zh", "id", "vi", "ja", "th", "ru", "es", "tr", "ko"} <= set(ANCHORS)
    assert len(HIDING) >= 12 and not set(HIDING) & (set(V1_HIDING) | set(V2_HIDING) | set(V3_HIDING))
    assert len(STYLES) >= 8 and not set(STYLES) & (set(V1_STYLES) | set(V2_STYLES) | set(V3_STYLES))
    assert not set(TEMPLATES) & (set(V1_TEMPLATES) | set(V2_TEMPLATES) | set(V3_TEMPLATES))
    assert len(TAMPER_STYLES) >= 10 and not set(TAMPER_STYLES) & set(V3_TAMPER)
    assert len({lang.code for lang in PAGE_LANGS}) >= 12


def test_edition_4_tamper_writes_at_least_14_languages() -> None:
    langs = {str(variant("tamper", index)["lang"]) for index in range(60)}
    assert "own" in langs and len(langs - {"own"}) >= 14


def test_edition_4_material_is_not_editions_1_to_3s() -> None:
    old = {
        _norm(s)
        for make in (v1_payloads, v2_payloads, v3_payloads)
        for strings in make().values()
        for s in strings
    }
    shared = sorted(s for strings in payload_strings().values() for s in strings if _norm(s) in old)
    assert not shared, shared


def _corpus_with_inline_scripts(root: Path) -> Path:
    """The shared synthetic corpus, each page also running a first-party inline script."""
    dev = _synthetic_corpus(root)
    for page in (dev / "scenarios").rglob("*.html"):
        page.write_bytes(page.read_bytes().replace(b"</head>", INLINE + b"</head>", 1))
    return dev


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("redteam4")
    dev = _corpus_with_inline_scripts(root)
    run(dev, root / "out", seed=None, limit=LIMIT, edition=4)
    return dev, root / "out"


def test_edition_4_output_has_the_dev_corpus_format(generated: tuple[Path, Path]) -> None:
    assert_dev_corpus_format(generated[1], 4)


def test_edition_4_splices_only_at_the_recorded_spots(generated: tuple[Path, Path]) -> None:
    assert_splices_at_recorded_spots(*generated)


def test_edition_4_is_deterministic_for_its_seed_and_differs_from_edition_3(
    generated: tuple[Path, Path], tmp_path: Path
) -> None:
    dev, out = generated
    run(dev, tmp_path / "again", seed=DEFAULT_SEED, limit=LIMIT, edition=4)
    assert _tree(tmp_path / "again") == _tree(out)
    run(dev, tmp_path / "other", seed=DEFAULT_SEED + 1, limit=LIMIT, edition=4)
    assert _tree(tmp_path / "other") != _tree(out)
    run(dev, tmp_path / "e3", seed=None, limit=4, edition=3)
    theirs = {v for k, v in _tree(tmp_path / "e3").items() if k.startswith("pages/")}
    assert not theirs & {v for k, v in _tree(out).items() if k.startswith("pages/")}


def _page(charset: str = "utf-8") -> Page:
    raw = _front_page(3, charset).replace("<title>", '<meta property="og:title" content="Tagesblatt"><title>')
    raw = raw.replace('<p class="lead">', '<img src="/a.jpg" alt="Ein Bild vom Markt"><p class="lead">', 2)
    raw = raw.replace("</head>", INLINE.decode() + "</head>")
    codec = "cp1252" if charset != "utf-8" else "utf-8"
    data = raw.encode(codec)
    return Page(data, f"text/html; charset={charset}", "https://www.tagesblatt.example/", (data,))


@pytest.mark.parametrize("style", sorted(TAMPER_STYLES))
def test_every_edition_4_tamper_style_edits_the_page_in_place(style: str) -> None:
    page = _page()
    for lang in ("own", "zh-Hant"):
        try:
            result = tamper(page, random.Random(style + lang), style, lang)
        except NotApplicable:
            pytest.fail(f"{style} found no place on a front page")
        _check_splice(page.raw, result.data, result.edits)
        assert result.data != page.raw and result.info["style"] == style


@pytest.mark.parametrize("technique", sorted(HIDING))
def test_every_edition_4_hiding_technique_carries_every_link(technique: str) -> None:
    page = _page()
    result = seo_spam(page, random.Random(technique), technique, ["zh", "tr"])
    _check_splice(page.raw, result.data, result.edits)
    links = int(str(result.info["links"]))
    assert 12 <= links <= 50
    added = result.data.decode().count("https://") - page.raw.decode().count("https://")
    assert added >= links


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_edition_4_script_style_points_at_an_unseen_domain(style: str) -> None:
    page = _page("iso-8859-1")
    result = script(page, random.Random(style), style, ad_heavy=style.startswith("r"))
    _check_splice(page.raw, result.data, result.edits)
    assert str(result.info["domain"]).encode() not in page.raw
    assert str(result.info["domain"]).encode() in result.data or style in ENCODED


def test_edition_4_pages_decode_in_their_declared_charsets_as_browsers_do() -> None:
    seen = set()
    for index in range(150):
        item = legit_page(index, seed=DEFAULT_SEED)
        label = str(item.info["charset"])
        codec = (
            label.split("(")[1].rstrip(")")
            if label.startswith("none")
            else BROWSER_CODEC.get(label.lower(), label)
        )
        text = item.data.decode(codec)  # strict: valid as a browser reads it
        assert b"&#" not in item.data, (label, index)  # no fallback character references
        assert "<title>" in text
        seen.add(label.lower())
    assert {"gb2312", "gbk", "gb18030", "big5", "big5-hkscs", "shift_jis", "euc-jp", "euc-kr"} <= seen
    assert {"windows-1251", "koi8-r", "windows-1256", "windows-1254", "tis-620", "iso-8859-1"} <= seen
    assert any(s.startswith("none") for s in seen)
    mislabelled = [legit_page(i, seed=DEFAULT_SEED) for i in range(150)]
    assert any("䶮".encode("gb18030") in p.data and b"gb2312" in p.data for p in mislabelled)
    deface = {str(deface_page(index, seed=DEFAULT_SEED).info["charset"]).lower() for index in range(120)}
    assert len(deface - {"utf-8"}) >= 10


def test_make_accuracy_scores_edition_4_as_its_own_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``make accuracy REDTEAM4=DIR`` (``bench.accuracy --redteam4 DIR``) adds a fourth column."""
    assert_make_accuracy_adds_a_column(4, tmp_path, monkeypatch, capsys)

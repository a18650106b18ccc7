"""Edition 3 of the red-team generator (bench/redteam/v3): its variety, that its material is its own
(not edition 1's or 2's), the output format, byte-exact splices, determinism and charsets. Its
disjointness from the detectors is checked with the other editions' in test_redteam.py."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest
from test_redteam import _check_splice, _front_page, _synthetic_corpus, _tree
from test_redteam_v2 import assert_dev_corpus_format, assert_splices_at_recorded_spots

from bench.redteam.attack import NotApplicable, Page
from bench.redteam.build import run
from bench.redteam.charset import page_codec
from bench.redteam.deface_render import TEMPLATES as V1_TEMPLATES
from bench.redteam.hiding import HIDING as V1_HIDING
from bench.redteam.payloads import payload_strings as v1_payloads
from bench.redteam.script_styles import STYLES as V1_STYLES
from bench.redteam.v2.data.templates import TEMPLATES as V2_TEMPLATES
from bench.redteam.v2.hiding import HIDING as V2_HIDING
from bench.redteam.v2.payloads import payload_strings as v2_payloads
from bench.redteam.v2.script_styles import STYLES as V2_STYLES
from bench.redteam.v3.data.spam import ANCHORS
from bench.redteam.v3.data.templates import TEMPLATES
from bench.redteam.v3.data.voices import VOICES
from bench.redteam.v3.hiding import HIDING
from bench.redteam.v3.pages import PAGE_LANGS, deface_page, legit_page
from bench.redteam.v3.payloads import payload_strings
from bench.redteam.v3.script import script
from bench.redteam.v3.script_styles import STYLES
from bench.redteam.v3.seo_spam import seo_spam
from bench.redteam.v3.tamper import STYLES as TAMPER_STYLES
from bench.redteam.v3.tamper import tamper

SEED = 3907
LIMIT = 8


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def test_edition_3_has_the_required_variety() -> None:
    required = {"zh-Hans", "zh-Hant", "ja", "ko", "ar", "fa", "ru", "tr", "id", "vi", "hi", "es", "pt"}
    assert required | {"ur", "th", "bn", "uk", "he", "tl", "sw", "it", "fr", "en"} <= set(VOICES)
    assert all(len(v.slogans) >= 5 and len(v.lines) >= 4 for v in VOICES.values())
    assert {"zh", "id", "vi", "ja", "ru", "es", "tr", "th"} <= set(ANCHORS)
    assert len(HIDING) >= 12 and not set(HIDING) & (set(V1_HIDING) | set(V2_HIDING))
    assert len(STYLES) >= 8 and not set(STYLES) & (set(V1_STYLES) | set(V2_STYLES))
    assert not set(TEMPLATES) & (set(V1_TEMPLATES) | set(V2_TEMPLATES))
    assert len(TAMPER_STYLES) >= 8
    assert len({lang.code for lang in PAGE_LANGS}) >= 12


def test_edition_3_material_is_not_edition_1s_or_2s() -> None:
    old = {_norm(s) for make in (v1_payloads, v2_payloads) for strings in make().values() for s in strings}
    shared = sorted(s for strings in payload_strings().values() for s in strings if _norm(s) in old)
    assert not shared, shared


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("redteam3")
    dev = _synthetic_corpus(root)
    run(dev, root / "out", seed=None, limit=LIMIT, edition=3)
    return dev, root / "out"


def test_edition_3_output_has_the_dev_corpus_format(generated: tuple[Path, Path]) -> None:
    assert_dev_corpus_format(generated[1], 3)


def test_edition_3_splices_only_at_the_recorded_spots(generated: tuple[Path, Path]) -> None:
    assert_splices_at_recorded_spots(*generated)


def test_edition_3_is_deterministic_for_its_seed_and_differs_from_editions_1_and_2(
    generated: tuple[Path, Path], tmp_path: Path
) -> None:
    dev, out = generated
    run(dev, tmp_path / "again", seed=SEED, limit=LIMIT, edition=3)
    assert _tree(tmp_path / "again") == _tree(out)
    run(dev, tmp_path / "other", seed=SEED + 1, limit=LIMIT, edition=3)
    assert _tree(tmp_path / "other") != _tree(out)
    mine = {v for k, v in _tree(out).items() if k.startswith(("pages/", "scenarios/"))}
    for edition in (1, 2):
        run(dev, tmp_path / f"e{edition}", seed=None, limit=LIMIT, edition=edition)
        theirs = {v for k, v in _tree(tmp_path / f"e{edition}").items() if k.startswith("pages/")}
        assert not theirs & mine


@pytest.mark.parametrize("style", sorted(TAMPER_STYLES))
def test_every_tamper_style_rewrites_text_in_place(style: str) -> None:
    raw = _front_page(4, "utf-8").replace("<title>", '<meta property="og:title" content="Tagesblatt"><title>')
    raw = raw.replace('<p class="lead">', '<img src="/a.jpg" alt="Ein Bild vom Markt"><p class="lead">', 2)
    page = Page(raw.encode(), "text/html; charset=utf-8", "https://www.tagesblatt.example/")
    for lang in ("own", "ko"):
        try:
            result = tamper(page, random.Random(style + lang), style, lang)
        except NotApplicable:
            pytest.fail(f"{style} found no place on a front page")
        _check_splice(page.raw, result.data, result.edits)
        assert result.data != page.raw and result.info["style"] == style


@pytest.mark.parametrize("technique", sorted(HIDING))
def test_every_edition_3_hiding_technique_splices_cleanly(technique: str) -> None:
    raw = _front_page(2, "utf-8").encode()
    page = Page(raw, "text/html; charset=utf-8", "https://www.tagesblatt.example/")
    result = seo_spam(page, random.Random(technique), technique, ["zh", "id"])
    _check_splice(raw, result.data, result.edits)
    links = int(str(result.info["links"]))
    assert 12 <= links <= 50
    assert result.data.count(b"<a ") - raw.count(b"<a ") == links


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_edition_3_script_style_points_at_an_unseen_domain(style: str) -> None:
    raw = _front_page(2, "iso-8859-1").encode("cp1252")
    page = Page(raw, "text/html; charset=iso-8859-1", "https://www.tagesblatt.example/", (raw,))
    result = script(page, random.Random(style), style)
    _check_splice(raw, result.data, result.edits)
    assert len(result.edits) == 1 and str(result.info["domain"]).encode() not in raw


def test_edition_3_pages_are_valid_in_their_declared_charsets() -> None:
    seen = set()
    for index in range(150):
        item = legit_page(index, seed=SEED)
        label = str(item.info["charset"]).lower()
        text = item.data.decode(page_codec(item.data))  # strict: valid in its declared charset
        assert not re.search(rb"&#\d", item.data), (label, index)  # no fallback character references
        assert "<title>" in text
        seen.add(label)
    assert {"gb2312", "gbk", "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr"} <= seen
    assert {"windows-1251", "windows-1256", "windows-1255", "windows-1254", "tis-620"} <= seen
    deface = {str(deface_page(index, seed=SEED).info["charset"]).lower() for index in range(120)}
    assert {"gb2312", "big5", "shift_jis", "euc-kr", "windows-1251", "windows-1256"} & deface
    assert len(deface - {"utf-8"}) >= 8


def assert_make_accuracy_adds_a_column(
    edition: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``bench.accuracy --redteamN DIR`` generates edition N into an empty DIR and adds a column."""
    from bench import accuracy

    commands: list[list[str]] = []

    def fake_run(command: list[str], **kwargs: object) -> None:
        commands.append(command)
        out = Path(command[command.index("--out") + 1])
        out.mkdir(parents=True)
        (out / "labels.json").write_text("{}")

    monkeypatch.setattr("bench.accuracy.subprocess.run", fake_run)
    monkeypatch.setattr(accuracy, "predict", lambda folder, work, workers: work / "preds.jsonl")
    monkeypatch.setattr(accuracy, "score", lambda labels, preds: {"scenarios": {}, "pages": {}})
    dev = _synthetic_corpus(tmp_path)
    folder = str(tmp_path / f"rt{edition}")
    assert accuracy.main(["--corpus", str(dev), "--no-redteam", f"--redteam{edition}", folder]) == 0
    assert len(commands) == 1 and commands[0][commands[0].index("--edition") + 1] == str(edition)
    table = capsys.readouterr().out.split("== side by side ==")[1]
    assert f"red team v{edition}" in table.splitlines()[1]


def test_make_accuracy_scores_edition_3_as_its_own_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_make_accuracy_adds_a_column(3, tmp_path, monkeypatch, capsys)

"""Transplants: a legit page's markup kept, its visible text rewritten into another language."""

from __future__ import annotations

import re
import unicodedata

import pytest

pytest.importorskip("wordfreq")
pytest.importorskip("opencc")
pytest.importorskip("faker")

from tamperwatch.detect.classifier.features import FeatureConfig, featurize_html
from tamperwatch.detect.classifier.transplant import LANGUAGES, languages_for, transplant_html

from .conftest import NEWS_HTML

_TAGS = re.compile(r"<(?!meta name=\"description\")[^>]*>")  # every tag but the rewritten description
_SCRIPT_OF = {"zh-hans": "CJK", "zh-hant": "CJK", "ja": "HIRAGANA", "ko": "HANGUL", "ar": "ARABIC",
              "fa": "ARABIC", "ru": "CYRILLIC", "uk": "CYRILLIC", "hi": "DEVANAGARI", "th": "THAI"}


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(c, "?").split()[0] for c in text if c.isalpha()}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_markup_is_kept_and_text_is_replaced(lang: str) -> None:
    moved = transplant_html(NEWS_HTML, lang, seed=3)
    assert _TAGS.findall(moved) == _TAGS.findall(NEWS_HTML)  # every tag byte for byte, in order
    salient = featurize_html(moved, FeatureConfig(bits=16)).salient
    assert salient.title and salient.headings and len(salient.body) > 100
    assert "council" not in salient.body and "budget" not in salient.title
    if lang in _SCRIPT_OF:
        assert _SCRIPT_OF[lang] in _scripts(salient.body)


def test_transplants_are_deterministic_and_vary_with_the_seed() -> None:
    assert transplant_html(NEWS_HTML, "zh-hans", 1) == transplant_html(NEWS_HTML, "zh-hans", 1)
    assert transplant_html(NEWS_HTML, "zh-hans", 1) != transplant_html(NEWS_HTML, "zh-hans", 2)


def test_traditional_chinese_is_converted_and_chinese_has_no_spaces_inside_sentences() -> None:
    hant = featurize_html(transplant_html(NEWS_HTML, "zh-hant", 5), FeatureConfig(bits=16)).salient.body
    hans = featurize_html(transplant_html(NEWS_HTML, "zh-hans", 5), FeatureConfig(bits=16)).salient.body
    assert hant != hans and len(hant) == len(hans)
    longest = max(hans.split(), key=len)
    assert len(longest) > 20 and "。" in hans


def test_description_meta_is_rewritten_and_separators_kept() -> None:
    moved = transplant_html(NEWS_HTML, "ru", 0)
    meta = re.search(r'<meta name="description" content="([^"]*)"', moved)
    assert meta is not None and "weather" not in meta.group(1) and _SCRIPT_OF["ru"] in _scripts(meta.group(1))
    assert " - " in re.search(r"<title>(.*?)</title>", moved).group(1)  # type: ignore[union-attr]


def test_languages_rotate_evenly() -> None:
    used = [lang for n in range(len(LANGUAGES)) for lang in languages_for(n, 2)]
    assert {used.count(lang) for lang in LANGUAGES} == {2}
    assert len(set(languages_for(0, 2))) == 2

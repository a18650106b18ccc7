"""The shipped model judges what a page says and how it is built, not its language or script.

Ordinary article pages written for these tests (``i18n_pages``) in simplified and traditional
Chinese, Japanese, Korean, Arabic and Russian must score below the threshold, and within a
small margin of the same page in English.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tamperwatch.capture.decoding import decode_body
from tamperwatch.detect.classifier import default_classifier
from tamperwatch.detect.classifier.dataset import page_from_bytes
from tamperwatch.detect.page import Page
from tamperwatch.models import Capture

from .conftest import make_page
from .i18n_pages import LIBRARY_ZH_HANS, TRANSLATED, render

LANGUAGE_GAP = 0.10  # calibrated p: a translation may differ from its English original by at most this


@pytest.mark.parametrize("lang", sorted(TRANSLATED))
def test_ordinary_article_scores_below_threshold_in_every_language(lang: str) -> None:
    model = default_classifier()
    story, _ = TRANSLATED[lang]
    assert model.score_page(make_page(render(story))) < model.threshold


@pytest.mark.parametrize("lang", sorted(TRANSLATED))
def test_language_gap_is_small(lang: str) -> None:
    model = default_classifier()
    story, english = TRANSLATED[lang]
    translated = model.score_page(make_page(render(story)))
    original = model.score_page(make_page(render(english)))
    assert abs(translated - original) <= LANGUAGE_GAP, (lang, translated, original)


def test_gbk_encoded_chinese_page_decodes_and_scores_like_utf8() -> None:
    gbk = render(LIBRARY_ZH_HANS, charset="gbk").encode("gbk")
    utf8 = render(LIBRARY_ZH_HANS).encode("utf-8")
    text = decode_body(gbk, "text/html")
    assert "市图书馆翻修两年后重新开放" in text
    model = default_classifier()
    # as a capture with no charset in the header (the meta tag names GBK), and as training reads it
    capture = Capture(url="https://news.example.cn/", fetched_at=datetime(2024, 1, 1, tzinfo=UTC), status=200,
                      body=gbk, headers=(("content-type", "text/html"),))
    from_capture = model.score_page(Page(capture))
    from_training_reader = model.score_page(page_from_bytes(gbk, "https://news.example.cn/", "text/html"))
    from_utf8 = model.score_page(make_page(utf8))
    assert from_capture < model.threshold
    assert from_capture == pytest.approx(from_training_reader)
    assert from_capture == pytest.approx(from_utf8, abs=0.02)

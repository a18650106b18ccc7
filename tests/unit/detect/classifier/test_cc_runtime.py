"""The shipped content classifier: loads with numpy only, scores sensibly, never raises."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tamperwatch.detect.classifier import default_classifier
from tamperwatch.detect.classifier.runtime import DEFAULT_MODEL_PATH, ContentClassifier
from tamperwatch.detect.page import Page

from .conftest import make_page


@pytest.fixture(scope="module")
def model() -> ContentClassifier:
    return ContentClassifier.load()


def test_shipped_model_is_small() -> None:
    assert DEFAULT_MODEL_PATH.is_file()
    assert DEFAULT_MODEL_PATH.stat().st_size < 20 * 1024 * 1024


def test_runtime_loads_and_scores_without_sklearn(
    monkeypatch: pytest.MonkeyPatch, defacement_page: Page
) -> None:
    for name in list(sys.modules):
        blocked = name in ("sklearn", "scipy") or name.startswith(("sklearn.", "scipy."))
        if blocked or name.startswith("tamperwatch.detect.classifier"):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "sklearn", None)  # any `import sklearn` now fails
    monkeypatch.setitem(sys.modules, "scipy", None)
    runtime = importlib.import_module("tamperwatch.detect.classifier.runtime")
    score = runtime.ContentClassifier.load().score_page(defacement_page)
    assert 0.0 <= score <= 1.0


def test_obvious_defacement_scores_above_news_about_hackers(
    model: ContentClassifier, defacement_page: Page, news_page: Page
) -> None:
    deface = model.score_page(defacement_page)
    news = model.score_page(news_page)
    assert deface >= model.threshold > news


@pytest.mark.parametrize(
    "body",
    [
        b"",
        bytes(range(256)) * 64,
        b"<" * 100_000,
        b"<div>" * 50_000 + b"hacked" + b"</div>" * 10,
        b"<html><title>" + "\u202e\ud800x".encode("utf-8", "surrogatepass") + b"</title></html>",
        b"<script>" + b"x" * 3_000_000 + b"</script><p>text</p>",
        b"\xff\xfe" + "<p>utf16 text</p>".encode("utf-16-le"),
        b"<a href='http://[bad'>x</a>" * 500,
    ],
    ids=["empty", "binary", "lt-flood", "deep-nesting", "surrogates", "huge-script", "utf16", "bad-urls"],
)
def test_hostile_input_never_raises(model: ContentClassifier, body: bytes) -> None:
    page = make_page(body)
    assert 0.0 <= model.score_page(page) <= 1.0
    explanation = model.explain(page)
    assert 0.0 <= explanation.probability <= 1.0


def test_missing_model_file_gives_clear_error(tmp_path: Path) -> None:
    from tamperwatch.detect.classifier.weights import ModelFileError

    with pytest.raises(ModelFileError, match="cannot read"):
        ContentClassifier.load(tmp_path / "absent.npz")


def test_explanation_names_words_of_the_page(model: ContentClassifier, defacement_page: Page) -> None:
    explanation = model.explain(defacement_page)
    assert explanation.terms
    text = defacement_page.html.lower()
    assert all(term in text for term in explanation.terms)
    assert "hacked" in explanation.snippet


_TOKENS = [*"<>/=\"' abc&;#\n\x00\u00e9\u88ab", "<div>", "</div>", "<title>", "<script>", "<a href=//x.y>"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=300).map("".join))
def test_arbitrary_markup_scores_in_unit_interval(text: str) -> None:
    assert 0.0 <= default_classifier().score_page(make_page(text)) <= 1.0

"""Feature extraction: any script, markup style does not matter, salient text is what counts."""

from __future__ import annotations

import numpy as np
import pytest

from tamperwatch.detect.classifier.augment import condensed_html
from tamperwatch.detect.classifier.features import FeatureConfig, featurize_html
from tamperwatch.detect.classifier.hashing import NgramHasher
from tamperwatch.detect.classifier.salient import normalise
from tamperwatch.detect.classifier.structure import FEATURE_NAMES

CONFIG = FeatureConfig()


@pytest.mark.parametrize(
    "text",
    [
        "被黑了 网站安全",
        "تم الاختراق بواسطة",
        "Взломано командой",
        "Hacklendi güvenlik",
        "diretas oleh",
        "hackeado por",
    ],
)
def test_every_script_yields_ngrams_in_range(text: str) -> None:
    hasher = NgramHasher(bits=16)
    index, values = hasher.vector(text, seed=1)
    assert index.size > 0
    assert index.min() >= 0 and index.max() < hasher.n_features
    assert np.isclose(np.linalg.norm(values), 1.0)


def test_hashing_is_deterministic_and_seeded_per_field() -> None:
    hasher = NgramHasher()
    first = hasher.buckets("hacked by someone", 1)
    assert np.array_equal(first, NgramHasher().buckets("hacked by someone", 1))
    assert not np.array_equal(first, hasher.buckets("hacked by someone", 2))


def test_styled_unicode_and_zero_width_characters_read_as_plain_text() -> None:
    fullwidth_hacked = "\uff28\uff41\uff43\uff4b\uff45\uff44"
    bold_by = "\U0001d401\U0001d432"
    assert normalise(f"{fullwidth_hacked} {bold_by} Ze\u200bro\xad", 100) == "hacked by zero"


def test_markup_style_does_not_change_features() -> None:
    quoted = '<html><head><title>Notice</title></head><body><p class="a">Hello &amp; welcome<br/></p>' \
             '<img src="images/x.jpg"></body></html>'
    bare = "<html><head><title>Notice</title></head><body><p class=a>Hello &#38; welcome<br></p>" \
           "<img src=images/x.jpg></body></html>"  # where a picture comes from is read (resources)
    a, b = featurize_html(quoted, CONFIG), featurize_html(bare, CONFIG)
    assert np.array_equal(a.indices, b.indices) and np.allclose(a.values, b.values)
    sizes = {"log_html_chars", "log_elements", "text_density"}  # these differ with the markup
    counted = [k for k, name in enumerate(FEATURE_NAMES[: len(a.dense)]) if name not in sizes]
    assert np.allclose(a.dense[counted], b.dense[counted])


def test_scripts_and_styles_are_not_visible_text() -> None:
    html = "<body><script>var hacked = 1;</script><style>.x{color:red}</style><p>Opening hours</p></body>"
    salient = featurize_html(html, CONFIG).salient
    assert salient.body == "opening hours"


def test_condensed_copy_keeps_the_text_and_is_small() -> None:
    source = featurize_html("<title>Council news</title><h1>Budget</h1>" + "<p>word</p>" * 500, CONFIG)
    copy = featurize_html(condensed_html(source.salient), CONFIG)
    assert copy.salient.title == source.salient.title
    assert copy.salient.body.startswith("budget")
    assert len(condensed_html(source.salient)) < 4000


def test_structure_does_not_tell_the_script() -> None:
    from tamperwatch.detect.classifier.structure import text_width, title_shouted

    assert title_shouted("HACKED BY SOMEONE") == 1.0
    assert title_shouted("City council approves budget") == 0.0
    for caseless in ("市图书馆翻修两年后重新开放", "إعادة افتتاح مكتبة المدينة", "स्वास्थ्य मन्त्रालय"):
        assert title_shouted(caseless) == title_shouted("City council approves budget")
    assert text_width("图书馆") == 6 and text_width("도서관") == 6 and text_width("library") == 7
    assert "upper_ratio" not in FEATURE_NAMES

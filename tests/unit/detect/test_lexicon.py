"""The lexicon's stem prefilter: a line without any stem is never searched, so every text a pattern
matches must hold one of the stems, or that phrase could never be found."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tamperwatch.detect.lexicon import DEFACEMENT_PHRASES, STEMS, may_mention_lexicon


@pytest.mark.parametrize("pattern", [p for p, _ in DEFACEMENT_PHRASES], ids=lambda p: p[:40])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_text_a_pattern_matches_holds_a_stem(pattern: str, data: st.DataObject) -> None:
    text = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    normal = " ".join(text.split()).lower()  # page text lines come with their white space collapsed
    assert any(stem in normal for stem in STEMS), f"{text!r} matches {pattern!r} but holds no stem"


@pytest.mark.parametrize(
    "text",
    [
        "Hacked   by X",
        "WE ARE EVERYWHERE",
        "they tell LIES",
        "Resistência!",
        "contact us: @crew",
        "pirateado por",
    ],
)
def test_may_mention_lexicon_passes_what_the_patterns_match(text: str) -> None:
    assert may_mention_lexicon(text)


def test_may_mention_lexicon_rejects_plain_news_text() -> None:
    assert not may_mention_lexicon("The council approved the 2027 budget on Tuesday after a long debate.")

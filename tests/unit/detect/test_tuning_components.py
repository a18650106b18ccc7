"""How findings combine, the fast path's limits, foreign text, message blocks and link influx are
tunable by name through Settings like every detector: an override reaches the part that uses it."""

from __future__ import annotations

import pytest

from tamperwatch.detect.delta import DeltaGate
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.foreign_text import ForeignTextDetector
from tamperwatch.detect.link_influx import LinkInfluxDetector
from tamperwatch.models import Finding, Status

from .test_delta import URL, page
from .test_tuning import settings

# Two hints from different detectors, neither decisive on its own (below min_decisive, 0.5).
HINTS = [Finding("foreign_injection", 0.45, "a new script"), Finding("rewrite", 0.45, "a headline rewritten")]


def test_weak_hints_add_up_only_when_the_verdicts_min_decisive_is_lowered() -> None:
    shipped = DetectionEngine.from_settings(settings())
    assert shipped.combine(HINTS).status is Status.SUSPICIOUS
    lowered = DetectionEngine.from_settings(settings(detector_tuning={"verdict": {"min_decisive": 0.4}}))
    assert lowered.combine(HINTS).status is Status.DEFACED


def test_the_fast_paths_limit_on_new_words_is_tunable() -> None:
    old, new = page(), page(stamp="Updated 08:00 with four brand new words")
    gate = DeltaGate.from_settings(settings())
    assert gate is not None and gate.clears(old, new, URL, "text/html") is None  # text written over
    loose = DeltaGate.from_settings(settings(detector_tuning={"delta": {"rewrite_min_new_tokens": 10}}))
    assert loose is not None and loose.clears(old, new, URL, "text/html") is not None


def test_foreign_text_message_blocks_and_link_influx_take_their_overrides() -> None:
    tuned = settings(
        sensitivity=1.0,
        detector_tuning={
            "foreign_text": {"min_letters": 80, "block": 0.3},
            "message_blocks": {"max_blocks": 2},
            "link_influx": {"min_new_domains": 7},
        },
    )
    foreign = ForeignTextDetector.from_settings(tuned)
    assert (foreign.config.min_letters, foreign.config.block, foreign.blocks.max_blocks) == (80, 0.3, 2)
    # the overridden block weight holds at sensitivity 1, the title weight still scales with it
    assert foreign.config.title == pytest.approx(
        ForeignTextDetector.from_settings(settings()).config.title * 1.2
    )
    assert LinkInfluxDetector.from_settings(tuned).config.min_new_domains == 7

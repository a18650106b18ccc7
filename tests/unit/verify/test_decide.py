"""The verdict rules: confirmed needs a defaced capture that the screenshot shows, nothing else does."""

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.verify.claim import Answer, Match
from tamperwatch.verify.compare import Region
from tamperwatch.verify.decide import Evidence, decide
from tamperwatch.verify.text import ReadLine

WHEN = datetime(2025, 3, 1, 5, tzinfo=UTC)
BOX = Region(100, 200, 300, 120, 0.08)


def _match(
    label: str, matched: float, defaced: bool, regions: tuple[Region, ...] = (), text: float = 1.0
) -> Match:
    return Match(
        label, WHEN, "desktop-1366", matched, 200, regions, (), ((1, 0, 0), (0, 1, 0)), text, defaced
    )


def _evidence(*matches: Match, novel: int = 0, chars: int = 400, distinctive: int = 0) -> Evidence:
    lines = [ReadLine(f"slogan {i}", f"slogan{i}", (0, 0, 1, 1)) for i in range(novel)]
    labels = {m.capture_label: distinctive for m in matches if m.defaced}
    return Evidence(sorted(matches, key=lambda m: -m.matched), lines, chars, labels)


def test_a_defaced_capture_the_screenshot_matches_confirms() -> None:
    answer, confidence, reasons, _ = decide(_evidence(_match("d", 0.98, True), _match("c", 0.2, False)))
    assert answer is Answer.CONFIRMED and confidence > 0.9
    assert "judged defaced" in reasons[0]


def test_a_clean_capture_matched_perfectly_never_confirms() -> None:
    answer, *_ = decide(_evidence(_match("c", 1.0, False)))
    assert answer is Answer.REFUTED


def test_a_defaced_capture_with_a_pasted_region_or_added_text_is_not_confirmed() -> None:
    pasted = decide(_evidence(_match("d", 0.85, True, (BOX,), text=0.7), _match("c", 0.6, False)))
    assert pasted[0] is Answer.DOCTORED
    typed_here = (Region(0, 0, 50, 50, 0.01),)  # typed text changes the pixels where it sits
    typed = decide(_evidence(_match("d", 0.97, True, typed_here), _match("c", 0.5, False), novel=3))
    assert typed[0] is Answer.DOCTORED


def test_a_clean_capture_with_a_pasted_region_is_doctored_and_no_match_is_refuted() -> None:
    assert decide(_evidence(_match("c", 0.8, False, (BOX,))))[0] is Answer.DOCTORED
    assert decide(_evidence(_match("c", 0.0, False, text=0.0), novel=5))[0] is Answer.REFUTED


def test_a_defaced_capture_that_explains_the_shot_no_better_than_a_clean_one_does_not_confirm() -> None:
    # the shot shows a part of the page the defacement did not touch
    answer, *_ = decide(_evidence(_match("d", 0.99, True), _match("c", 0.99, False)))
    assert answer is not Answer.CONFIRMED


def test_text_alone_does_not_confirm_over_a_pasted_block_the_render_shows() -> None:
    # a text-less block (a flag) pasted on a capture the engine got wrong: the text all matches
    answer, *_ = decide(
        _evidence(_match("d", 0.8, True, (BOX,), text=1.0), _match("c", 0.1, False), distinctive=2)
    )
    assert answer is not Answer.CONFIRMED


def test_with_a_pixel_match_stray_ocr_lines_are_misreadings_but_lines_in_a_differing_region_count() -> None:
    misread = [ReadLine(f"schlieBen {i}", f"schlieben{i}", (10, 40 * i, 80, 20)) for i in range(4)]
    clean_render = _match("d", 0.99, True)
    evidence = Evidence([clean_render, _match("c", 0.2, False)], misread, 400, {"d": 0})
    assert decide(evidence)[0] is Answer.CONFIRMED
    region = Region(0, 0, 200, 200, 0.015)  # small, but the novel lines sit in it
    edited = _match("d", 0.95, True, (region,))
    evidence = Evidence([edited, _match("c", 0.2, False)], misread, 400, {"d": 0})
    assert decide(evidence)[0] is not Answer.CONFIRMED


def test_scattered_tile_noise_without_any_region_still_shows_the_render() -> None:
    answer, *_ = decide(
        _evidence(_match("d", 0.85, True, text=0.0), _match("c", 0.0, False, text=0.0), chars=9)
    )
    assert answer is Answer.CONFIRMED


def test_a_weak_match_to_a_defaced_capture_with_nothing_edited_is_no_guess() -> None:
    weak = _match("d", 0.6, True, (Region(0, 0, 10, 10, 0.01),), text=0.3)
    answer, _, reasons, _ = decide(_evidence(weak, _match("c", 0.1, False, text=0.1), chars=9))
    assert answer is Answer.UNVERIFIABLE and "only in part" in reasons[-1]


def test_a_large_region_whose_text_the_capture_holds_does_not_veto_confirming_by_text() -> None:
    # a defacement page's glowing title drawn at another moment of its CSS animation
    glow = Region(0, 190, 640, 130, 0.14)
    title = ReadLine("Blocked by the crew", "blockedbythecrew", (40, 220, 500, 60))
    m = _match("d", 0.57, True, (glow,), text=1.0)
    evidence = Evidence([m, _match("c", 0.0, False, text=0.0)], [], 400, {"d": 2}, [title])
    assert decide(evidence)[0] is Answer.CONFIRMED
    pasted = Evidence([m, _match("c", 0.0, False, text=0.0)], [title], 400, {"d": 2}, [title])
    assert decide(pasted)[0] is not Answer.CONFIRMED  # the same region with text no capture holds

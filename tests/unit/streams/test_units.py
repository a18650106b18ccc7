"""Persistence runs, ignore regions, black and frozen pictures."""

from __future__ import annotations

import numpy as np
import pytest

from tamperwatch.streams import health
from tamperwatch.streams.persist import Run
from tamperwatch.streams.regions import Region, RegionError, keep_mask, parse_regions


def test_run_fires_once_when_the_condition_spans_the_window() -> None:
    run = Run(3.0)
    assert [run.see(t) for t in (10.0, 11.0, 12.0, 13.0, 14.0)] == [False, False, False, True, False]
    run.clear()
    assert not run.active and not run.see(20.0)


def test_flash_shorter_than_the_window_never_fires() -> None:
    run = Run(3.0)
    assert not any(run.see(t) for t in (21.0, 22.0))
    run.clear()
    assert not any(run.see(t) for t in (25.0, 26.0))


def test_regions_parse_and_mask() -> None:
    regions = parse_regions([{"x": 0, "y": 332, "w": 641, "h": 29}, {"x": 8, "y": 8, "w": 93.4, "h": 23}])
    assert regions[1] == Region(8, 8, 93, 23)
    mask = keep_mask(regions, 640, 360, 320, 180)
    assert mask.shape == (180, 320)
    assert mask[170, 100] == 0 and mask[10, 10] == 0 and mask[90, 160] == 255


@pytest.mark.parametrize(
    "bad",
    [{"x": 1}, [{"x": 0, "y": 0, "w": 0, "h": 3}], [{"x": "a", "y": 0, "w": 1, "h": 1}], [1], [{}] * 65],
)
def test_bad_regions_are_refused(bad: object) -> None:
    with pytest.raises(RegionError):
        parse_regions(bad)


def test_black_ignores_overlays_and_frozen_sees_the_clock() -> None:
    gray = np.zeros((90, 160), np.uint8)
    gray[0:10, 0:40] = 255  # a clock on black
    keep = np.full_like(gray, 255)
    assert not health.is_black(gray, keep)
    keep[0:10, 0:40] = 0
    assert health.is_black(gray, keep)
    ticked = gray.copy()
    ticked[2:8, 30:38] = 0  # the clock's last digit changed
    assert health.is_frozen(gray, gray.copy())
    assert not health.is_frozen(ticked, gray)
    assert not health.is_frozen(gray, None)


def test_boxes_overlap_by_half_of_the_smaller() -> None:
    from tamperwatch.streams.watch import overlaps

    assert overlaps((0, 0, 100, 20), (10, 5, 20, 10))
    assert not overlaps((0, 0, 100, 20), (0, 30, 100, 20))
    assert not overlaps((0, 0, 10, 10), (8, 8, 10, 10))

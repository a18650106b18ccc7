"""Alignment and comparison of a posted screenshot with an archived render, on pictures made here."""

from __future__ import annotations

import numpy as np
import pytest

from tamperwatch.verify.align import align, features
from tamperwatch.verify.compare import compare
from tamperwatch.verify.images import decode, gray

from .pictures import gray_of, jpeg, page, paste_box, posted, status_bar, watermark


def _shot(image) -> np.ndarray:  # type: ignore[no-untyped-def,type-arg]
    return gray(decode(jpeg(image, quality=60)))


def test_a_rescaled_cropped_recompressed_watermarked_shot_aligns_and_matches_its_render() -> None:
    render = page(1)
    shot = _shot(watermark(posted(render, scale=0.7)))
    found = align(features(shot), features(gray_of(render)))
    assert found is not None
    assert found.scale == pytest.approx(0.7, abs=0.02)
    assert found.matrix[0, 2] == pytest.approx(-8 * 0.7, abs=3)  # the 8 px cut at the left
    result = compare(shot, gray_of(render), found)
    assert result.matched >= 0.95
    assert result.regions == ()


def test_a_phone_status_bar_is_set_aside_not_reported_as_an_edit() -> None:
    render = page(2)
    shot = _shot(status_bar(posted(render, scale=0.8, crop=(0, 0, 0, 600))))
    found = align(features(shot), features(gray_of(render)))
    assert found is not None
    result = compare(shot, gray_of(render), found)
    assert result.regions == ()
    assert result.ignored and {r.kind for r in result.ignored} == {"status-bar"}


def test_a_pasted_box_is_the_one_differing_region_while_the_rest_matches() -> None:
    render = page(3)
    box = (300, 500, 700, 620)
    shot = _shot(posted(paste_box(render, box), scale=0.75))
    found = align(features(shot), features(gray_of(render)))
    assert found is not None
    result = compare(shot, gray_of(render), found)
    assert len(result.regions) == 1
    region = result.regions[0]
    # the region lies where the box was pasted (screenshot pixels: render pixels x 0.75, minus the crop)
    assert abs(region.x - (300 - 8) * 0.75) < 30 and abs(region.y - 500 * 0.75) < 30
    assert 0.7 <= result.matched < 0.99


def test_a_shot_of_another_page_does_not_align() -> None:
    shot = _shot(posted(page(4)))
    found = align(features(shot), features(gray_of(page(5))))
    if found is not None:  # a chance alignment on the shared header must still not match
        assert compare(shot, gray_of(page(5)), found).matched < 0.5

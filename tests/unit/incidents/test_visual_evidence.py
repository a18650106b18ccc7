"""Before/after screenshots and a diff image marking what changed."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from tamperwatch.archive.blobs import MemoryBlobStore
from tamperwatch.incidents.visual_evidence import store_visual_evidence, visual_evidence


def _png(square: tuple[int, int, int, int] | None = None, size: tuple[int, int] = (320, 200)) -> bytes:
    image = Image.new("RGB", size, (255, 255, 255))
    if square is not None:
        ImageDraw.Draw(image).rectangle(square, fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_the_diff_marks_the_changed_region_only() -> None:
    evidence = visual_evidence(_png(), _png((192, 96, 255, 159)))  # four 32 px cells
    assert evidence.regions == (
        (192, 96, 224, 128),
        (224, 96, 256, 128),
        (192, 128, 224, 160),
        (224, 128, 256, 160),
    )
    diff = Image.open(io.BytesIO(evidence.diff)).convert("RGB")
    assert diff.size == (320, 200)
    red, green, _ = diff.getpixel((193, 97))  # type: ignore[misc]
    assert red > 200 and green < 60  # the outline of a changed region
    assert diff.getpixel((20, 20)) == (255, 255, 255)  # untouched and dimmed white stays white
    assert 0.0 < evidence.changed_share < 0.1


def test_identical_screenshots_have_no_changed_region() -> None:
    evidence = visual_evidence(_png((10, 10, 50, 50)), _png((10, 10, 50, 50)))
    assert evidence.regions == ()
    assert evidence.changed_share == 0.0


def test_screenshots_of_other_sizes_are_compared_at_the_after_size() -> None:
    evidence = visual_evidence(_png(size=(640, 400)), _png((0, 0, 319, 199)))
    assert len(evidence.regions) == 70  # every cell of the now black 320 x 200 image


def test_an_unreadable_screenshot_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unreadable screenshot"):
        visual_evidence(b"not a png", _png())


async def test_stored_evidence_names_three_pngs_kept_from_pruning() -> None:
    blobs = MemoryBlobStore()
    before, after = _png(), _png((192, 96, 255, 159))
    entries = await store_visual_evidence(blobs.put, before, after)
    assert await blobs.get(entries["screenshot_before"]) == before
    assert await blobs.get(entries["screenshot_after"]) == after
    diff = await blobs.get(entries["screenshot_diff"])
    assert diff is not None and diff.startswith(b"\x89PNG")
    assert entries["blobs"] == [
        entries["screenshot_before"],
        entries["screenshot_after"],
        entries["screenshot_diff"],
    ]
    assert len(entries["changed_regions"]) == 4


async def test_unreadable_screenshots_give_an_evidence_note_not_an_error() -> None:
    assert "unreadable" in (await store_visual_evidence(MemoryBlobStore().put, b"", _png()))["visual_error"]

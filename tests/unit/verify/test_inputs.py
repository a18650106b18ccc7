"""Input the user hands in: claims files, screenshots and their metadata."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from tamperwatch.errors import ConfigError
from tamperwatch.verify.claims_file import parse_time, read_claims
from tamperwatch.verify.compare import Region
from tamperwatch.verify.images import decode
from tamperwatch.verify.manipulation import error_levels, metadata_findings
from tamperwatch.verify.metadata import read_metadata

from .pictures import jpeg, page, paste_box

T = datetime(2025, 3, 1, 5, tzinfo=UTC)


def _write(tmp_path: Path, *lines: dict[str, object]) -> Path:
    (tmp_path / "s.png").write_bytes(b"x")
    (tmp_path / "a.warc.gz").write_bytes(b"x")
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def test_claims_are_read_with_paths_relative_to_the_file(tmp_path: Path) -> None:
    line = {
        "id": "c-1",
        "url": "https://e.org/",
        "time": "2025-03-01T05:00:00Z",
        "screenshot": "s.png",
        "sources": ["a.warc.gz"],
    }
    (claim,) = read_claims(_write(tmp_path, line))
    assert (
        claim.time == T
        and claim.screenshot == tmp_path / "s.png"
        and claim.sources == (tmp_path / "a.warc.gz",)
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"time": "yesterday"}, "not an ISO 8601 time"),
        ({"screenshot": "none.png"}, "does not exist"),
        ({"sources": ["gone.warc"]}, "evidence file"),
        ({"url": 3}, "'url' must be a non-empty string"),
    ],
)
def test_a_bad_claim_line_is_named_by_file_and_line(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    good = {
        "id": "c-1",
        "url": "https://e.org/",
        "time": "2025-03-01T05:00:00Z",
        "screenshot": "s.png",
        "sources": [],
    }
    path = _write(tmp_path, good, {**good, "id": "c-2", **change})
    with pytest.raises(ConfigError, match=rf"claims.jsonl:2: .*{message}"):
        read_claims(path)


def test_times_without_offset_are_utc() -> None:
    assert parse_time("2025-03-01T05:00:00") == T
    assert parse_time("2025-03-01T07:00:00+02:00") == T


def test_a_file_that_is_no_picture_or_a_bomb_is_refused() -> None:
    with pytest.raises(ConfigError, match="not a picture"):
        decode(b"GIF89a nonsense", "screenshot")
    buf = io.BytesIO()
    Image.new("L", (10000, 5000)).save(buf, "PNG")
    with pytest.raises(ConfigError, match="exceeds the limit"):
        decode(buf.getvalue(), "screenshot")


def test_editor_tag_is_weak_and_a_file_time_before_the_claim_is_reported() -> None:
    exif = Image.Exif()
    exif[305] = "Adobe Photoshop 25.0 (Windows)"
    exif[306] = "2025:02:20 10:00:00"
    data = jpeg(page(1, 300, 200), exif=exif.tobytes())
    assert read_metadata(data).editor.startswith("Adobe Photoshop")
    kinds = {f.kind: f.confidence for f in metadata_findings(data, T)}
    assert kinds["metadata-editor"] < 0.5 and "metadata-time" in kinds


def test_a_region_pasted_after_the_last_save_stands_out_in_error_level() -> None:
    base = Image.open(io.BytesIO(jpeg(page(2, 600, 600), quality=60)))
    doctored = jpeg(paste_box(base, (100, 100, 400, 250)), quality=95)
    (level,) = error_levels(doctored, [Region(110, 110, 280, 130, 0.1)])
    (other,) = error_levels(doctored, [Region(100, 400, 300, 150, 0.1)])
    assert level != pytest.approx(other, rel=0.1)

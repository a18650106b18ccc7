"""Hostile input ends in a clean error: a decompression-bomb image in a library, an absurd picture
size, a library without pictures, a malformed ignore file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tamperwatch.streams import source as source_mod
from tamperwatch.streams.library import LibraryError, load_library
from tamperwatch.streams.regions import RegionError
from tamperwatch.streams.source import FrameSource, StreamError
from tests.support import stream_media as sm


def test_bomb_image_in_a_library_is_refused(tmp_path: Path) -> None:
    Image.new("1", (12000, 12000)).save(tmp_path / "bomb.png")  # 144 Mpx, a few kB on disk
    with pytest.raises(LibraryError, match="too large"):
        load_library(tmp_path)


def test_empty_library_and_bad_ignore_file(tmp_path: Path) -> None:
    with pytest.raises(LibraryError):
        load_library(tmp_path)
    sm.picture(1).save(tmp_path / "a.png")
    (tmp_path / "ignore.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(RegionError):
        load_library(tmp_path)


def test_absurd_picture_size_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    video = sm.encode(tmp_path / "v.mp4", 2, sm.playlist([sm.picture(1)], 6.0))
    monkeypatch.setattr(source_mod, "MAX_PIXELS", 100 * 100)
    with pytest.raises(StreamError, match="refused picture size 320x180"):
        list(FrameSource(video, sample_fps=1.0, work_width=480))

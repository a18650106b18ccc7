"""`tamperwatch library add DIR FILE... [--ignore X,Y,W,H]`: approved files copied into a library
folder, each checked by the library loader; a refused file is one line on stderr and exit 2, and
nothing is copied."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tamperwatch.cli.app import app
from tamperwatch.cli.entry import run_command
from tamperwatch.streams.library import MAX_IMAGE_PIXELS, load_library

SIDE = 32


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run_command(lambda: app(args, prog_name="tamperwatch"))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _narrow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "30")  # a narrow terminal must not wrap the error line


def _picture(path: Path, seed: int) -> Path:
    rng = np.random.default_rng(seed)
    Image.fromarray(rng.integers(0, 255, (SIDE, SIDE, 3), dtype=np.uint8)).save(path)
    return path


def test_adds_files_and_regions_to_a_new_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _picture(tmp_path / "a.png", 1), _picture(tmp_path / "b.jpg", 2)
    lib = tmp_path / "lib" / "channel"
    code, out, err = _run(["library", "add", str(lib), str(a), str(b), "--ignore", "0,0,10,5"], capsys)
    assert code == 0, err
    assert sorted(p.name for p in lib.iterdir()) == ["a.png", "b.jpg", "ignore.json"]
    assert (lib / "a.png").read_bytes() == a.read_bytes()
    assert json.loads((lib / "ignore.json").read_text()) == [{"x": 0, "y": 0, "w": 10, "h": 5}]
    assert "added 2 file(s)" in out
    c = _picture(tmp_path / "c.png", 3)
    code, _, err = _run(["library", "add", str(lib), str(c), "--ignore", "1,2,3,4"], capsys)
    assert code == 0, err
    loaded = load_library(lib)
    assert len(loaded.items) == 3 and len(loaded.regions) == 2


def _refused(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code, _, err = _run(args, capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("error:")
    return err


def test_a_file_that_does_not_load_is_refused_and_nothing_is_copied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _picture(tmp_path / "good.png", 1)
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    lib = tmp_path / "lib"
    err = _refused(["library", "add", str(lib), str(good), str(bad)], capsys)
    assert "broken.png" in err
    assert not lib.exists() or list(lib.iterdir()) == []


def test_a_decompression_bomb_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    side = int(MAX_IMAGE_PIXELS**0.5) + 1
    bomb = tmp_path / "bomb.png"
    Image.new("1", (side, side)).save(bomb)  # a few kB on disk, more pixels than the loader allows
    lib = tmp_path / "lib"
    err = _refused(["library", "add", str(lib), str(bomb)], capsys)
    assert "too large" in err
    assert not (lib / "bomb.png").exists()


@pytest.mark.parametrize(
    ("name", "ignore", "expect"),
    [
        ("notes.txt", None, "not an approved image or video"),
        ("a.png", "1,2,3", "X,Y,W,H"),
        ("a.png", "1,2,0,4", "empty"),
    ],
)
def test_wrong_kinds_and_regions_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, ignore: str | None, expect: str
) -> None:
    f = tmp_path / name
    if name.endswith(".png"):
        _picture(f, 1)
    else:
        f.write_text("hello")
    args = ["library", "add", str(tmp_path / "lib"), str(f)] + (["--ignore", ignore] if ignore else [])
    assert expect in _refused(args, capsys)
    assert not (tmp_path / "lib").exists()


def test_a_name_already_in_the_library_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    a = _picture(tmp_path / "a.png", 1)
    _picture(lib / "a.png", 2)
    before = (lib / "a.png").read_bytes()
    assert "already in the library" in _refused(["library", "add", str(lib), str(a)], capsys)
    assert (lib / "a.png").read_bytes() == before
    assert os.listdir(lib) == ["a.png"]


def test_an_approved_video_is_added(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    av = pytest.importorskip("av")
    video = tmp_path / "spot.mp4"
    frames = 8
    with av.open(str(video), "w") as out:
        vs = out.add_stream("libx264", rate=frames)
        vs.width, vs.height, vs.pix_fmt = SIDE, SIDE, "yuv420p"
        rng = np.random.default_rng(5)
        for i in range(frames):
            pic = rng.integers(0, 255, (SIDE, SIDE, 3), dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(pic, format="rgb24")
            frame.pts = i
            for p in vs.encode(frame):
                out.mux(p)
        for p in vs.encode(None):
            out.mux(p)
    lib = tmp_path / "lib"
    code, _, err = _run(["library", "add", str(lib), str(video)], capsys)
    assert code == 0, err
    assert [a.group for a in load_library(lib).items] == ["spot.mp4"] * len(load_library(lib).items)

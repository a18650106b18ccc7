"""Every path the agent touches is walked from the root without following a symlink."""

from __future__ import annotations

from pathlib import Path

import pytest

from tamperwatch.agent.safefs import NotUnderRoot, PathRefused, RootFs, split


def test_paths_that_climb_out_are_refused(tmp_path: Path) -> None:
    fs = RootFs(tmp_path)
    for bad in ("../etc/passwd", "a/../../x", "/etc/passwd", "a//b", "./a"):
        with pytest.raises(PathRefused):
            split(bad)
    assert fs.rel_of("/etc/passwd") is None
    assert fs.rel_of(str(tmp_path) + "x/file") is None
    assert fs.rel_of(str(tmp_path / "a" / "b")) == "a/b"


def test_a_symlinked_folder_on_the_way_is_not_entered(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "sub").symlink_to(outside)
    fs = RootFs(root)
    with pytest.raises(NotUnderRoot):
        fs.write("sub/x.html", b"x", 0o644, -1, -1)
    assert not (outside / "x.html").exists()
    assert fs.blocked_at("sub/x.html") == "sub"
    assert fs.lstat("sub/x.html") is None


def test_writing_replaces_a_symlink_instead_of_following_it(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"victim")
    root = tmp_path / "root"
    root.mkdir()
    (root / "index.html").symlink_to(victim)
    RootFs(root).write("index.html", b"golden", 0o644, -1, -1)
    assert victim.read_bytes() == b"victim"
    assert not (root / "index.html").is_symlink() and (root / "index.html").read_bytes() == b"golden"
    assert [p.name for p in root.iterdir()] == ["index.html"]  # no temp file left

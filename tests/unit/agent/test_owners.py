"""Owners of restored paths: a symlink gets its golden owner back, and an owner the agent may not
give (no root, no CAP_CHOWN) is reported once, never restored over and over."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tamperwatch.agent.changes import What

from .guarded import build
from .sitekit import SITE

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="giving a path another owner needs root")
OTHER = 4242  # a numeric uid and gid no account needs to have


def _site_with_foreign_link(tmp_path: Path) -> Path:
    root = tmp_path / "www"
    root.mkdir()
    os.symlink("index.html", root / "latest.html")
    os.chown(root / "latest.html", OTHER, OTHER, follow_symlinks=False)
    return root


def test_a_deleted_symlink_of_another_owner_comes_back_with_that_owner_and_stays(tmp_path: Path) -> None:
    _site_with_foreign_link(tmp_path)
    guarded = build(tmp_path)
    link = guarded.root / "latest.html"
    link.unlink()
    outcome = guarded.guard.check({"latest.html"})
    assert [(c.path, c.what, c.restored, c.error) for c in outcome.changes] == [
        ("latest.html", What.DELETED, True, "")
    ]
    st = link.lstat()
    assert (os.readlink(link), st.st_uid, st.st_gid) == ("index.html", OTHER, OTHER)
    # the restore's own rename is an event: judging the link again finds nothing to do
    assert guarded.guard.check({"latest.html"}).changes == []
    assert guarded.guard.rescan(hash_all=True).changes == []


def _no_chown(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", refuse)
    monkeypatch.setattr(os, "chown", refuse)


def test_an_owner_that_cannot_be_given_back_is_reported_once_not_restored_in_a_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _site_with_foreign_link(tmp_path)
    root.joinpath("index.html").write_bytes(SITE["index.html"])
    os.chown(root / "index.html", OTHER, OTHER)
    guarded = build(tmp_path)
    _no_chown(monkeypatch)
    (guarded.root / "index.html").write_bytes(b"defaced")  # ours now: golden bytes, not the owner
    (guarded.root / "latest.html").unlink()
    first = guarded.guard.check({"index.html", "latest.html"})
    assert sorted((c.path, c.what, c.restored) for c in first.changes) == [
        ("index.html", What.MODIFIED, True),
        ("latest.html", What.DELETED, True),
    ]
    assert all(f"owner {OTHER}:{OTHER} not restored" in c.error for c in first.changes)
    assert (guarded.root / "index.html").read_bytes() == SITE["index.html"]
    for _ in range(3):  # each restore's rename starts another batch: none finds work
        assert guarded.guard.check({"index.html", "latest.html"}).changes == []
    assert guarded.guard.rescan(hash_all=True).changes == []
    (guarded.root / "index.html").write_bytes(b"defaced again")  # a real change still counts
    again = guarded.guard.check({"index.html"})
    assert [(c.path, c.what) for c in again.changes] == [("index.html", What.MODIFIED)]


def test_a_published_symlink_of_another_owner_keeps_that_owner(tmp_path: Path) -> None:
    import shutil

    from tamperwatch.agent.publish import commit_publish, plan_publish

    guarded = build(tmp_path)
    staging = tmp_path / "staging"
    shutil.copytree(guarded.root, staging)
    os.symlink("about.html", staging / "team.html")
    os.chown(staging / "team.html", OTHER, OTHER, follow_symlinks=False)
    commit_publish(guarded.guard, plan_publish(guarded.guard, staging, "alice", "a link"))
    st = (guarded.root / "team.html").lstat()
    assert (st.st_uid, st.st_gid) == (OTHER, OTHER)
    assert guarded.guard.rescan(hash_all=True).changes == []  # nothing for the agent to "restore"

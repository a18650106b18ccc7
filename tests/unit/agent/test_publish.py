"""Authorised changes: a publish becomes the baseline; the guard keeps it, never reverts it."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from tamperwatch.agent.publish import commit_publish, plan_publish
from tamperwatch.errors import ConfigError

from .guarded import Guarded
from .sitekit import state


def staging_from(guarded: Guarded, tmp_path: Path) -> Path:
    staging = tmp_path / "staging"
    shutil.copytree(guarded.root, staging, symlinks=True)
    (staging / "index.html").write_bytes(b"<h1>New season</h1>")
    (staging / "events.html").write_bytes(b"<p>events</p>")
    (staging / "about.html").unlink()
    return staging


def test_a_publish_becomes_the_root_and_its_signed_baseline(guarded: Guarded, tmp_path: Path) -> None:
    staging = staging_from(guarded, tmp_path)
    plan = plan_publish(guarded.guard, staging, "alice", "autumn release")
    assert (plan.added, plan.changed, plan.removed) == (("events.html",), ("index.html",), ("about.html",))
    commit_publish(guarded.guard, plan)
    assert state(guarded.root) == state(staging)
    outcome = guarded.guard.rescan(hash_all=True)  # the guard loads the new baseline: nothing to undo
    assert outcome.changes == []
    assert guarded.guard.manifest is not None and guarded.guard.manifest.generation == 2
    assert guarded.guard.manifest.actor == "alice"


def test_the_guard_running_beside_a_publish_reverts_nothing_published(
    guarded: Guarded, tmp_path: Path
) -> None:
    staging = tmp_path / "staging"
    shutil.copytree(guarded.root, staging, symlinks=True)
    for i in range(300):
        (staging / f"page{i}.html").write_bytes(f"<p>page {i}</p>".encode())
    plan = plan_publish(guarded.guard, staging, "alice", "big release")
    stop = threading.Event()
    outcomes = []

    def guard_loop() -> None:  # the agent judging the root again and again while it is published
        while not stop.is_set():
            outcomes.append(guarded.guard.check({f"page{i}.html" for i in range(300)}))

    thread = threading.Thread(target=guard_loop)
    thread.start()
    try:
        commit_publish(guarded.guard, plan)
    finally:
        stop.set()
        thread.join()
    assert state(guarded.root) == state(staging)
    assert outcomes and not [c.path for o in outcomes for c in o.changes]
    assert guarded.guard.rescan(hash_all=True).changes == []


def test_staging_inside_the_root_is_refused(guarded: Guarded) -> None:
    with pytest.raises(ConfigError, match="outside the web root"):
        plan_publish(guarded.guard, guarded.root / "css", "alice", "oops")


def test_a_publish_planned_on_an_old_baseline_is_refused(guarded: Guarded, tmp_path: Path) -> None:
    staging = staging_from(guarded, tmp_path)
    first = plan_publish(guarded.guard, staging, "alice", "one")
    second = plan_publish(guarded.guard, staging, "bob", "two")
    commit_publish(guarded.guard, first)
    with pytest.raises(ConfigError, match="another publish committed first"):
        commit_publish(guarded.guard, second)

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


def test_a_publish_with_files_over_the_size_limit_keeps_or_copies_them(
    guarded: Guarded, tmp_path: Path
) -> None:
    guard = guarded.again(max_file_bytes=1000)  # img/logo.png (2,048 bytes) has no golden copy now
    staging = staging_from(guarded, tmp_path)
    (staging / "video.bin").write_bytes(b"v" * 5000)  # a new file over the limit
    plan = plan_publish(guard, staging, "alice", "big files")
    assert "img/logo.png" not in plan.changed and "video.bin" in plan.added
    assert commit_publish(guard, plan) == []
    assert state(guarded.root) == state(staging)
    assert guard.rescan(hash_all=True).changes == []


def test_a_big_file_changed_in_staging_after_planning_stops_the_publish_before_its_commit(
    guarded: Guarded, tmp_path: Path
) -> None:
    guard = guarded.again(max_file_bytes=1000)
    staging = staging_from(guarded, tmp_path)
    (staging / "video.bin").write_bytes(b"v" * 5000)
    plan = plan_publish(guard, staging, "alice", "big files")
    (staging / "video.bin").write_bytes(b"w" * 5000)
    with pytest.raises(ConfigError, match="changed in staging"):
        commit_publish(guard, plan)
    assert guard.parts.baselines.signed().generation == 1 and not (guarded.root / "video.bin").exists()


def test_an_attack_made_in_the_middle_of_a_publish_is_restored_to_the_published_version(
    guarded: Guarded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staging = tmp_path / "staging"
    shutil.copytree(guarded.root, staging)
    for i in range(20):
        (staging / f"page{i}.html").write_bytes(f"<p>page {i}</p>".encode())
    (staging / "index.html").write_bytes(b"<h1>Published front page</h1>")
    plan = plan_publish(guarded.guard, staging, "alice", "release")
    restorer = guarded.guard.parts.restorer
    put = restorer.put
    attacked = threading.Event()

    def attacker() -> None:  # another thread: it writes while the publish holds the root's lock
        (guarded.root / "index.html").write_bytes(b"HACKED mid-publish")  # already published
        (guarded.root / "page3.html").write_bytes(b"HACKED before its turn")  # not yet written
        attacked.set()

    def put_then_attack(rel: str, *args: object) -> None:
        put(rel, *args)  # type: ignore[arg-type]
        if rel == "page1.html" and not attacked.is_set():  # half-way through the publish
            threading.Thread(target=attacker).start()
            assert attacked.wait(10)

    monkeypatch.setattr(restorer, "put", put_then_attack)
    guard_outcomes = []
    checking = threading.Thread(target=lambda: guard_outcomes.append(guarded.guard.check({"index.html"})))
    commit_publish(guarded.guard, plan)
    checking.start()  # the agent's batch for the attacker's events, after the publish's lock
    checking.join()
    monkeypatch.undo()
    (outcome,) = guard_outcomes
    assert [(c.path, c.restored) for c in outcome.changes] == [("index.html", True)]
    assert state(guarded.root) == state(staging)  # the published version, nothing published reverted
    assert guarded.guard.rescan(hash_all=True).changes == []

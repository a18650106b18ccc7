"""The guard against each kind of tampering, on a real folder (no watcher: paths handed in)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tamperwatch.agent.changes import What
from tamperwatch.agent.config import AgentMode
from tamperwatch.agent.maintenance import Window, open_window
from tamperwatch.agent.rules import PathRules
from tamperwatch.agent.safefs import temp_name

from .guarded import Guarded, build
from .sitekit import PRIVATE, PRIVATE_MODE, SITE, state

WEB_SHELL = b"<?php system($_GET['c']); ?>"


def test_an_overwritten_file_gets_its_golden_bytes_back_and_the_defacement_is_quarantined(
    guarded: Guarded,
) -> None:
    (guarded.root / "index.html").write_bytes(b"<h1>HACKED BY X</h1>")
    outcome = guarded.guard.check({"index.html"})
    assert [(c.path, c.what, c.restored) for c in outcome.changes] == [("index.html", What.MODIFIED, True)]
    assert state(guarded.root) == guarded.golden
    kept = guarded.guard.parts.restorer.quarantine.get(outcome.changes[0].quarantined)
    assert kept == b"<h1>HACKED BY X</h1>"
    assert "+<h1>HACKED BY X</h1>" in outcome.diffs["index.html"]


def test_quarantined_payloads_are_read_only_outside_the_root(guarded: Guarded) -> None:
    (guarded.root / "shell.php").write_bytes(WEB_SHELL)
    outcome = guarded.guard.check({"shell.php"})
    assert outcome.changes[0].what is What.ADDED
    assert not (guarded.root / "shell.php").exists()
    quarantine = guarded.guard.parts.restorer.quarantine
    path = quarantine.store.path_for(outcome.changes[0].quarantined)
    assert guarded.root not in path.parents
    assert path.stat().st_mode & 0o777 == 0o400
    assert quarantine.get(outcome.changes[0].quarantined) == WEB_SHELL


def test_a_deleted_file_and_a_deleted_folder_come_back(guarded: Guarded) -> None:
    (guarded.root / "about.html").unlink()
    for path in sorted((guarded.root / "news").rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    (guarded.root / "news").rmdir()
    outcome = guarded.guard.check({"about.html", "news/2026/item.html", "news/2026", "news"})
    assert {c.path for c in outcome.changes} == {"about.html", "news", "news/2026", "news/2026/item.html"}
    assert all(c.restored for c in outcome.changes)
    assert state(guarded.root) == guarded.golden


def test_a_file_renamed_over_another_restores_both(guarded: Guarded) -> None:
    os.rename(guarded.root / "about.html", guarded.root / "index.html")
    outcome = guarded.guard.check({"about.html", "index.html"})
    assert {(c.path, c.what) for c in outcome.changes} == {
        ("about.html", What.DELETED),
        ("index.html", What.MODIFIED),
    }
    assert state(guarded.root) == guarded.golden


def test_chmod_777_and_a_changed_folder_mode_are_put_back(guarded: Guarded) -> None:
    (guarded.root / PRIVATE).chmod(0o777)
    (guarded.root / "css").chmod(0o777)
    outcome = guarded.guard.check({PRIVATE, "css"})
    assert {(c.path, c.what) for c in outcome.changes} == {(PRIVATE, What.MODE), ("css", What.MODE)}
    assert (guarded.root / PRIVATE).stat().st_mode & 0o777 == PRIVATE_MODE
    assert state(guarded.root) == guarded.golden


def test_a_symlink_to_etc_passwd_is_removed_and_the_file_restored_without_touching_the_target(
    guarded: Guarded, tmp_path: Path
) -> None:
    decoy = tmp_path / "decoy-etc" / "passwd"  # stands in for /etc/passwd: a test never points at it
    decoy.parent.mkdir()
    decoy.write_bytes(b"root:x:0:0:root:/root:/bin/sh\n")
    (guarded.root / "index.html").unlink()
    (guarded.root / "index.html").symlink_to(decoy)
    outcome = guarded.guard.check({"index.html"})
    assert outcome.changes[0].what is What.REPLACED
    assert not (guarded.root / "index.html").is_symlink()
    assert state(guarded.root) == guarded.golden
    assert decoy.read_bytes() == b"root:x:0:0:root:/root:/bin/sh\n"


def test_a_folder_swapped_for_a_symlink_out_of_the_root_is_never_written_through(
    guarded: Guarded, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "site.css").write_bytes(b"attacker's own file")
    for path in (guarded.root / "css").iterdir():
        path.unlink()
    (guarded.root / "css").rmdir()
    (guarded.root / "css").symlink_to(outside)
    outcome = guarded.guard.check({"css/site.css"})  # the event names a path under the symlink
    assert outcome.changes[0].path == "css" and outcome.changes[0].what is What.REPLACED
    assert (outside / "site.css").read_bytes() == b"attacker's own file"
    assert state(guarded.root) == guarded.golden


def test_a_hard_link_is_replaced_not_written_through(guarded: Guarded, tmp_path: Path) -> None:
    outside = tmp_path / "victim.txt"
    outside.write_bytes(b"victim")
    (guarded.root / "about.html").unlink()
    os.link(outside, guarded.root / "about.html")
    guarded.guard.check({"about.html"})
    assert outside.read_bytes() == b"victim"
    assert state(guarded.root) == guarded.golden


def test_a_dropped_folder_of_files_is_removed_each_file_quarantined(guarded: Guarded) -> None:
    (guarded.root / "evil" / "deep").mkdir(parents=True)
    (guarded.root / "evil" / "a.php").write_bytes(b"a")
    (guarded.root / "evil" / "deep" / "b.php").write_bytes(b"b")
    outcome = guarded.guard.check({"evil"})
    assert {c.path for c in outcome.changes} == {"evil", "evil/a.php", "evil/deep", "evil/deep/b.php"}
    assert {c.quarantined for c in outcome.changes if c.path.endswith(".php")} != {""}
    assert state(guarded.root) == guarded.golden


def test_an_editor_save_by_temp_then_rename_is_one_modified_file(guarded: Guarded) -> None:
    temp = guarded.root / ".index.html.swp"
    temp.write_bytes(b"<h1>edited in place on the server</h1>")
    os.rename(temp, guarded.root / "index.html")
    outcome = guarded.guard.check({".index.html.swp", "index.html"})
    assert [(c.path, c.what) for c in outcome.changes] == [("index.html", What.MODIFIED)]
    assert state(guarded.root) == guarded.golden


def test_alert_mode_records_and_restores_nothing(tmp_path: Path) -> None:
    guarded = build(tmp_path, mode=AgentMode.ALERT)
    (guarded.root / "index.html").write_bytes(b"defaced")
    outcome = guarded.guard.check({"index.html"})
    assert not outcome.restoring and outcome.note == "alert mode"
    assert outcome.changes[0].what is What.MODIFIED and not outcome.changes[0].restored
    assert (guarded.root / "index.html").read_bytes() == b"defaced"


def test_a_maintenance_window_records_without_restoring(guarded: Guarded) -> None:
    import time

    window = Window(str(guarded.root), time.time() + 600, "alice", "release")
    open_window(guarded.guard.folder, window, guarded.signer)
    (guarded.root / "index.html").write_bytes(b"work in progress")
    outcome = guarded.guard.check({"index.html"})
    assert "maintenance window by alice" in outcome.note and not outcome.changes[0].restored
    assert (guarded.root / "index.html").read_bytes() == b"work in progress"


def test_a_window_not_signed_by_the_installation_key_opens_nothing(guarded: Guarded) -> None:
    import time

    from tamperwatch.archive.signing import Signer

    window = Window(str(guarded.root), time.time() + 600, "mallory", "pause it")
    open_window(guarded.guard.folder, window, Signer.ephemeral())
    (guarded.root / "index.html").write_bytes(b"defaced")
    assert guarded.guard.check({"index.html"}).changes[0].restored


def test_excluded_folders_and_types_are_left_alone(tmp_path: Path) -> None:
    guarded = build(tmp_path, rules=PathRules(exclude=("uploads/**", "*.log")))
    (guarded.root / "uploads").mkdir()
    (guarded.root / "uploads" / "photo.jpg").write_bytes(b"user upload")
    (guarded.root / "access.log").write_bytes(b"GET /")
    outcome = guarded.guard.rescan(hash_all=True)
    assert outcome.changes == []
    assert (guarded.root / "uploads" / "photo.jpg").exists() and (guarded.root / "access.log").exists()


def test_a_golden_copy_altered_in_the_store_is_never_restored_from(guarded: Guarded) -> None:
    guarded.poison("index.html", b"<h1>poisoned golden copy</h1>")
    (guarded.root / "index.html").write_bytes(b"defaced")
    outcome = guarded.guard.check({"index.html"})
    assert outcome.poisoned == ["index.html"] and not outcome.changes[0].restored
    assert (guarded.root / "index.html").read_bytes() == b"defaced"


def test_a_tampered_baseline_restores_nothing(guarded: Guarded) -> None:
    pointer = guarded.guard.parts.baselines.pointer
    pointer.write_text(pointer.read_text().replace('"signature": "', '"signature": "00'))
    guard = guarded.again()
    assert "does not verify" in guard.tampered and guard.manifest is None
    (guarded.root / "index.html").write_bytes(b"defaced")
    outcome = guard.check({"index.html"})
    assert not outcome.restoring and outcome.note.startswith("baseline not verified")
    assert (guarded.root / "index.html").read_bytes() == b"defaced"


def test_a_full_rescan_finds_every_change_made_while_nobody_watched(guarded: Guarded) -> None:
    (guarded.root / "index.html").write_bytes(b"defaced")
    (guarded.root / "shell.php").write_bytes(WEB_SHELL)
    (guarded.root / "js" / "app.js").unlink()
    outcome = guarded.guard.rescan("start", hash_all=True)
    assert {c.path for c in outcome.changes} == {"index.html", "shell.php", "js/app.js"}
    assert state(guarded.root) == guarded.golden


def test_a_leftover_restore_temp_file_is_removed_quietly(guarded: Guarded) -> None:
    digest = guarded.guard.manifest.entries["index.html"].digest  # type: ignore[union-attr]
    leftover = guarded.root / temp_name(digest)
    leftover.write_bytes(SITE["index.html"][:20])  # half-way written when the agent was killed
    outcome = guarded.guard.rescan("start", hash_all=True)
    assert outcome.changes == [] and not leftover.exists()


def test_a_file_named_like_a_temp_file_with_other_bytes_is_an_added_file(guarded: Guarded) -> None:
    digest = guarded.guard.manifest.entries["index.html"].digest  # type: ignore[union-attr]
    (guarded.root / temp_name(digest)).write_bytes(WEB_SHELL)
    outcome = guarded.guard.rescan("start", hash_all=True)
    assert [c.what for c in outcome.changes] == [What.ADDED] and outcome.changes[0].quarantined


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")
def test_an_owner_change_is_put_back(guarded: Guarded) -> None:
    os.chown(guarded.root / "index.html", 4242, 4242)
    outcome = guarded.guard.check({"index.html"})
    assert [(c.path, c.what) for c in outcome.changes] == [("index.html", What.OWNER)]
    st = (guarded.root / "index.html").stat()
    golden = guarded.guard.manifest.entries["index.html"]  # type: ignore[union-attr]
    assert (st.st_uid, st.st_gid) == (golden.uid, golden.gid)


def test_a_huge_dropped_file_is_quarantined_cut(guarded: Guarded, monkeypatch: pytest.MonkeyPatch) -> None:
    import tamperwatch.agent.restore as restore

    monkeypatch.setattr(restore, "QUARANTINE_MAX_BYTES", 1000)
    (guarded.root / "dump.bin").write_bytes(b"x" * 5000)
    change = guarded.guard.check({"dump.bin"}).changes[0]
    assert guarded.guard.parts.restorer.quarantine.get(change.quarantined) == b"x" * 1000
    assert change.found is not None and change.found.size == 5000

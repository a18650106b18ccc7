"""Include rules ("whitelist mode"): only the included file types are kept golden, but a new file
of any other type is still an attack (a web shell beside *.html pages), unless it lies under an
excluded folder. Paths handed in as the watch would (events), and full rescans."""

from __future__ import annotations

import shutil
from pathlib import Path

from tamperwatch.agent.changes import What
from tamperwatch.agent.manifest import Manifest
from tamperwatch.agent.publish import commit_publish, plan_publish
from tamperwatch.agent.rules import PathRules

from .guarded import Guarded, build
from .sitekit import SITE, state

WEB_SHELL = b"<?php system($_GET['c']); ?>"
RULES = PathRules(include=("*.html",), exclude=("uploads/**", "*.log"))


def _guarded(tmp_path: Path) -> Guarded:
    (tmp_path / "www" / "uploads").mkdir(parents=True)
    return build(tmp_path, rules=RULES)


def test_files_outside_the_include_rules_that_were_there_are_left_alone(tmp_path: Path) -> None:
    guarded = _guarded(tmp_path)
    (guarded.root / "css" / "site.css").write_bytes(b"body { color: red; }")
    (guarded.root / "js" / "app.js").unlink()
    outcome = guarded.guard.check({"css/site.css", "js/app.js"})
    assert outcome.changes == []
    assert guarded.guard.rescan(hash_all=True).changes == []
    assert (guarded.root / "css" / "site.css").read_bytes() == b"body { color: red; }"


def test_a_new_file_outside_the_include_rules_is_removed_and_quarantined(tmp_path: Path) -> None:
    guarded = _guarded(tmp_path)
    (guarded.root / "shell.php").write_bytes(WEB_SHELL)
    (guarded.root / "news" / "2026" / "x.js").write_bytes(b"evil()")
    outcome = guarded.guard.check({"shell.php", "news/2026/x.js"})
    assert sorted((c.path, c.what, c.restored) for c in outcome.changes) == [
        ("news/2026/x.js", What.ADDED, True),
        ("shell.php", What.ADDED, True),
    ]
    assert not (guarded.root / "shell.php").exists() and not (guarded.root / "news/2026/x.js").exists()
    kept = {c.path: c.quarantined for c in outcome.changes}
    assert guarded.guard.parts.restorer.quarantine.get(kept["shell.php"]) == WEB_SHELL
    (guarded.root / "other.php").write_bytes(WEB_SHELL)  # found by the rescan as well
    assert [c.path for c in guarded.guard.rescan(hash_all=True).changes] == ["other.php"]


def test_excluded_paths_handed_in_as_events_are_never_judged(tmp_path: Path) -> None:
    guarded = _guarded(tmp_path)
    (guarded.root / "uploads" / "photo.php").write_bytes(WEB_SHELL)
    (guarded.root / "uploads" / "deep").mkdir()
    (guarded.root / "uploads" / "deep" / "a.html").write_bytes(b"<p>user page</p>")
    (guarded.root / "access.log").write_bytes(b"GET /")
    (guarded.root / "news" / "error.log").write_bytes(b"oops")
    events = {"uploads", "uploads/photo.php", "uploads/deep", "uploads/deep/a.html", "access.log"}
    assert guarded.guard.check(events | {"news/error.log"}).changes == []
    assert guarded.guard.rescan(hash_all=True).changes == []
    assert (guarded.root / "uploads" / "photo.php").exists() and (guarded.root / "news/error.log").exists()


def test_included_files_are_still_restored(tmp_path: Path) -> None:
    guarded = _guarded(tmp_path)
    (guarded.root / "index.html").write_bytes(b"defaced")
    outcome = guarded.guard.check({"index.html"})
    assert [(c.path, c.what, c.restored) for c in outcome.changes] == [("index.html", What.MODIFIED, True)]
    assert (guarded.root / "index.html").read_bytes() == SITE["index.html"]


def test_a_baseline_made_before_unprotected_files_were_listed_leaves_new_ones_alone(tmp_path: Path) -> None:
    guarded = _guarded(tmp_path)
    current = guarded.guard.manifest
    assert current is not None and current.lists_unprotected
    entries = {p: e for p, e in current.entries.items() if not e.unprotected}
    old = Manifest(current.root, 2, "t", "tester", "old format", entries, lists_unprotected=False)
    guarded.guard.parts.baselines.save(old)
    guarded.guard.refresh()
    (guarded.root / "extra.css").write_bytes(b"a {}")
    assert guarded.guard.check({"extra.css", "css/site.css"}).changes == []
    assert (guarded.root / "extra.css").exists()


def test_a_publish_leaves_files_outside_the_rules_in_place_and_known(tmp_path: Path) -> None:
    guarded = _guarded(tmp_path)
    staging = tmp_path / "staging"
    shutil.copytree(guarded.root, staging)
    (staging / "img" / "logo.png").unlink()  # not carried by the release: not the rules' to remove
    (staging / "index.html").write_bytes(b"<h1>New</h1>")
    (staging / "extra.css").write_bytes(b"a {}")  # nor the rules' to write
    plan = plan_publish(guarded.guard, staging, "alice", "release")
    assert (plan.added, plan.changed, plan.removed) == ((), ("index.html",), ())
    before = state(guarded.root)
    commit_publish(guarded.guard, plan)
    assert (guarded.root / "img" / "logo.png").read_bytes() == SITE["img/logo.png"]
    assert (guarded.root / "index.html").read_bytes() == b"<h1>New</h1>"
    assert not (guarded.root / "extra.css").exists()
    assert guarded.guard.rescan(hash_all=True).changes == []
    assert set(state(guarded.root)) == set(before)

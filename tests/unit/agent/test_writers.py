"""Writer whitelists: a file written only by whitelisted programs is taken into a new signed
baseline instead of being restored; any other writer, or one the kernel could not name, is
restored; the setting is refused with a clear error where fanotify cannot name writers."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from tamperwatch.agent.accept import accept_writes
from tamperwatch.agent.changes import What
from tamperwatch.agent.fanotify import UNKNOWN, WriterWatch
from tamperwatch.agent.guard import Guard
from tamperwatch.agent.runner import writer_programs
from tamperwatch.errors import ConfigError

from .guarded import Guarded, build
from .sitekit import trusted_writer, wait_until

CMS = "/opt/cms/bin/deploy"
NEW_PAGE = b"<html><body><h1>Opening hours changed</h1></body></html>\n"


class Writers:
    """Who wrote each path, set by the test (fanotify's twin)."""

    def __init__(self) -> None:
        self.by_path: dict[str, frozenset[str]] = {}

    def writers(self, path: str) -> frozenset[str]:
        return self.by_path.pop(path, frozenset())


def whitelisting(guarded: Guarded, writers: Writers) -> Guard:
    guard = guarded.again(writers=(CMS,))
    parts = replace(guard.parts, writers=writers, allowed=frozenset({CMS}))
    fresh = Guard(parts)
    fresh.refresh()
    return fresh


def test_a_write_by_a_whitelisted_program_is_left_for_the_baseline(tmp_path: Path) -> None:
    guarded, writers = build(tmp_path), Writers()
    guard = whitelisting(guarded, writers)
    (guarded.root / "index.html").write_bytes(NEW_PAGE)
    writers.by_path[str(guarded.root / "index.html")] = frozenset({CMS})
    outcome = guard.check({"index.html"})
    assert outcome.changes == [] and [c.path for c in outcome.accepted] == ["index.html"]
    assert outcome.accepted[0].writers == CMS and outcome.accepted[0].what is What.MODIFIED
    assert (guarded.root / "index.html").read_bytes() == NEW_PAGE


@pytest.mark.parametrize("who", [{"/usr/bin/python3"}, {CMS, "/usr/bin/python3"}, {UNKNOWN}, set()])
def test_any_other_or_unnamed_writer_is_restored(tmp_path: Path, who: set[str]) -> None:
    guarded, writers = build(tmp_path), Writers()
    guard = whitelisting(guarded, writers)
    (guarded.root / "index.html").write_bytes(b"<h1>HACKED</h1>")
    writers.by_path[str(guarded.root / "index.html")] = frozenset(who)
    outcome = guard.check({"index.html"})
    assert [(c.path, c.restored) for c in outcome.changes] == [("index.html", True)]
    assert outcome.accepted == []


def test_a_whitelisted_write_seen_earlier_is_not_kept_for_a_later_change(tmp_path: Path) -> None:
    """Every judged path takes its writers: a stale "the CMS wrote it" cannot excuse a rename."""
    guarded, writers = build(tmp_path), Writers()
    guard = whitelisting(guarded, writers)
    writers.by_path[str(guarded.root / "index.html")] = frozenset({CMS})
    assert guard.check({"index.html"}).changes == []  # written back unchanged: nothing to judge
    (guarded.root / "index.html").write_bytes(b"<h1>HACKED</h1>")
    outcome = guard.check({"index.html"})
    assert [c.restored for c in outcome.changes] == [True]


def test_accepting_commits_the_next_signed_generation_with_the_files_as_judged(tmp_path: Path) -> None:
    guarded = build(tmp_path)
    (guarded.root / "index.html").write_bytes(NEW_PAGE)
    (guarded.root / "about.html").write_bytes(b"changed again after it was judged")
    judged = {"index.html": _sha(NEW_PAGE), "about.html": _sha(b"what the guard saw")}
    answer = accept_writes(guarded.guard, judged, CMS)
    assert answer["paths"] == ["index.html"] and answer["generation"] == 2
    guarded.guard.refresh()
    manifest = guarded.guard.manifest
    assert manifest is not None and manifest.generation == 2 and manifest.actor == f"writer {CMS}"
    assert manifest.entries["index.html"].digest == _sha(NEW_PAGE)
    assert guarded.guard.parts.restorer.golden_bytes(manifest.entries["index.html"]) == NEW_PAGE
    assert guarded.guard.check({"index.html", "about.html"}).changes[0].path == "about.html"
    assert (guarded.root / "index.html").read_bytes() == NEW_PAGE


def test_the_whitelist_is_refused_where_fanotify_cannot_name_writers() -> None:
    with pytest.raises(ConfigError, match="agent_writers is set but fanotify cannot name the writers here"):
        writer_programs(["/usr/bin/tee"], "Operation not permitted")
    with pytest.raises(ConfigError, match="not an absolute path"):
        writer_programs(["tee"], "")
    assert writer_programs([], "Operation not permitted") == ()


def test_fanotify_names_the_program_that_wrote(tmp_path: Path) -> None:
    tee = trusted_writer(tmp_path)
    page = tmp_path / "page.html"
    watch = WriterWatch([tmp_path])
    watch.start()
    try:
        writer = subprocess.Popen([tee, str(page)], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
        assert writer.stdin is not None
        writer.stdin.write(b"written by tee\n")
        writer.stdin.flush()
        wait_until(lambda: page.exists() and page.read_bytes() == b"written by tee\n", "tee's write")
        assert watch.writers(str(page)) == {str(Path(tee).resolve())}
        writer.stdin.close()
        writer.wait(timeout=30)
        page.write_bytes(b"written by this process")  # the agent's own writes are never counted
        assert watch.writers(str(page)) <= {str(Path(tee).resolve())}
    finally:
        watch.stop()


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()

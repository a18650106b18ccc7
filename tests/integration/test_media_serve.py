"""`serve` with a screen and a stream target, end to end through the CLI: `screen add` prints a token
once, `screen push` delivers frames to the running API (a wrong or revoked token is refused), and
`stream add` makes serve watch a channel whose hijack opens a defaced incident (read from serve's
own log lines: no sleeps); a screen whose player pushes a foreign picture opens a defaced incident,
and one that stops pushing a monitoring gap."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.support import stream_media as sm

SERVING = re.compile(r"serving on http://127\.0\.0\.1:(\d+)")
TOKEN = re.compile(r"token \(shown once, stored only as its hash\): (\S+)")
APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2)]
LOG_WAIT_S = 90.0  # the longest a test waits for one of serve's log lines
SILENT_S = 3.0  # screen_silent_s for the test: a screen quiet this long is a monitoring gap
PUSHES, PUSH_EVERY_S = 10, 0.5  # 4.5 s of pushes: past the 3 s persistence window


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAMPERWATCH_")}
    env.update(
        TAMPERWATCH_DATA_DIR=str(data),
        TAMPERWATCH_PORT="0",
        TAMPERWATCH_LOG_JSON="false",
        TAMPERWATCH_RENDER_ENABLED="false",
        TAMPERWATCH_STREAM_OCR="false",
        TAMPERWATCH_AUDIT_SCHEDULED="false",
        COLUMNS="30",
    )
    return env


def tw(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tamperwatch", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_screens_push_to_serve_and_serve_watches_stream_targets(tmp_path: Path) -> None:
    env = _env(tmp_path / "data")
    library = sm.library(tmp_path / "library", APPROVED)
    added = tw(env, "screen", "add", "lobby", "--library", str(library))
    assert added.returncode == 0, added.stderr
    found = TOKEN.search(added.stdout)
    assert found, added.stdout
    token = found.group(1)
    assert token not in (tmp_path / "data" / "media_targets.json").read_text(encoding="utf-8")
    hijack = sm.banner(sm.picture(99), "HACKED BY NOBODY")
    channel = sm.encode(tmp_path / "channel.mp4", 12, lambda t: hijack if t >= 4 else APPROVED[0])
    stream = tw(env, "stream", "add", str(channel), "--library", str(library))
    assert stream.returncode == 0, stream.stderr
    approved = tmp_path / "approved.png"
    APPROVED[0].save(approved)

    proc = subprocess.Popen(
        [sys.executable, "-m", "tamperwatch", "serve"], env=env, stderr=subprocess.PIPE, text=True
    )
    assert proc.stderr is not None
    try:
        port = 0
        for line in proc.stderr:  # blocks until the next log line
            if found := SERVING.search(line):
                port = int(found.group(1))
                break
        assert port, "serve ended before announcing its port"
        url = f"http://127.0.0.1:{port}/api/v1/screens/1/frames"
        ok = tw(env, "screen", "push", url, "--token", token, "--file", str(approved))
        assert ok.returncode == 0 and ok.stderr.startswith("200 "), ok.stderr
        wrong = tw(env, "screen", "push", url, "--token", "nope", "--file", str(approved))
        assert wrong.returncode == 1 and "401" in wrong.stderr
        revoked = tw(env, "screen", "revoke", "lobby")
        assert revoked.returncode == 0, revoked.stderr
        after = tw(env, "screen", "push", url, "--token", token, "--file", str(approved))
        assert after.returncode == 1 and "401" in after.stderr
        for line in proc.stderr:  # the stream target's hijack, as serve logs incident changes
            if "(defaced) opened" in line:
                assert str(channel) in line
                break
        else:
            raise AssertionError("serve ended without a defaced incident for the stream target")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    assert proc.returncode == 0
    removed = tw(env, "remove", "screen:lobby")  # its token and library go with it
    assert removed.returncode == 0, removed.stderr
    assert '"1"' not in (tmp_path / "data" / "media_targets.json").read_text(encoding="utf-8")


def wait_for(lines: queue.Queue[str], pattern: str) -> str:
    """The next log line matching `pattern` (earlier ones are passed over), within LOG_WAIT_S."""
    deadline = time.monotonic() + LOG_WAIT_S
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if re.search(pattern, line):
            return line
    raise AssertionError(f"serve logged no line matching {pattern!r}")


@pytest.mark.slow
def test_a_screen_pushing_a_foreign_picture_is_caught_and_one_that_stops_is_a_gap(tmp_path: Path) -> None:
    env = _env(tmp_path / "data") | {"TAMPERWATCH_SCREEN_SILENT_S": str(SILENT_S)}
    added = tw(env, "screen", "add", "lobby", "--library", str(sm.library(tmp_path / "library", APPROVED)))
    found = TOKEN.search(added.stdout)
    assert added.returncode == 0 and found, added.stderr
    foreign = tmp_path / "foreign.png"
    sm.banner(sm.picture(99), "HACKED BY NOBODY").save(foreign)

    proc = subprocess.Popen(
        [sys.executable, "-m", "tamperwatch", "serve"], env=env, stderr=subprocess.PIPE, text=True
    )
    assert proc.stderr is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stderr or ()], daemon=True).start()
    try:
        served = SERVING.search(wait_for(lines, SERVING.pattern))
        assert served
        url = f"http://127.0.0.1:{served.group(1)}/api/v1/screens/1/frames"
        pushing = ["--file", str(foreign), "--every", str(PUSH_EVERY_S), "--count", str(PUSHES)]
        pushed = tw(env, "screen", "push", url, "--token", found.group(1), *pushing)
        answers = [json.loads(x[4:]) for x in pushed.stderr.splitlines() if x.startswith("200 ")]
        assert pushed.returncode == 0 and len(answers) == PUSHES, pushed.stderr
        assert [f["kind"] for a in answers for f in a["findings"]] == ["unknown-content"]
        hijack = wait_for(lines, r"incident \d+ \(defaced\) opened: screen:lobby")
        assert "unknown-content at" in hijack, hijack
        # the player stopped pushing: after screen_silent_s the screen is a monitoring gap
        gap = wait_for(lines, r"\(monitoring-gap\) opened: screen:lobby: screen pushed no frame for")
        assert f"(more than {SILENT_S:g} s)" in gap
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    assert proc.returncode == 0

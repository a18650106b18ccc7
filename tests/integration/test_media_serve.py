"""`serve` with a screen and a stream target, end to end through the CLI: `screen add` prints a token
once, `screen push` delivers frames to the running API (a wrong or revoked token is refused), and
`stream add` makes serve watch a channel whose hijack opens a defaced incident (read from serve's
own log lines: no sleeps)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from tests.support import stream_media as sm

SERVING = re.compile(r"serving on http://127\.0\.0\.1:(\d+)")
TOKEN = re.compile(r"token \(shown once, stored only as its hash\): (\S+)")
APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2)]


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

"""`tamperwatch notify test`: one line per notifier with its result; exit 1 when any failed."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from tamperwatch.notify.receiver import WebhookReceiver

SECRET = "s3cret"


async def _tw(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tamperwatch", *args, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


def _env(tmp_path: Path, urls: list[str]) -> dict[str, str]:
    quoted = ", ".join(f'"{url}"' for url in urls)
    return dict(
        os.environ,
        TAMPERWATCH_DATA_DIR=str(tmp_path / "data"),
        TAMPERWATCH_LOG_JSON="false",
        TAMPERWATCH_WEBHOOK_URLS=f"[{quoted}]",
        TAMPERWATCH_WEBHOOK_SECRET=SECRET,
        COLUMNS="40",
    )


async def test_each_notifier_gets_a_signed_test_message_and_a_line(tmp_path: Path) -> None:
    async with WebhookReceiver(SECRET) as good, WebhookReceiver(SECRET) as bad:
        bad.fail_next([500] * 10)
        rc, out, err = await _tw(_env(tmp_path, [good.url, bad.url + "?token=hidden"]), "notify", "test")
        assert rc == 1, err
        lines = out.splitlines()
        assert len(lines) == 2
        assert lines[0] == f"0 webhook {good.url}: ok"
        assert lines[1].startswith(f"1 webhook {bad.url}: FAILED ") and "500" in lines[1]
        assert "hidden" not in out  # the query string (often a credential) is never shown
        (message,) = good.received
        assert message.json()["change"] == "test" and message.json()["incident"]["id"] == 0

        rc, out, _ = await _tw(_env(tmp_path, [good.url]), "notify", "test")
        assert (rc, out.splitlines()) == (0, [f"0 webhook {good.url}: ok"])


async def test_no_notifier_configured_is_one_line_and_status_2(tmp_path: Path) -> None:
    env = _env(tmp_path, [])
    rc, out, err = await _tw(env, "notify", "test")
    assert rc == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "notify_urls or webhook_urls" in err

"""`agent publish` writes its signed record only once the publish is committed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tamperwatch.agent import runner
from tamperwatch.agent.config import AgentConfig
from tamperwatch.agent.publish import make_baseline
from tamperwatch.agent.record import PUBLISH_EVENT
from tamperwatch.agent.wiring import guard_for
from tamperwatch.archive.signing import Signer
from tamperwatch.settings import Settings

from .sitekit import make_site


def _baselined(tmp_path: Path) -> tuple[Settings, Path, Path]:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data")  # type: ignore[call-arg]
    root = (tmp_path / "www").resolve()
    make_site(root)
    guard = guard_for(root, AgentConfig.from_settings(settings), Signer.load_or_create(settings.key_path))
    assert make_baseline(guard, "tester") is not None
    staging = tmp_path / "staging"
    shutil.copytree(root, staging)
    (staging / "index.html").write_bytes(b"<h1>New</h1>")
    return settings, root, staging


async def _published(settings: Settings) -> list[object]:
    from tamperwatch.runtime import open_archive

    async with open_archive(settings) as archive:
        return [e for e in await archive.log_events() if e.change == PUBLISH_EVENT]


async def test_a_publish_whose_commit_fails_leaves_no_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, root, staging = _baselined(tmp_path)

    def fail(*args: object) -> list[str]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(runner, "commit_publish", fail)
    with pytest.raises(OSError, match="No space left"):
        await runner.publish(settings, root, staging, "alice", "release")
    assert await _published(settings) == []


async def test_a_committed_publish_is_recorded_with_its_actor(tmp_path: Path) -> None:
    settings, root, staging = _baselined(tmp_path)
    done = await runner.publish(settings, root, staging, "alice", "release")
    assert done.generation == 2 and (root / "index.html").read_bytes() == b"<h1>New</h1>"
    (event,) = await _published(settings)
    assert event.actor == "alice" and event.data["generation"] == 2  # type: ignore[attr-defined]

"""A baselined web root and its guard, for the guard's tests."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from tamperwatch.agent.config import AgentConfig, AgentMode, AgentPaths
from tamperwatch.agent.guard import Guard
from tamperwatch.agent.publish import make_baseline
from tamperwatch.agent.rules import PathRules
from tamperwatch.agent.wiring import guard_for
from tamperwatch.archive.signing import Signer

from .sitekit import State, make_site, state


@dataclass
class Guarded:
    root: Path
    config: AgentConfig
    signer: Signer
    guard: Guard
    golden: State

    def poison(self, rel: str, payload: bytes) -> None:
        """Replace ``rel``'s golden copy in the store with ``payload`` (an attacker's edit)."""
        import zstandard

        assert self.guard.manifest is not None
        path = self.guard.parts.restorer.golden.path_for(self.guard.manifest.entries[rel].digest)
        path.chmod(0o644)
        path.write_bytes(zstandard.compress(payload))

    def again(self, **changes: object) -> Guard:
        """A fresh guard of the same root with other config values (mode, rules)."""
        config = replace(self.config, **changes)  # type: ignore[arg-type]
        guard = guard_for(self.root, config, self.signer)
        guard.refresh()
        return guard


def build(
    tmp_path: Path,
    rules: PathRules | None = None,
    mode: AgentMode = AgentMode.RESTORE,
    key_file: bool = False,
) -> Guarded:
    """``key_file``: the installation key is a file (``config.key_path``), as child processes need."""
    root = (tmp_path / "www").resolve()
    make_site(root)
    config = AgentConfig(AgentPaths(tmp_path / "agent"), tmp_path / "key", mode, rules or PathRules())
    signer = Signer.load_or_create(config.key_path) if key_file else Signer.ephemeral()
    guard = guard_for(root, config, signer)
    assert make_baseline(guard, "tester") is not None
    guard.refresh()
    return Guarded(root, config, signer, guard, state(root))

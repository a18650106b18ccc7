"""Builds a root's guard and its parts from the agent's config: the one place they are wired."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tamperwatch.agent.baseline import BaselineKey, BaselineStore, root_id
from tamperwatch.agent.config import AgentConfig
from tamperwatch.agent.guard import Guard, GuardParts
from tamperwatch.agent.quarantine import Quarantine
from tamperwatch.agent.restore import Restorer
from tamperwatch.agent.safefs import RootFs
from tamperwatch.archive.blobs import FileBlobStore
from tamperwatch.errors import ConfigError

if TYPE_CHECKING:
    from tamperwatch.agent.fanotify import WriterCheck


def check_root(root: Path, config: AgentConfig) -> Path:
    """The root as a real absolute folder, refused when missing or when the agent's folder or the
    data folder (golden copies, signing key, archive) is inside it: they would be served."""
    real = Path(os.path.realpath(root))
    if not real.is_dir():
        raise ConfigError(f"{root}: not a folder")
    own = (("TAMPERWATCH_AGENT_DIR", config.paths.base), ("TAMPERWATCH_DATA_DIR", config.key_path.parent))
    for name, folder in own:
        inside = Path(os.path.realpath(folder))
        if inside == real or real in inside.parents:
            raise ConfigError(f"{inside} is inside the web root {real}: set {name} outside it")
    return real


def baseline_folder(root: Path, config: AgentConfig) -> Path:
    return config.paths.roots / root_id(root)


def baselines_for(root: Path, config: AgentConfig, signer: BaselineKey) -> BaselineStore:
    return BaselineStore(baseline_folder(root, config), signer)


def guard_for(
    root: Path,
    config: AgentConfig,
    signer: BaselineKey,
    baselines: BaselineStore | None = None,
    writers: WriterCheck | None = None,
) -> Guard:
    """``baselines``: how the guard loads its verified baseline (default: in this process);
    ``writers``: who wrote a path (fanotify), for ``config.writers``' whitelist."""
    fs = RootFs(root)
    golden = FileBlobStore(config.paths.golden, sync=False)
    restorer = Restorer(fs, golden, Quarantine(config.paths.quarantine), config.max_file_bytes)
    baselines = baselines or baselines_for(root, config, signer)
    parts = GuardParts(fs, baselines, restorer, config.rules, config.mode, config.max_file_bytes)
    return Guard(replace(parts, writers=writers, allowed=frozenset(config.writers)))

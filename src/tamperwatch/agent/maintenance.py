"""A maintenance window per root: until it ends the agent records every change but restores none.

Kept as ``maintenance.json`` in the root's agent folder, signed with the installation key (a file
that does not verify opens no window). Changes left when it ends are restored unless published.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from tamperwatch.agent.baseline import BaselineKey
from tamperwatch.archive.fsutil import atomic_write

MAINTENANCE = "maintenance.json"


@dataclass(frozen=True, slots=True)
class Window:
    root: str
    until: float  # epoch seconds
    actor: str
    reason: str

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()


def open_window(folder: Path, window: Window, signer: BaselineKey) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = asdict(window) | {"signature": signer.sign(window.digest())}
    atomic_write(folder / MAINTENANCE, json.dumps(data, sort_keys=True).encode(), mode=0o600)


def close_window(folder: Path) -> bool:
    path = folder / MAINTENANCE
    existed = path.exists()
    path.unlink(missing_ok=True)
    return existed


def current_window(folder: Path, root: str, signer: BaselineKey, now: float) -> Window | None:
    """The signed window of ``root`` open at ``now``, or None."""
    try:
        data = json.loads((folder / MAINTENANCE).read_bytes())
        signature = data.pop("signature")
        window = Window(**data)
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if window.root != root or not signer.verify(window.digest(), signature) or now >= window.until:
        return None
    return window

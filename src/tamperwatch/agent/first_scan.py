"""A root's first baseline, made in a child process (``python -m tamperwatch.agent.first_scan``).

Scanning and hashing every file of a large root creates and frees millions of small objects;
Python keeps the arenas they lived in, so an agent that made its baseline itself stays about
20 MB larger at 100,000 files for as long as it runs. Made in a child, none of that stays in the
long-running agent. The child writes the baseline exactly as the agent would (the same code, the
same key, under the root's lock) and prints a summary line of JSON. Its input, on stdin: the
root, the actor and the parts of the agent's config a baseline depends on."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tamperwatch.agent.child import ChildFailed, run_child
from tamperwatch.agent.config import AgentConfig


@dataclass(frozen=True, slots=True)
class Made:
    generation: int
    entries: int
    files: int


class FirstScanFailed(RuntimeError):
    """The child could not make the baseline; the message is its last line of error."""


def _request(root: Path, config: AgentConfig, actor: str) -> dict[str, Any]:
    return {"root": str(root), "actor": actor, "config": config.to_request()}


def make_in_this_process(root: Path, config: AgentConfig, actor: str) -> Made | None:
    """The baseline of ``root`` (None when it already has one)."""
    from tamperwatch.agent.publish import make_baseline
    from tamperwatch.agent.wiring import guard_for
    from tamperwatch.archive.signing import Signer

    made = make_baseline(guard_for(root, config, Signer.load_or_create(config.key_path)), actor)
    if made is None:
        return None
    return Made(made.generation, len(made.entries), sum(1 for _ in made.files()))


async def first_baseline(root: Path, config: AgentConfig, actor: str) -> Made | None:
    try:
        answer: dict[str, Any] | None = await run_child(__name__, _request(root, config, actor))
    except ChildFailed as exc:
        raise FirstScanFailed(f"first baseline of {root} failed: {exc}") from None
    return Made(**answer) if answer is not None else None


def main() -> None:
    request = json.loads(sys.stdin.read())
    config = AgentConfig.from_request(request["config"])
    made = make_in_this_process(Path(request["root"]), config, request["actor"])
    sys.stdout.write(json.dumps(asdict(made) if made is not None else None) + "\n")


if __name__ == "__main__":
    main()

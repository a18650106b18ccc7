"""Writes by whitelisted programs, taken into the baseline.

When fanotify named only whitelisted programs (``agent_writers``) as the writers of a changed
file, the guard leaves it in place; after the batch the agent runs ``python -m
tamperwatch.agent.accept`` (the request on stdin), which, under the root's lock, stores each such
file's bytes in the golden store and commits the next signed baseline generation with them (its
actor names the programs). A file whose bytes changed again since the guard judged it is left
out (the next check restores it). The agent then records a signed ``agent-accepted-write`` event
naming the programs, the paths and the new generation."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from tamperwatch.agent.baseline import BaselineTampered, sync_all
from tamperwatch.agent.changes import Change
from tamperwatch.agent.child import ChildFailed, run_child
from tamperwatch.agent.config import AgentConfig
from tamperwatch.agent.guard import Guard
from tamperwatch.agent.lock import root_lock
from tamperwatch.agent.manifest import Kind, Manifest
from tamperwatch.agent.observe import observe
from tamperwatch.agent.publish import now_iso

ACCEPT_REASON = "write by a whitelisted program"


def accept_writes(guard: Guard, found: dict[str, str], who: str) -> dict[str, Any]:
    """Commit the next baseline with the files ``found`` (path -> the SHA-256 the guard judged)
    as they are now; what was accepted (``paths`` empty when nothing was)."""
    parts = guard.parts
    with root_lock(guard.folder):
        try:
            current = parts.baselines.load(guard.root)
        except BaselineTampered as exc:
            return {"paths": [], "error": f"baseline does not verify: {exc}"}
        entries = dict(current.entries)
        accepted = []
        for rel, digest in sorted(found.items()):
            seen = observe(parts.fs, rel, parts.max_bytes)
            entry = seen.entry
            if entry is None or seen.special or entry.kind is not Kind.FILE or entry.digest != digest:
                continue  # changed again since it was judged: the next check restores it
            if seen.data is None:
                entry = replace(entry, stored=False)
            else:
                parts.restorer.golden.put_sync(seen.data, digest)
            entries[rel] = entry
            accepted.append(rel)
        if not accepted:
            return {"paths": []}
        sync_all()
        generation = current.generation + 1
        manifest = Manifest(
            str(guard.root),
            generation,
            now_iso(),
            f"writer {who}",
            ACCEPT_REASON,
            entries,
            current.lists_unprotected,
        )
        signed = parts.baselines.save(manifest)
    return {"paths": accepted, "generation": generation, "manifest_sha256": signed.sha256}


def request_for(config: AgentConfig, root: Path, changes: list[Change]) -> dict[str, Any]:
    who = ", ".join(sorted({w for c in changes for w in c.writers.split(", ")}))
    found = {c.path: c.found.digest for c in changes if c.found is not None}
    return {"config": config.to_request(), "root": str(root), "found": found, "who": who}


async def accept_in_child(config: AgentConfig, root: Path, changes: list[Change]) -> dict[str, Any]:
    """Run ``accept_writes`` in a child (the signing key never loads in the resident process)."""
    try:
        answer: dict[str, Any] = await run_child(__name__, request_for(config, root, changes))
    except ChildFailed as exc:
        return {"paths": [], "error": str(exc)}
    return answer


def main() -> None:
    from tamperwatch.agent.wiring import guard_for
    from tamperwatch.archive.signing import Signer

    request = json.loads(sys.stdin.read())
    config = AgentConfig.from_request(request["config"])
    guard = guard_for(Path(request["root"]), config, Signer.load_or_create(config.key_path))
    answer = accept_writes(guard, request["found"], request["who"])
    sys.stdout.write(json.dumps(answer) + "\n")


if __name__ == "__main__":
    main()

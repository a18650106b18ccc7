"""The agent's short-lived children (``python -m tamperwatch.agent.<module>``): a JSON request
on stdin, one line of JSON on stdout; work that needs the signing key or leaves much garbage
runs there, never in the long-running agent."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any


class ChildFailed(RuntimeError):
    """The child exited with an error; the message is its last line of error."""


async def run_child(module: str, request: dict[str, Any]) -> Any:
    """The child's answer (its stdout, parsed)."""
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        module,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await child.communicate(json.dumps(request).encode())
    if child.returncode != 0:
        lines = err.decode(errors="replace").strip().splitlines()
        raise ChildFailed(lines[-1] if lines else f"exit status {child.returncode}")
    return json.loads(out)

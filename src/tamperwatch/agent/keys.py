"""The installation key for the resident agent process, used through short-lived children.

The resident process watches and restores; loading the cryptography library into it would cost
about 9 MB for as long as it runs, to verify a signature a few times a day (a baseline when it is
published, a maintenance window when it is opened). So each use runs ``python -m
tamperwatch.agent.keys`` with the request on stdin: it verifies a root's signed baseline and, when
it verifies, writes the SQLite index the resident process then reads (``agent/index.py``); or it
verifies or makes one signature. Answers are one line of JSON on stdout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tamperwatch.agent.baseline import BaselineStore, BaselineTampered
from tamperwatch.agent.index import IndexedEntries, open_index, write_index
from tamperwatch.agent.manifest import Manifest

KEY_CHILD_TIMEOUT_S = 300.0  # a baseline of 100,000 files is verified and indexed in a few seconds
VERIFIED_CACHE_MAX = 64  # signatures remembered as checked (maintenance windows)
INDEX_FILE = "index.sqlite"


class KeyChildFailed(RuntimeError):
    """The child could not answer; the message is its last line of error."""


def ask(request: dict[str, Any]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", __name__],
        input=json.dumps(request).encode(),
        capture_output=True,
        timeout=KEY_CHILD_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        lines = done.stderr.decode(errors="replace").strip().splitlines()
        raise KeyChildFailed(f"key child failed: {lines[-1] if lines else done.returncode}")
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


class ChildKey:
    """``BaselineKey`` whose signing and checking run in a child that loads the key."""

    def __init__(self, key_path: Path, fingerprint: str) -> None:
        self.key_path = key_path
        self._fingerprint = fingerprint
        self._checked: dict[tuple[str, str], bool] = {}

    @property
    def fingerprint(self) -> str:
        return self._fingerprint

    def sign(self, record_hash: str) -> str:
        return str(ask({"op": "sign", "key_path": str(self.key_path), "hash": record_hash})["signature"])

    def verify(self, record_hash: str, signature: str) -> bool:
        known = self._checked.get((record_hash, signature))
        if known is not None:
            return known
        request = {
            "op": "verify",
            "key_path": str(self.key_path),
            "hash": record_hash,
            "signature": signature,
        }
        ok = bool(ask(request)["ok"])
        if len(self._checked) >= VERIFIED_CACHE_MAX:
            self._checked.clear()
        self._checked[(record_hash, signature)] = ok
        return ok


class ChildVerifiedBaselines(BaselineStore):
    """A root's baselines as the resident process loads them: verified by the child, which also
    writes the index; the manifest's entries then stay in that file."""

    def __init__(self, folder: Path, key: ChildKey) -> None:
        super().__init__(folder, key)
        self.key = key
        self._open: Manifest | None = None

    def load(self, root: Path) -> Manifest:
        request = {
            "op": "baseline",
            "key_path": str(self.key.key_path),
            "folder": str(self.folder),
            "root": str(root),
            "index": str(self.folder / INDEX_FILE),
        }
        try:
            answer = ask(request)
        except KeyChildFailed as exc:
            raise BaselineTampered(str(exc)) from None
        if answer.get("tampered"):
            raise BaselineTampered(str(answer["tampered"]))
        manifest = open_index(self.folder / INDEX_FILE)
        previous = self._open
        if previous is None or manifest.generation >= previous.generation:  # the guard moves on to it
            if previous is not None and isinstance(previous.entries, IndexedEntries):
                previous.entries.close()
            self._open = manifest
        return manifest


def _answer(request: dict[str, Any]) -> dict[str, Any]:
    from tamperwatch.archive.signing import Signer

    signer = Signer.load_or_create(Path(request["key_path"]))
    op = request["op"]
    if op == "sign":
        return {"signature": signer.sign(request["hash"])}
    if op == "verify":
        return {"ok": signer.verify(request["hash"], request["signature"])}
    if op != "baseline":
        raise ValueError(f"unknown request {op!r}")
    try:
        manifest = BaselineStore(Path(request["folder"]), signer).load(Path(request["root"]))
    except BaselineTampered as exc:
        return {"tampered": str(exc)}
    write_index(Path(request["index"]), manifest)
    return {"generation": manifest.generation, "entries": len(manifest.entries)}


def main() -> None:
    answer = _answer(json.loads(sys.stdin.read()))
    sys.stdout.write(json.dumps(answer) + "\n")


if __name__ == "__main__":
    main()

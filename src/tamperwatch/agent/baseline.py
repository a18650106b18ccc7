"""The signed baseline of one root on disk, verified before every use.

``<agent>/roots/<id>/`` holds ``baseline-<generation>.jsonl.zst`` (the manifest) and
``current.json``, the commit point: the generation, the manifest's SHA-256 and the installation
key's Ed25519 signature over it. Swapping ``current.json`` (atomic rename) switches a root to a new
baseline in one step; a crash before it leaves the old one whole. A manifest whose hash or
signature does not match raises ``BaselineTampered``: the agent then alarms and restores nothing
from it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tamperwatch.agent.manifest import Manifest, ManifestError, decode
from tamperwatch.archive.fsutil import atomic_write

POINTER = "current.json"
FOLDER_MODE = 0o700
ROOT_ID_CHARS = 16


class BaselineKey(Protocol):
    """The installation key as the agent uses it: ``archive.signing.Signer`` in the recording
    processes; in the resident process a twin that asks a short-lived child (``agent/keys.py``),
    so that the long-running process never loads the cryptography library."""

    @property
    def fingerprint(self) -> str: ...

    def sign(self, record_hash: str) -> str: ...

    def verify(self, record_hash: str, signature: str) -> bool: ...


class BaselineTampered(Exception):
    """The baseline on disk does not verify against the installation key."""


@dataclass(frozen=True, slots=True)
class SignedBaseline:
    generation: int
    sha256: str
    signature: str
    key: str  # fingerprint of the key that signed it


def root_id(root: Path) -> str:
    return hashlib.sha256(str(root).encode()).hexdigest()[:ROOT_ID_CHARS]


class BaselineStore:
    def __init__(self, folder: Path, signer: BaselineKey) -> None:
        self.folder = folder
        self.signer = signer

    @property
    def pointer(self) -> Path:
        return self.folder / POINTER

    def exists(self) -> bool:
        return self.pointer.exists()

    def version(self) -> tuple[int, int]:
        """Changes whenever a new baseline is committed (cheap: one stat)."""
        try:
            st = self.pointer.stat()
        except FileNotFoundError:
            return (0, 0)
        return (st.st_ino, st.st_mtime_ns)

    def signed(self) -> SignedBaseline:
        try:
            head = json.loads(self.pointer.read_bytes())
            return SignedBaseline(int(head["generation"]), head["sha256"], head["signature"], head["key"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise BaselineTampered(f"{self.pointer}: unreadable ({exc})") from None

    def load(self, root: Path) -> Manifest:
        signed = self.signed()
        path = self._manifest_path(signed.generation)
        try:
            blob = path.read_bytes()
        except OSError as exc:
            raise BaselineTampered(f"{path}: missing ({exc.strerror})") from None
        if hashlib.sha256(blob).hexdigest() != signed.sha256:
            raise BaselineTampered(f"{path}: its hash does not match the signed one")
        if not self.signer.verify(signed.sha256, signed.signature):
            raise BaselineTampered(f"{self.pointer}: the signature does not verify with the installation key")
        try:
            manifest = decode(blob)
        except ManifestError as exc:
            raise BaselineTampered(f"{path}: {exc}") from None
        if manifest.root != str(root) or manifest.generation != signed.generation:
            raise BaselineTampered(f"{path}: signed for {manifest.root} generation {manifest.generation}")
        return manifest

    def save(self, manifest: Manifest) -> SignedBaseline:
        """Write and commit ``manifest`` (its golden blobs must already be durable)."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        blob = manifest.encode()
        digest = hashlib.sha256(blob).hexdigest()
        signature = self.signer.sign(digest)
        signed = SignedBaseline(manifest.generation, digest, signature, self.signer.fingerprint)
        atomic_write(self._manifest_path(manifest.generation), blob, mode=0o600)
        head = {"generation": signed.generation, "sha256": digest, "signature": signature, "key": signed.key}
        atomic_write(self.pointer, json.dumps(head, sort_keys=True).encode(), mode=0o600)
        for old in self.folder.glob("baseline-*.jsonl.zst"):
            if old.name != self._manifest_path(manifest.generation).name:
                old.unlink(missing_ok=True)
        return signed

    def _manifest_path(self, generation: int) -> Path:
        return self.folder / f"baseline-{generation:012d}.jsonl.zst"


def sync_all() -> None:
    """Make every golden blob written so far durable before a baseline names it (one ``sync``
    instead of an fsync per blob: a 100,000-file baseline would otherwise take minutes)."""
    os.sync()

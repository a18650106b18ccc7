"""Where each part of an evidence bundle lives, and reading a bundle as a folder or a zip.

A bundle is a folder, or the same files in one zip file (``--output NAME.zip``); ``BundleFiles`` reads
either, so the checker never cares which. ``manifest.json`` lists every other file with its SHA-256
and size; ``manifest.sig`` is the installation key's Ed25519 signature (one line of lower-case hex) of
``MANIFEST_DOMAIN || SHA-256(manifest.json's exact bytes)``.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Protocol

BUNDLE_KIND = "tamperwatch-evidence-bundle"
BUNDLE_FORMAT = 1
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.sig"
CHECKPOINT = "checkpoint.json"
OBSERVATIONS = "records/observations.jsonl"
EVENTS = "records/events.jsonl"
CAPTURES = "captures.wacz"
CURRENT_KEY = "keys/current.pub"
RETIRED_KEYS = "keys/retired/"  # one <fingerprint>.pub per key replaced by `archive rotate-key`
INCIDENTS = "incidents/"  # incidents/<id>/: what `incidents show --export` writes
MANIFEST_DOMAIN = b"tamperwatch-evidence-bundle-v1\n"  # what manifest.sig signs: this + SHA-256(manifest)
# Hostile bundles are normal: no file of a bundle (or of its WACZ) is read past this size, and the
# WARC's records are not decompressed past MAX_WARC_BYTES in all (a gzip bomb stops there).
MAX_FILE_BYTES = 512 << 20
MAX_WARC_BYTES = 2 << 30
# Files in an incident folder derived from signed ones (not themselves named by a signed record).
DERIVED_INCIDENT_FILES = ("incident.json", "diff.txt")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_message(manifest: bytes) -> bytes:
    """The bytes manifest.sig signs."""
    return MANIFEST_DOMAIN + hashlib.sha256(manifest).digest()


def check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise OSError(f"{size:,} bytes, more than the {MAX_FILE_BYTES:,} a bundle's file may have")


class BundleFiles(Protocol):
    """The files of one bundle, by their relative POSIX path."""

    def names(self) -> list[str]: ...

    def read(self, name: str) -> bytes:
        """The file's bytes; OSError (or zipfile.BadZipFile, a ValueError) when it cannot be read."""
        ...


class FolderBundle:
    def __init__(self, root: Path) -> None:
        self.root = root

    def names(self) -> list[str]:
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p.is_file())

    def read(self, name: str) -> bytes:
        path = (self.root / name).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise OSError(f"{name} is outside the bundle")
        check_size(path.stat().st_size)
        return path.read_bytes()


class ZipBundle:
    def __init__(self, path: Path) -> None:
        self._zip = zipfile.ZipFile(path)

    def names(self) -> list[str]:
        return sorted(n for n in self._zip.namelist() if not n.endswith("/"))

    def read(self, name: str) -> bytes:
        check_size(self._zip.getinfo(name).file_size)
        return self._zip.read(name)


class MemoryBundle:
    """The in-memory twin (tests): a mapping of names to bytes."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files

    def names(self) -> list[str]:
        return sorted(self.files)

    def read(self, name: str) -> bytes:
        try:
            return self.files[name]
        except KeyError:
            raise OSError(f"no file {name}") from None


def open_bundle(path: Path) -> BundleFiles:
    """A bundle folder or zip file; OSError or zipfile.BadZipFile when it cannot be opened."""
    if path.is_dir():
        return FolderBundle(path)
    return ZipBundle(path)

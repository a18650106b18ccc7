"""Known vulnerabilities from an OSV-format dump the user points to: a folder of OSV JSON files,
a zip of them (as OSV publishes per ecosystem), or one JSON file holding one record or a list.
Nothing is downloaded. Versions are compared as PEP 440 versions where they parse, else as
tuples of their numbers."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

MAX_RECORD_BYTES = 4 * 1024 * 1024  # a larger single record in a dump is skipped


def numbers(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text)) or (0,)


def _less(a: str, b: str) -> bool:
    try:
        return Version(a) < Version(b)
    except InvalidVersion:
        return numbers(a) < numbers(b)


@dataclass(frozen=True, slots=True)
class Advisory:
    id: str
    summary: str
    severity: str  # the database's word (e.g. GitHub's HIGH), "" when none
    fixed: str  # the first fixed version of the matching range, "" when none


def _records(path: Path) -> Iterator[Any]:
    if path.is_dir():
        for file in sorted(path.rglob("*.json")):
            if file.stat().st_size <= MAX_RECORD_BYTES:
                yield json.loads(file.read_text("utf-8"))
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.filename.endswith(".json") and info.file_size <= MAX_RECORD_BYTES:
                    yield json.loads(archive.read(info))
    else:
        data = json.loads(path.read_text("utf-8"))
        yield from data if isinstance(data, list) else [data]


def _affected(entry: dict[str, Any], version: str) -> tuple[bool, str]:
    """Whether ``version`` falls in an ``affected`` entry, and its fixed version."""
    if version in (entry.get("versions") or []):
        return True, ""
    for rng in entry.get("ranges") or []:
        if rng.get("type") not in ("ECOSYSTEM", "SEMVER"):
            continue
        inside, fixed = False, ""
        for event in rng.get("events") or []:
            if "introduced" in event:
                start = str(event["introduced"])
                inside = inside or start == "0" or not _less(version, start)
            elif "fixed" in event and inside:
                fixed = str(event["fixed"])
                if not _less(version, fixed):
                    inside = False
            elif "last_affected" in event and inside and _less(str(event["last_affected"]), version):
                inside = False
        if inside:
            return True, fixed
    return False, ""


class VulnIndex:
    """OSV records indexed by (ecosystem, lower-cased package name)."""

    def __init__(self) -> None:
        self.by_package: dict[tuple[str, str], list[dict[str, Any]]] = {}

    @classmethod
    def load(cls, path: Path) -> VulnIndex:
        index = cls()
        for record in _records(path):
            if not isinstance(record, dict) or record.get("withdrawn"):
                continue
            for entry in record.get("affected") or []:
                package = entry.get("package") or {}
                key = (str(package.get("ecosystem", "")), str(package.get("name", "")).lower())
                index.by_package.setdefault(key, []).append(record)
        return index

    def advisories(self, packages: list[tuple[str, str]], version: str) -> list[Advisory]:
        out: dict[str, Advisory] = {}
        for ecosystem, name in packages:
            for record in self.by_package.get((ecosystem, name.lower()), []):
                for entry in record.get("affected") or []:
                    package = entry.get("package") or {}
                    if (package.get("ecosystem"), str(package.get("name", "")).lower()) != (
                        ecosystem,
                        name.lower(),
                    ):
                        continue
                    hit, fixed = _affected(entry, version)
                    if hit:
                        severity = str((record.get("database_specific") or {}).get("severity", ""))
                        out[record["id"]] = Advisory(
                            record["id"], str(record.get("summary", "")), severity, fixed
                        )
        return sorted(out.values(), key=lambda a: a.id)

"""The imported top-sites list (Tranco format: ``rank,domain`` a line), kept in one SQLite file in
the data folder.

``import_list`` streams the file (plain, .gz or a .zip holding one CSV, as Tranco serves it) into a
new database beside the old one and renames it over the old only when every line was good: a bad
line is one ConfigError naming its line number, and the list in use is left as it was.
``SqliteRanks`` answers lookups; ``MemoryRanks`` is its in-memory twin.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import re
import sqlite3
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Protocol

from tamperwatch.archive.fsutil import fsync_dir
from tamperwatch.errors import ConfigError

REACH_FILE = "reach.sqlite3"  # under the data folder
MAX_DOMAIN_LENGTH = 253
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
_HEADER = ("rank", "domain")
SCHEMA = (
    "CREATE TABLE ranks (domain TEXT PRIMARY KEY, rank INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE list (name TEXT NOT NULL, size INTEGER NOT NULL, source TEXT NOT NULL, "
    "imported_at TEXT NOT NULL)",
)


@dataclass(frozen=True, slots=True)
class ListInfo:
    name: str
    size: int
    source: str
    imported_at: str


class RankSource(Protocol):
    def info(self) -> ListInfo | None:
        """The list imported, or None when there is none."""
        ...

    def ranks(self, domains: Sequence[str]) -> dict[str, int]:
        """The rank of each of ``domains`` the list holds."""
        ...


def reach_path(data_dir: Path) -> Path:
    return data_dir / REACH_FILE


def normal_domain(text: str) -> str | None:
    """``text`` as the list spells domains (lower case, ASCII/punycode, no trailing dot), or None."""
    domain = text.strip().lower().rstrip(".")
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    if not 0 < len(domain) <= MAX_DOMAIN_LENGTH:
        return None
    return domain if all(_LABEL.fullmatch(label) for label in domain.split(".")) else None


@contextlib.contextmanager
def _text_of(path: Path) -> Iterator[IO[str]]:
    """The list's lines: a plain file, a .gz, or the one file in a .zip."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if not m.endswith("/")]
            if len(members) != 1:
                raise ConfigError(f"{path}: a zip with one CSV file expected, found {len(members)} files")
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    elif path.suffix.lower() == ".gz":
        with gzip.open(path, "rt", encoding="utf-8-sig", newline="") as text:
            yield text
    else:
        with path.open(encoding="utf-8-sig", newline="") as text:
            yield text


class _Rows:
    """The (domain, rank) rows of a list, with the number of the line being read."""

    def __init__(self, path: Path, lines: IO[str]) -> None:
        self.path = path
        self.lines = lines
        self.number = 0
        self.count = 0

    def _bad(self, why: str) -> ConfigError:
        return ConfigError(f"{self.path} line {self.number}: {why}; nothing was imported")

    def __iter__(self) -> Iterator[tuple[str, int]]:
        try:
            for number, line in enumerate(self.lines, 1):
                self.number = number  # read by _bad, and by import_list on a duplicate
                fields = [f.strip() for f in line.rstrip("\r\n").split(",")]
                if fields == [""]:
                    continue
                if self.number == 1 and tuple(f.lower() for f in fields) == _HEADER:
                    continue
                if len(fields) != len(_HEADER):
                    raise self._bad(f"expected RANK,DOMAIN, found {len(fields)} fields")
                if not fields[0].isdigit() or int(fields[0]) < 1:
                    raise self._bad(f"rank {fields[0]!r} is not a whole number from 1")
                domain = normal_domain(fields[1])
                if domain is None:
                    raise self._bad(f"{fields[1][:80]!r} is not a domain name")
                self.count += 1
                yield domain, int(fields[0])
        except UnicodeDecodeError as exc:
            raise self._bad(f"not UTF-8 text ({exc.reason})") from None


def import_list(data_dir: Path, source: Path, name: str) -> tuple[ListInfo, ListInfo | None]:
    """Replace the list in use with ``source``, atomically; returns (the new list, the one replaced)."""
    target = reach_path(data_dir)
    old = SqliteRanks(target).info()
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        with _text_of(source) as lines:
            info = _build(tmp, _Rows(source, lines), name, source)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return info, old


def _build(tmp: Path, rows: _Rows, name: str, source: Path) -> ListInfo:
    db = sqlite3.connect(tmp)
    try:
        db.execute("PRAGMA journal_mode=OFF")  # a new private file: renamed in only once complete
        db.execute("PRAGMA synchronous=OFF")
        for statement in SCHEMA:
            db.execute(statement)
        try:
            db.executemany("INSERT INTO ranks (domain, rank) VALUES (?, ?)", rows)
        except sqlite3.IntegrityError:
            raise rows._bad("the domain is listed twice") from None
        if rows.count == 0:
            raise ConfigError(f"{source}: no RANK,DOMAIN lines; nothing was imported")
        info = ListInfo(name, rows.count, source.name, datetime.now(UTC).isoformat(timespec="seconds"))
        row = (info.name, info.size, info.source, info.imported_at)
        db.execute("INSERT INTO list VALUES (?, ?, ?, ?)", row)
        db.commit()
    finally:
        db.close()
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    return info


class SqliteRanks:
    """Lookups in the imported list (read-only; each call opens the file, so an import between
    calls is seen)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection | None:
        if not self.path.exists():
            return None
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)

    def info(self) -> ListInfo | None:
        db = self._connect()
        if db is None:
            return None
        with contextlib.closing(db):
            row = db.execute("SELECT name, size, source, imported_at FROM list").fetchone()
        return ListInfo(*row) if row else None

    def ranks(self, domains: Sequence[str]) -> dict[str, int]:
        db = self._connect()
        if db is None or not domains:
            return {}
        marks = ",".join("?" * len(domains))
        with contextlib.closing(db):
            rows = db.execute(f"SELECT domain, rank FROM ranks WHERE domain IN ({marks})", list(domains))
            return {str(domain): int(rank) for domain, rank in rows}


class MemoryRanks:
    """The in-memory twin (tests)."""

    def __init__(self, ranks: dict[str, int], name: str = "test-list") -> None:
        self._ranks = ranks
        self._info = ListInfo(name, len(ranks), "memory", "") if ranks else None

    def info(self) -> ListInfo | None:
        return self._info

    def ranks(self, domains: Sequence[str]) -> dict[str, int]:
        return {d: self._ranks[d] for d in domains if d in self._ranks}

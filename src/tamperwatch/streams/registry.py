"""What a `stream` or `screen` target needs beyond the `Target` row: its approved-content library
folder and, for a screen, the hash of its push token.

Kept in DATA_DIR/media_targets.json (written whole: temporary file, then rename; mode 0600). A
screen's token is random (`TOKEN_BYTES` bytes from `secrets`), shown once when it is issued and
stored only as its SHA-256 (a random token of that length needs no slow hash); a token is checked by
comparing hashes in constant time. Revoking empties the hash: no token opens that screen again until
a new one is issued. The file is read again whenever it changes, so a revocation made by the CLI
takes effect in a running `serve` at the next push."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

REGISTRY_NAME = "media_targets.json"
REGISTRY_MODE = 0o600  # it holds token hashes and library paths: the owner's alone
TOKEN_BYTES = 32


class RegistryError(ValueError):
    """A registry file that cannot be read."""


@dataclass(frozen=True)
class MediaEntry:
    library: str
    token_sha256: str = ""  # empty: no token (a stream target, or a revoked screen)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_token() -> tuple[str, str]:
    """A fresh token and the hash that is stored."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, token_hash(token)


def token_matches(entry: MediaEntry | None, token: str) -> bool:
    """Constant-time check of `token` against the stored hash (always hashes, even without an entry)."""
    given = token_hash(token)
    stored = entry.token_sha256 if entry is not None else ""
    if not stored:
        hmac.compare_digest(given, given)
        return False
    return hmac.compare_digest(given, stored)


class MediaRegistry:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._cache: dict[int, MediaEntry] = {}
        self._stamp: tuple[int, int] | None = None

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> MediaRegistry:
        return cls(data_dir / REGISTRY_NAME)

    def entries(self) -> dict[int, MediaEntry]:
        """Every entry, re-read when the file changed since the last read."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            self._cache, self._stamp = {}, None
            return {}
        stamp = (st.st_mtime_ns, st.st_size)
        if stamp != self._stamp:
            self._cache, self._stamp = self._read(), stamp
        return dict(self._cache)

    def get(self, target_id: int) -> MediaEntry | None:
        return self.entries().get(target_id)

    def _read(self) -> dict[int, MediaEntry]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return {
                int(k): MediaEntry(str(v["library"]), str(v.get("token_sha256", ""))) for k, v in raw.items()
            }
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise RegistryError(f"{self.path}: not a readable target registry ({exc})") from exc

    def put(self, target_id: int, entry: MediaEntry) -> None:
        entries = self.entries()
        entries[target_id] = entry
        self._write(entries)

    def remove(self, target_id: int) -> bool:
        entries = self.entries()
        if entries.pop(target_id, None) is None:
            return False
        self._write(entries)
        return True

    def _write(self, entries: dict[int, MediaEntry]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        data = json.dumps({str(k): asdict(v) for k, v in sorted(entries.items())}, indent=1)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, REGISTRY_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)
        self._stamp = None  # read again next time

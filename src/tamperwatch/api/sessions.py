"""Dashboard sessions in signed cookies, and their CSRF tokens.

The cookie holds the user's id, a random session id and an expiry, signed with HMAC-SHA256 under
the installation's session key (DATA_DIR/session.key, 32 random bytes, made on first use, mode
0600). Changing any byte (another user's id, a later expiry) breaks the signature. The CSRF
token of a session is an HMAC of its session id: a page of the dashboard's origin can read it
(``GET /api/v1/session``) and send it in ``X-CSRF-Token``; another origin cannot.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tamperwatch.archive.fsutil import fsync_dir

SESSION_COOKIE = "tw_session"
CSRF_HEADER = "X-CSRF-Token"
SESSION_KEY_FILE = "session.key"
SESSION_KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class Session:
    user_id: int
    sid: str
    expires: float  # epoch seconds


def load_or_create_key(data_dir: Path) -> bytes:
    """The session key; made once, whole (written aside, fsynced, then linked into place, so two
    processes starting together end up with the same key and none sees a partial one)."""
    path = data_dir / SESSION_KEY_FILE
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".tmp-", suffix=SESSION_KEY_FILE)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, secrets.token_bytes(SESSION_KEY_BYTES))
            os.fsync(fd)
            os.close(fd)
            with contextlib.suppress(FileExistsError):  # another process made it first: use theirs
                os.link(tmp, path)
            fsync_dir(data_dir)
        finally:
            os.unlink(tmp)
    return path.read_bytes()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SessionSigner:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def _mac(self, purpose: str, payload: str) -> str:
        return hmac.new(self._key, f"{purpose}:{payload}".encode(), hashlib.sha256).hexdigest()

    def issue(self, user_id: int, expires: float) -> tuple[str, Session]:
        session = Session(user_id, secrets.token_urlsafe(16), expires)
        payload = _b64(json.dumps({"u": user_id, "s": session.sid, "e": expires}).encode())
        return f"{payload}.{self._mac('session', payload)}", session

    def read(self, cookie: str, now: float) -> Session | None:
        payload, _, mac = cookie.partition(".")
        if not payload or not hmac.compare_digest(mac.encode(), self._mac("session", payload).encode()):
            return None
        try:
            data = json.loads(_unb64(payload))
            session = Session(int(data["u"]), str(data["s"]), float(data["e"]))
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > now else None

    def csrf_token(self, session: Session) -> str:
        return self._mac("csrf", session.sid)

    def csrf_ok(self, session: Session, given: str) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.csrf_token(session).encode())

"""Short-lived signed URLs of captured pages on the content origin (``api/content_origin.py``).

The dashboard puts a captured page in a sandboxed iframe whose source is another origin (its own
port) and a URL that names the content's SHA-256, an expiry and an HMAC-SHA256 of both under a key
derived from the session key. The content origin serves nothing else, so a link copied out of a
page stops working after ``CONTENT_URL_TTL_S`` and no other content can be named through it.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

CONTENT_URL_TTL_S = 300.0
CONTENT_PATH = "/c"


@dataclass(frozen=True, slots=True)
class ContentSigner:
    key: bytes

    @classmethod
    def from_session_key(cls, session_key: bytes) -> ContentSigner:
        return cls(hmac.new(session_key, b"tamperwatch content origin", hashlib.sha256).digest())

    def _mac(self, content_hash: str, expires: int) -> str:
        return hmac.new(self.key, f"{content_hash}:{expires}".encode(), hashlib.sha256).hexdigest()

    def path(self, content_hash: str, now: float, ttl_s: float = CONTENT_URL_TTL_S) -> str:
        expires = int(now + ttl_s)
        return f"{CONTENT_PATH}/{content_hash}?exp={expires}&sig={self._mac(content_hash, expires)}"

    def valid(self, content_hash: str, expires: int, sig: str, now: float) -> bool:
        return expires >= now and hmac.compare_digest(sig.encode(), self._mac(content_hash, expires).encode())

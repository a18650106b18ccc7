"""Which keys a bundle's signatures may verify with.

The checkpoint's key (``keys/current.pub``) is the anchor. A retired key (``keys/retired/``) is
trusted only when a key-rotation record the checkpoint includes names it as the key it replaced:
the log vouches for it, so records it signed before ``archive rotate-key`` still verify. A reader
who pinned an older fingerprint reaches the current key through rotations the old key countersigned.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tamperwatch.archive.errors import SigningKeyError
from tamperwatch.archive.keys import KEY_ROTATED
from tamperwatch.archive.log import LogEvent
from tamperwatch.archive.signing import Signer

SHORT_FINGERPRINT = 16  # hex digits shown for a key
MIN_PIN = 16  # hex digits a pinned fingerprint must give at least


@dataclass(frozen=True, slots=True)
class KeyRing:
    current: Signer
    vouched: tuple[Signer, ...]  # retired keys a verified rotation record names

    def verifies(self, record_hash: str, signature: str) -> bool:
        return any(key.verify(record_hash, signature) for key in (self.current, *self.vouched))


def load_key(pem: bytes) -> Signer | None:
    try:
        return Signer.from_public_pem(pem)
    except (ValueError, TypeError, SigningKeyError):
        return None


def _rotation(event: LogEvent) -> Mapping[str, object]:
    try:
        data = json.loads(event.data_json)
    except ValueError:
        return {}
    return data if event.change == KEY_ROTATED and isinstance(data, dict) else {}


def vouched_keys(
    retired: Mapping[str, Signer], rotations: Iterable[LogEvent]
) -> tuple[dict[str, Signer], list[str]]:
    """(the retired keys a verified rotation record names, by fingerprint; the others' fingerprints)."""
    named = {str(_rotation(e).get("old_fingerprint", "")) for e in rotations}
    return {fp: key for fp, key in retired.items() if fp in named}, sorted(set(retired) - named)


def _countersigned(rotations: Iterable[LogEvent]) -> dict[str, str]:
    """old fingerprint -> new fingerprint, for rotations the old key countersigned."""
    links = {}
    for event in rotations:
        data = _rotation(event)
        old = load_key(str(data.get("old_public_key", "")).encode())
        new_pem = str(data.get("new_public_key", "")).encode()
        new = load_key(new_pem)
        signature = str(data.get("old_key_signature", ""))
        if old is not None and new is not None and signature and old.verify_bytes(new_pem, signature):
            links[old.fingerprint] = new.fingerprint
    return links


def pin_reaches(pinned: str, current: Signer, rotations: Iterable[LogEvent]) -> bool:
    """Whether the pinned fingerprint (a prefix of 16+ hex digits) is the current key, or an older
    key whose countersigned rotations lead to it."""
    pinned = pinned.lower()
    if len(pinned) < MIN_PIN:
        return False
    links = _countersigned(rotations)
    start = next((fp for fp in [current.fingerprint, *links] if fp.startswith(pinned)), None)
    seen: set[str] = set()
    while start is not None and start not in seen:
        if start == current.fingerprint:
            return True
        seen.add(start)
        start = links.get(start)
    return False

"""Key rotation with a signed record: ``tamperwatch archive rotate-key``, and a restore without the
private key.

The old key first signs a checkpoint of everything it covered (when its private half is there);
then a new key is written (0600) and the old public key retired, still verifying what it signed;
then a "key-rotated" event, signed by the new key and, when possible, countersigned by the old
one (its signature over the new public key), goes into the log, followed by a checkpoint.
"""

from __future__ import annotations

from dataclasses import dataclass

from tamperwatch.archive.signing import rotate_key_files
from tamperwatch.settings import Settings

KEY_ROTATED = "key-rotated"


@dataclass(frozen=True, slots=True)
class KeyRotation:
    old_fingerprint: str  # "" when there was no key before
    new_fingerprint: str
    countersigned: bool  # the old private key signed the new public key
    event_idx: int  # the log entry of the rotation record


async def rotate_key(settings: Settings, reason: str, actor: str = "") -> KeyRotation:
    from tamperwatch.archive.sql import SqlArchive

    if settings.key_path.exists():  # the old key signs off what it covered
        async with SqlArchive.from_settings(settings) as archive:
            await archive.checkpoint()
    old, new = rotate_key_files(settings.key_path)
    countersigned = old is not None and old.can_sign
    data = {
        "reason": reason,
        "old_fingerprint": old.fingerprint if old is not None else "",
        "old_public_key": old.public_pem().decode() if old is not None else "",
        "new_fingerprint": new.fingerprint,
        "new_public_key": new.public_pem().decode(),
        "old_key_signature": old.sign_bytes(new.public_pem()) if old is not None and old.can_sign else "",
    }
    async with SqlArchive.from_settings(settings) as archive:
        event = await archive.append_event(KEY_ROTATED, data, actor=actor)
    return KeyRotation(data["old_fingerprint"], new.fingerprint, countersigned, event.idx)

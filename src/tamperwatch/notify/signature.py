"""HMAC-SHA256 webhook signatures, Stripe-style: ``t=<unix>,v1=<hex>`` over ``"<t>.<body>"``.

The timestamp is part of the signed message, so a receiver that checks it against its own clock
(``tolerance_s``) rejects replays of old deliveries. Several ``v1=`` entries may appear (secret
rotation); one match is enough.
"""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_HEADER = "X-Tamperwatch-Signature"
EVENT_ID_HEADER = "X-Tamperwatch-Event-Id"
DEFAULT_TOLERANCE_S = 300.0


def compute_signature(secret: str, timestamp: int, body: bytes) -> str:
    """Hex HMAC-SHA256 of ``"<timestamp>.<body>"`` under ``secret``."""
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The value of the ``X-Tamperwatch-Signature`` header for ``body`` sent at ``timestamp``."""
    return f"t={timestamp},v1={compute_signature(secret, timestamp, body)}"


def parse_signature_header(header: str) -> tuple[int, list[str]] | None:
    """``(timestamp, [v1 signatures])`` from a header, or None when it is malformed."""
    timestamp: int | None = None
    signatures: list[str] = []
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if not sep:
            return None
        if key == "t":
            if not value.isascii() or not value.isdigit():
                return None
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    if timestamp is None or not signatures:
        return None
    return timestamp, signatures


def verify_signature(
    secret: str,
    header: str,
    body: bytes,
    tolerance_s: float = DEFAULT_TOLERANCE_S,
    now: float | None = None,
) -> bool:
    """True when ``header`` signs ``body`` under ``secret`` with a timestamp within ``tolerance_s``.

    False for a malformed header, an empty secret, a wrong signature, or a timestamp further than
    ``tolerance_s`` from ``now`` (default: the current time) in either direction.
    """
    if not secret:
        return False
    parsed = parse_signature_header(header)
    if parsed is None:
        return False
    timestamp, signatures = parsed
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance_s:
        return False
    expected = compute_signature(secret, timestamp, body)
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)

"""Builders shared by the archive tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tamperwatch.models import Capture, Status, TlsSummary, Verdict

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def capture(body: bytes = b"<html>ok</html>", minute: int = 0, **kw: object) -> Capture:
    args: dict[str, object] = {
        "url": "https://example.org/", "fetched_at": T0 + timedelta(minutes=minute), "status": 200,
        "body": body, "resolved_ip": "93.184.216.34",
        "tls": TlsSummary("CA", "example.org", "2027-01-01", "ab" * 32),
    }
    args.update(kw)
    return Capture(**args)  # type: ignore[arg-type]


def failed(minute: int = 0) -> Capture:
    return Capture(url="https://example.org/", fetched_at=T0 + timedelta(minutes=minute),
                   error="connect timeout", error_kind="timeout")


def not_modified(minute: int = 0) -> Capture:
    return Capture(url="https://example.org/", fetched_at=T0 + timedelta(minutes=minute), status=304,
                   not_modified=True)


CLEAN = Verdict(Status.CLEAN, 0.05, ("no change",))
DEFACED = Verdict(Status.DEFACED, 0.97, ("page replaced",))

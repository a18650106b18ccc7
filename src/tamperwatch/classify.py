"""Cold-start classification of single page files (`tamperwatch classify`): no history, no network.

The same judgement a target gets before it has any history: one cold-start path for ``classify``,
a one-off ``check`` and the engine."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.models import Capture
from tamperwatch.settings import Settings


def capture_from_file(path: Path, max_bytes: int) -> Capture:
    """A Capture of a stored page; an over-limit or unreadable file becomes a capture with an error."""
    now = datetime.now(UTC)
    url = path.resolve().as_uri()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Capture(
                url=url,
                fetched_at=now,
                error_kind="too_large",
                error=f"{path}: {size} bytes exceeds the limit of {max_bytes} bytes",
            )
        body = path.read_bytes()
    except OSError as exc:
        return Capture(url=url, fetched_at=now, error=f"{path}: {exc.strerror or exc}", error_kind="connect")
    return Capture(
        url=url,
        final_url=url,
        fetched_at=now,
        status=200,
        headers=(("content-type", "text/html"),),
        body=body,
    )


def classify_file(
    path: Path, settings: Settings, engine: DetectionEngine | None = None
) -> tuple[bool, float, list[str]]:
    """``(defaced, score, reasons)`` for one page file, judged as the engine judges a target with
    no history (``DetectionEngine.classify``: every detector that needs none, the content
    classifier among them). Pass ``engine`` to reuse one across files."""
    capture = capture_from_file(path, settings.max_body_bytes)
    if capture.error:
        return False, 0.0, [capture.error]
    verdict = (engine or DetectionEngine.from_settings(settings)).classify(capture)
    return verdict.defaced, verdict.score, list(verdict.reasons)

"""Cold-start classification of single page files (`tamperwatch classify`): no history, no network."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

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


def classify_file(path: Path, settings: Settings) -> tuple[bool, float, list[str]]:
    """``(defaced, score, reasons)`` for one page file."""
    from tamperwatch.detect.classifier import classify_page, load_classifier

    capture = capture_from_file(path, settings.max_body_bytes)
    if capture.error:
        return False, 0.0, [capture.error]
    return classify_page(capture, load_classifier(settings.classifier_model_path))

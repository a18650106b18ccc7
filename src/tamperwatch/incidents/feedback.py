"""Operator feedback that teaches a target's profile.

``accept_baseline`` makes a stored capture the new normal (a redesign, or the page of a
false-positive incident), new script origins and iframes included — the only way those are
ever learned. The profile it replaces is kept, so ``undo_baseline`` can put it back.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.archive.base import Archive
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.profile import Profile
from tamperwatch.models import Capture, Status, Target


class FeedbackError(LookupError):
    pass


async def accept_baseline(
    archive: Archive, engine: DetectionEngine, target: Target, content_hash: str = ""
) -> str:
    """Accept the capture with ``content_hash`` (default: the last one seen) as normal; returns its hash."""
    state = await archive.get_state(target.id)
    content_hash = content_hash or state.last_body_hash
    if not content_hash:
        raise FeedbackError(f"{target.url} has no stored capture to accept yet; run a check first")
    body = await archive.load_body(content_hash)
    if body is None:
        raise FeedbackError(f"capture {content_hash[:12]} of {target.url} is no longer stored (pruned)")
    capture = Capture(
        url=target.url,
        final_url=target.url,
        fetched_at=datetime.now(UTC),
        status=200,
        headers=(("content-type", "text/html"),),
        body=body,
    )
    profile = Profile.loads(await archive.load_profile(target.id))
    engine.accept(profile, capture, target.ignore_selectors)
    await archive.save_profile(target.id, profile.dumps(), keep_previous=True)
    state.consecutive_suspicious = 0
    if state.last_body_hash == content_hash:
        state.last_status, state.last_score = Status.CLEAN.value, 0.0
    await archive.save_state(state)
    return content_hash


async def undo_baseline(archive: Archive, target: Target) -> None:
    """Put back the profile that the last accepted baseline replaced."""
    if not await archive.restore_previous_profile(target.id):
        raise FeedbackError(f"{target.url} has no earlier baseline to go back to")
    state = await archive.get_state(target.id)
    state.last_body_hash = ""  # re-analyse the next capture against the restored profile
    await archive.save_state(state)

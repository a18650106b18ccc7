"""A one-off check of a URL nobody watches: fetch, then judge the page cold (no history, nothing stored)."""

from __future__ import annotations

from tamperwatch.capture.base import FetchRequest
from tamperwatch.models import Capture, Status, Verdict
from tamperwatch.pipeline.availability import unavailable_reason
from tamperwatch.pipeline.services import Services


async def check_unwatched(url: str, services: Services) -> tuple[Capture, Verdict]:
    capture = await services.fetcher.fetch(FetchRequest(url=url))
    reason = unavailable_reason(capture)
    if reason:
        return capture, Verdict(Status.UNAVAILABLE, 0.0, (reason,))
    verdict = services.engine.classify(capture)
    note = "not watched: judged on this page alone, with no history"
    return capture, Verdict(verdict.status, verdict.score, (*verdict.reasons, note), verdict.findings)

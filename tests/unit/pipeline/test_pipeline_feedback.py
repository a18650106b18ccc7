"""Operator feedback: accepting a baseline teaches new origins; undo restores the old profile."""

from __future__ import annotations

import pytest
from pipeline_helpers import Site, make_services

from tamperwatch.incidents.feedback import FeedbackError, accept_baseline, undo_baseline
from tamperwatch.models import Status, Target
from tamperwatch.pipeline.check import Pipeline

NEW_WIDGET = (
    '<script src="https://widgets.partner.example/w.js"></script>'
    '<iframe src="https://widgets.partner.example/f" style="display:none" width="0" height="0"></iframe>'
)


async def test_accepting_a_new_origin_stops_the_alert_and_undo_brings_it_back() -> None:
    site = Site()
    services, archive, _ = make_services(site)
    target = await archive.add_target(Target(url="https://riverton.example/"))
    pipeline = Pipeline()
    for _ in range(services.engine.learn_captures + 1):
        await pipeline.run(target, services)
    site.extra = NEW_WIDGET
    flagged = await pipeline.run(target, services)
    assert flagged.verdict is not None and flagged.verdict.status is Status.DEFACED

    await accept_baseline(archive, services.engine, target)
    after = await pipeline.run(target, services)
    assert after.verdict is not None and after.verdict.status is Status.CLEAN, after.verdict

    await undo_baseline(archive, target)
    again = await pipeline.run(target, services)
    assert again.verdict is not None and again.verdict.status is Status.DEFACED


async def test_accept_without_a_capture_says_why() -> None:
    services, archive, _ = make_services(Site())
    target = await archive.add_target(Target(url="https://new.example/"))
    with pytest.raises(FeedbackError, match="no stored capture"):
        await accept_baseline(archive, services.engine, target)
    with pytest.raises(FeedbackError, match="no earlier baseline"):
        await undo_baseline(archive, target)

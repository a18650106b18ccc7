"""The judge: one pure call per check, the same rules for every kind of evidence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pipeline_helpers import Site, make_services

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.profile import Profile
from tamperwatch.detect.screen import Screen, ScreenMode
from tamperwatch.models import Capture, Finding, Status, Target, Verdict
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.evidence import Evidence, Recheck
from tamperwatch.pipeline.judge import Judge
from tamperwatch.settings import Settings

INJECTED = '<script src="https://evil-cdn.example/x.js"></script>'
URL = "https://riverton.example/"


def _capture(body: bytes = b"<html><body><p>hello</p></body></html>") -> Capture:
    return Capture(url=URL, fetched_at=datetime.now(UTC), status=200, body=body)


def _content(score: float, detector: str = "origins") -> Finding:
    return Finding(detector, score, f"{detector} {score}", content=True)


def _structure(score: float) -> Finding:
    return Finding("template", score, "template changed", content=False)


@pytest.fixture
def judge() -> Judge:
    return Judge(DetectionEngine.from_settings(Settings(_env_file=None)), auto_accept_after=3)  # type: ignore[call-arg]


def _learned_profile() -> Profile:
    profile = Profile()
    profile.learned = 5
    return profile


EVIDENCE = {
    "unavailable": Evidence(_capture(), unavailable="server error: HTTP 503"),
    "carried": Evidence(_capture(), carried=Verdict(Status.DEFACED, 0.9), previous_status="defaced"),
    "cleared": Evidence(_capture(), cleared="plain text run"),
    "known-good": Evidence(_capture(), known_good=True),
    "screened": Evidence(_capture(), screen=Screen(ScreenMode.JUDGED, (_content(0.9),))),
    "rechecked": Evidence(
        _capture(),
        screen=Screen(ScreenMode.JUDGED, (_content(0.9),)),
        recheck=Recheck(_capture(b"<html>again</html>"), "", Screen(ScreenMode.JUDGED, (_content(0.8),))),
    ),
    "redesign": Evidence(
        _capture(), screen=Screen(ScreenMode.JUDGED, (_structure(0.4),)), consecutive_suspicious=2
    ),
}


@pytest.mark.parametrize("kind", sorted(EVIDENCE))
def test_judging_never_changes_the_profile(judge: Judge, kind: str) -> None:
    profile = _learned_profile()
    before = profile.dumps()
    judge.judge(profile, EVIDENCE[kind])
    judge.judge(profile, EVIDENCE[kind])
    assert profile.dumps() == before


@pytest.mark.parametrize("kind", sorted(EVIDENCE))
def test_the_same_evidence_gets_the_same_judgement(judge: Judge, kind: str) -> None:
    profile = _learned_profile()
    assert judge.judge(profile, EVIDENCE[kind]) == judge.judge(profile, EVIDENCE[kind])


def test_an_alert_needs_a_recheck_that_alerts_too(judge: Judge) -> None:
    profile = _learned_profile()
    alerting = Screen(ScreenMode.JUDGED, (_content(0.9),))
    gone = Recheck(_capture(b"<html>fine</html>"), "", Screen(ScreenMode.JUDGED, ()))
    down = Recheck(_capture(), "fetch failed: timeout")
    again = Recheck(_capture(b"<html>again</html>"), "", alerting)
    cases = [(gone, False), (down, False), (again, True)]
    for recheck, confirmed in cases:
        result = judge.judge(profile, Evidence(_capture(), screen=alerting, recheck=recheck))
        assert result.verdict.status is Status.DEFACED
        assert result.confirmed is confirmed
        assert (result.capture is recheck.capture) is confirmed  # the re-fetch is the evidence kept
    unreachable = Evidence(_capture(), unavailable="fetch failed: dns", recheck=down)
    assert judge.judge(profile, unreachable).confirmed  # still unreachable: confirmed


def test_other_views_carry_over_to_the_recheck(judge: Judge) -> None:
    cloaked = Finding("cloaking", 0.9, "search crawlers see another page", content=True)
    plain = Recheck(_capture(b"<html>normal</html>"), "", Screen(ScreenMode.JUDGED, ()))
    ev = Evidence(_capture(), screen=Screen(ScreenMode.JUDGED, ()), views=(cloaked,), recheck=plain)
    result = judge.judge(_learned_profile(), ev)
    assert result.verdict.status is Status.DEFACED and result.confirmed


def test_a_run_of_redesign_checks_is_accepted_and_content_evidence_never_is(judge: Judge) -> None:
    profile = _learned_profile()
    redesign = judge.judge(profile, EVIDENCE["redesign"])
    assert redesign.verdict.status is Status.SUSPICIOUS
    assert redesign.change.accept is not None and redesign.change.consecutive_suspicious == 0
    weak = Screen(ScreenMode.JUDGED, (_content(0.45),))
    hacked = Evidence(_capture(), screen=weak, consecutive_suspicious=9)
    result = judge.judge(profile, hacked)
    assert result.change.accept is None and result.change.learn is None


def test_clean_captures_are_learned_and_plain_changes_mostly_not(judge: Judge) -> None:
    profile = _learned_profile()
    clean = judge.judge(profile, Evidence(_capture(), screen=Screen(ScreenMode.JUDGED, ())))
    assert clean.verdict.status is Status.CLEAN and clean.change.learn is not None
    assert judge.judge(profile, EVIDENCE["cleared"]).change.learn is None
    sampled = Evidence(_capture(), cleared="plain text run", learn_cleared=True)
    assert judge.judge(profile, sampled).change.learn is not None


async def test_one_check_calls_the_judge_once_and_screens_each_page_once() -> None:
    site = Site()
    services, archive, _ = make_services(site)
    target = await archive.add_target(Target(url=URL))
    pipeline = Pipeline()
    for _ in range(services.engine.learn_captures):
        await pipeline.run(target, services)
    judged: list[Evidence] = []
    screened: list[object] = []
    judge_once, screen_once = services.judge.judge, services.engine.screen

    def counting_judge(profile: Profile | None, ev: Evidence):  # type: ignore[no-untyped-def]
        judged.append(ev)
        return judge_once(profile, ev)

    def counting_screen(*args, **kwargs):  # type: ignore[no-untyped-def]
        screened.append(args[1])
        return screen_once(*args, **kwargs)

    services.judge.judge = counting_judge  # type: ignore[method-assign]
    services.engine.screen = counting_screen  # type: ignore[method-assign]
    site.extra = INJECTED
    ctx = await pipeline.run(target, services)  # defaced, confirmed by a re-fetch
    assert ctx.verdict is not None and ctx.verdict.status is Status.DEFACED and ctx.confirmed
    assert len(judged) == 1
    assert len(screened) == 2 and screened[0] is not screened[1]  # the capture, then the re-fetch


def _half_template_site(state: dict[str, bool]):  # type: ignore[no-untyped-def]
    """A page with ten stable template classes; ``state['redesigned']`` drops five of them."""

    def serve(request: object) -> tuple[int, bytes]:
        kept = 5 if state["redesigned"] else 10
        blocks = "".join(f'<div class="part{i}"><p>Section {i} of the news</p></div>' for i in range(kept))
        return 200, f"<html><head><title>Town</title></head><body>{blocks}</body></html>".encode()

    return serve


@pytest.mark.parametrize(("sensitivity", "breaks"), [(None, False), (0.2, False), (1.0, True)])
async def test_a_targets_own_sensitivity_reaches_its_detectors(
    sensitivity: float | None, breaks: bool
) -> None:
    from tamperwatch.capture.function_fetcher import FunctionFetcher

    state = {"redesigned": False}
    services, archive, _ = make_services(Site())
    services.fetcher = FunctionFetcher(_half_template_site(state))
    target = await archive.add_target(Target(url=URL, sensitivity=sensitivity))
    pipeline = Pipeline()
    for _ in range(services.engine.learn_captures):
        await pipeline.run(target, services)
    state["redesigned"] = True  # half the stable template is gone: a template break only at 1.0
    ctx = await pipeline.run(target, services)
    assert ctx.verdict is not None
    assert any(f.detector == "template_break" for f in ctx.verdict.findings) is breaks, ctx.verdict
    assert (ctx.verdict.status is Status.CLEAN) is not breaks
    assert services.engine_for(target) is services.engine_for(target)  # built once per value

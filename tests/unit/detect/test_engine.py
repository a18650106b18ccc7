from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.engine import DetectionEngine, auto_accept_candidate
from tamperwatch.detect.page import Page
from tamperwatch.detect.profile import Profile
from tamperwatch.models import Finding, Status
from tamperwatch.settings import Settings

from .synthetic import capture, defacement_page, news_page, redesign_page

SPAM = (
    '<div style="display:none">'
    + " ".join(f'<a href="https://slot-bonus-{i % 9}.example/">slot gacor {i}</a>' for i in range(30))
    + "</div>"
)


def engine() -> DetectionEngine:
    return DetectionEngine.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]


def learned_profile(eng: DetectionEngine) -> Profile:
    profile = Profile()
    for day in range(eng.learn_captures):
        eng.learn(profile, capture(news_page(day)))
    return profile


def test_learning_until_enough_captures_then_clean_on_ordinary_updates() -> None:
    eng = engine()
    profile = Profile()
    assert eng.evaluate(profile, capture(news_page(0))).status is Status.LEARNING
    profile = learned_profile(eng)
    verdict = eng.evaluate(profile, capture(news_page(8)))
    assert verdict.status is Status.CLEAN


def test_defacement_is_defaced_with_readable_reasons() -> None:
    eng = engine()
    verdict = eng.evaluate(learned_profile(eng), capture(defacement_page()))
    assert verdict.status is Status.DEFACED
    assert any("Hacked by Shadow Crew" in r for r in verdict.reasons)


def test_seo_spam_block_is_defaced() -> None:
    eng = engine()
    verdict = eng.evaluate(learned_profile(eng), capture(news_page(5, footer_extra=SPAM)))
    assert verdict.status is Status.DEFACED
    assert any("hidden block" in r and "footer" in r for r in verdict.reasons)


def test_redesign_is_suspicious_and_accept_makes_it_the_baseline_with_undo() -> None:
    eng = engine()
    profile = learned_profile(eng)
    verdict = eng.evaluate(profile, capture(redesign_page(1)))
    assert verdict.status is Status.SUSPICIOUS and auto_accept_candidate(verdict)
    previous = eng.accept(profile, capture(redesign_page(1)))
    assert eng.evaluate(profile, capture(redesign_page(2))).status is Status.CLEAN
    restored = Profile.loads(previous)
    assert eng.evaluate(restored, capture(redesign_page(2))).status is Status.SUSPICIOUS


def test_profile_round_trips_and_stays_small() -> None:
    eng = engine()
    profile = learned_profile(eng)
    for day in range(3, 20):
        eng.learn(profile, capture(news_page(day)))
    data = profile.dumps()
    assert len(data) < 8 * 1024
    again = Profile.loads(data)
    assert again.learned == profile.learned and again.parts == profile.parts


def test_worst_case_profile_stays_within_64_kib() -> None:
    eng = engine()
    profile = Profile()
    for day in range(12):
        noise = "".join(
            f'<div class="k{day}x{i}"><a href="https://d{day}-{i}.example{i}.com/">hacked {day} {i}</a>'
            f'<script src="https://s{day}-{i}.cdn{i}.net/x.js"></script></div>'
            for i in range(1500)
        )
        eng.accept(profile, capture(news_page(day, body_extra=noise)))
    assert len(profile.dumps()) <= 64 * 1024


class _Recorder:
    name: ClassVar[str] = "recorder"
    escalation_only: ClassVar[bool] = True

    def __init__(self) -> None:
        self.calls = 0

    def learn(self, part: ProfilePart, page: Page) -> None:
        return None

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        self.calls += 1
        return []


class _Exploding:
    name: ClassVar[str] = "exploding"

    def learn(self, part: ProfilePart, page: Page) -> None:
        raise RuntimeError("bug")

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        raise RuntimeError("bug")


def test_escalation_only_detectors_run_only_after_a_finding_or_on_cold_start() -> None:
    base = engine()
    recorder = _Recorder()
    eng = DetectionEngine([*base.detectors, recorder], learn_captures=3)  # type: ignore[list-item]
    profile = learned_profile(eng)
    eng.evaluate(profile, capture(news_page(9)))
    assert recorder.calls == 0
    eng.evaluate(profile, capture(news_page(9, footer_extra=SPAM)))
    assert recorder.calls == 1
    eng.classify(capture(news_page(9)))
    assert recorder.calls == 2


def test_a_failing_detector_does_not_stop_the_check() -> None:
    base = engine()
    eng = DetectionEngine([_Exploding(), *base.detectors], learn_captures=1)  # type: ignore[list-item]
    profile = Profile()
    eng.learn(profile, capture(news_page(0)))
    assert eng.evaluate(profile, capture(defacement_page())).status is Status.DEFACED


def test_ignore_selectors_hide_a_volatile_region() -> None:
    eng = engine()
    profile = learned_profile(eng)
    ticker = '<div class="ticker"><h1>Hacked by the market: stocks fall</h1></div>'
    assert eng.evaluate(profile, capture(news_page(9, top=ticker))).status is Status.DEFACED
    verdict = eng.evaluate(profile, capture(news_page(9, top=ticker)), ignore_selectors=(".ticker",))
    assert verdict.status is Status.CLEAN


def test_classify_without_history_judges_the_page_itself() -> None:
    eng = engine()
    assert eng.classify(capture(defacement_page())).status is Status.DEFACED
    vendor = '<script src="https://web-widget-cdn.example/jquery.min.js"></script>'
    assert eng.classify(capture(news_page(1, head_extra=vendor))).status is not Status.DEFACED


def test_a_profile_from_an_older_layout_is_relearned_and_corrupt_bytes_are_reported() -> None:
    import json
    import zlib

    import pytest

    from tamperwatch.detect.profile import ProfileError

    old = zlib.compress(json.dumps({"v": 1, "learned": 9, "parts": {"baseline_change": {}}}).encode())
    assert Profile.loads(old).learned == 0
    with pytest.raises(ProfileError, match="corrupt"):
        Profile.loads(b"not a profile")


def test_known_good_history_passed_as_trusted_teaches_origins_online_learning_does_not() -> None:
    eng = engine()
    vendor = '<script src="https://tag-loader-cdn.example/track.js"></script>'
    online = learned_profile(eng)
    eng.learn(online, capture(news_page(4, head_extra=vendor)))
    assert eng.evaluate(online, capture(news_page(5, head_extra=vendor))).status is Status.DEFACED
    history = learned_profile(eng)
    eng.learn(history, capture(news_page(4, head_extra=vendor)), trusted=True)
    assert eng.evaluate(history, capture(news_page(5, head_extra=vendor))).status is Status.CLEAN

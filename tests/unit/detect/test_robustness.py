"""The engine never raises on malformed or adversarial pages (property-based)."""

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.profile import Profile
from tamperwatch.models import Status
from tamperwatch.settings import Settings

from .synthetic import capture, news_page

TAGS = ["div", "a", "script", "iframe", "style", "noscript", "h1", "title", "meta", "marquee", "form", "p"]
fragment = st.one_of(
    st.text(max_size=200),
    st.builds(
        lambda t, a, v: f'<{t} {a}="{v}">',
        st.sampled_from(TAGS),
        st.sampled_from(["style", "class", "href", "src", "http-equiv", "content", "hidden", "width"]),
        st.text(max_size=80),
    ),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
    st.just('<meta http-equiv="refresh" content="0;url=//[::1">'),
    st.just("<script>location.href='https://\\x00';</script>"),
)


@functools.cache
def _learned() -> tuple[DetectionEngine, bytes]:
    eng = DetectionEngine.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    profile = Profile()
    for day in range(eng.learn_captures):
        eng.learn(profile, capture(news_page(day)))
    return eng, profile.dumps()


def _engine_and_profile() -> tuple[DetectionEngine, Profile]:
    eng, data = _learned()
    return eng, Profile.loads(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(fragment, max_size=40))
def test_random_markup_never_raises(parts: list[str]) -> None:
    eng, profile = _engine_and_profile()
    html = "".join(parts)
    verdict = eng.evaluate(profile, capture(html))
    assert verdict.status in (Status.CLEAN, Status.SUSPICIOUS, Status.DEFACED)
    eng.learn(profile, capture(html))
    eng.accept(profile, capture(html))
    eng.classify(capture(html))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_broken_encodings_never_raise(body: bytes) -> None:
    eng, profile = _engine_and_profile()
    raw = capture("")
    for content_type in ("text/html; charset=utf-16", "text/html; charset=bogus", "text/html"):
        cap = type(raw)(
            url=raw.url, fetched_at=raw.fetched_at, body=body, headers=(("content-type", content_type),)
        )
        assert 0.0 <= eng.evaluate(profile, cap).score <= 1.0


def test_deep_nesting_and_huge_attributes_do_not_raise() -> None:
    eng, profile = _engine_and_profile()
    deep = "<div>" * 5000 + "Hacked by deep" + "</div>" * 5000
    long_host = "a" * 100000
    huge = (
        f'<div class="{"x" * 2_000_000}" style="display:none"><a href="https://{long_host}.com">l</a></div>'
    )
    for html in (deep, huge, "<html>" + "<a href='//x.com'>" * 5000):
        verdict = eng.evaluate(profile, capture(html))
        assert 0.0 <= verdict.score <= 1.0


def test_a_32_mib_page_is_analysed_up_to_the_character_limit_without_raising() -> None:
    eng, profile = _engine_and_profile()
    filler = "<p>ordinary paragraph text for a very long page</p>" * (32 * 1024 * 1024 // 52)
    verdict = eng.evaluate(profile, capture(news_page(3, body_extra=filler)))
    assert verdict.status in (Status.CLEAN, Status.SUSPICIOUS, Status.DEFACED)

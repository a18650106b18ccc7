"""Targets files are checked whole before anything is stored: lists must be lists, selectors must
parse, intervals must lie within the bounds, URLs are normalised; every error names its line."""

from __future__ import annotations

import pytest

from tamperwatch.models import Target
from tamperwatch.target_file import TargetFileError, TargetLimits, check_interval, parse_targets

LIMITS = TargetLimits(min_interval_s=10, max_interval_s=7 * 86400, max_url_length=2048)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("targets:\n  - url: https://a.example/\n    tags: portal\n", "line 3: 'tags' must be a list"),
        ("- url: https://a.example/\n  owner: x\n  ignore: .ticker\n", "line 3: 'ignore' must be a list"),
        ("- https://a.example/\n- url: https://b.example/\n  headers: [a, b]\n", "line 3: 'headers' must be"),
        ("- url: https://a.example/\n  ignore: ['div[[']\n", "line 2: ignore: 'div[[' is not a valid CSS"),
        ("- url: https://a.example/\n  interval: 0.001s\n", "line 2: interval '0.001s' is shorter than 10s"),
        (
            "- url: https://a.example/\n  interval: 1000000d\n",
            "line 2: interval '1000000d' is longer than 7d",
        ),
        ("- url: https://a.example/\n  render: sometimes\n", "line 2: render: 'sometimes' is not one of"),
        ("- url: https://a.example/\n  sensitivity: 7\n", "line 2: sensitivity: 7 is not between 0 and 1"),
        (
            "- url: https://a.example/\n- url: https://u:p@b.example/\n",
            "line 2: URL 'https://u:p@b.example/'",
        ),
        ("- url: https://a.example/\n  colour: red\n", "line 2: unknown key(s) colour"),
        ("https://a.example/\nhttps://b.example:70000/\n", "line 2: URL 'https://b.example:70000/'"),
    ],
)
def test_mistakes_are_refused_with_their_line(text: str, message: str) -> None:
    with pytest.raises(TargetFileError) as refused:
        parse_targets(text, 300, LIMITS)
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)


def test_urls_are_normalised_and_lists_read_as_lists() -> None:
    text = "targets:\n  - url: HTTPS://Bücher.Example:443/news#top\n"
    text += "    tags: [portal]\n    ignore: ['.ticker']\n"
    (target,) = parse_targets(text, 300, LIMITS)
    assert target.url == "https://xn--bcher-kva.example/news"
    assert target.tags == ("portal",) and target.ignore_selectors == (".ticker",)


def test_intervals_follow_the_configured_bounds() -> None:
    tight = TargetLimits(min_interval_s=60, max_interval_s=3600, max_url_length=2048)
    assert check_interval("1m", tight) == 60
    with pytest.raises(ValueError, match="shorter than 1m"):
        check_interval("30s", tight)
    with pytest.raises(ValueError, match="longer than 1h"):
        check_interval("2h", tight)
    with pytest.raises(TargetFileError, match="line 2: interval"):
        parse_targets("- url: https://a.example/\n  interval: 30s\n", 300, tight)


def test_a_target_never_takes_a_string_for_a_tuple() -> None:
    with pytest.raises(TypeError, match="tags"):
        Target(url="https://a.example/", tags="portal")  # type: ignore[arg-type]

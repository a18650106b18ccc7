"""Targets files: URL lists and YAML with per-target options, with clear errors."""

from __future__ import annotations

import pytest

from tamperwatch.cli.common import parse_duration
from tamperwatch.models import RenderPolicy
from tamperwatch.target_file import TargetFileError, parse_targets


def test_plain_url_list_skips_blanks_and_comments() -> None:
    targets = parse_targets("# portals\nhttps://a.example/\n\nhttp://b.example/x\n", 300)
    assert [t.url for t in targets] == ["https://a.example/", "http://b.example/x"]
    assert all(t.interval_s == 300 for t in targets)


def test_yaml_with_options() -> None:
    text = """targets:
  - url: https://a.example/
    interval: 90s
    tags: [gov, portal]
    render: periodic
    headers: {Accept-Language: en}
    ignore: [".ticker"]
  - https://b.example/
"""
    a, b = parse_targets(text, 300)
    assert a.interval_s == 90 and a.tags == ("gov", "portal") and a.render_policy is RenderPolicy.PERIODIC
    assert a.headers == (("Accept-Language", "en"),) and a.ignore_selectors == (".ticker",)
    assert b.url == "https://b.example/" and b.interval_s == 300


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- url: ftp://a.example/\n", "not an http"),
        ("- url: https://a.example/\n  colour: red\n", "unknown key"),
        ("- url: https://a.example/\n  interval: soon\n", "not a duration"),
        ("- interval: 5m\n", "missing 'url'"),
        ("just: [a mapping\n", "neither a URL list nor valid YAML"),
    ],
)
def test_bad_entries_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(TargetFileError, match=message):
        parse_targets(text, 300)


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90), ("90s", 90), ("5m", 300), ("1h", 3600), ("250ms", 0.25)]
)
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


def test_zero_duration_is_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        parse_duration("0s")

"""Generated text: sentences a style rule writes onto the page with ``content``."""

# ruff: noqa: E501, RUF001  (style rules written as pages serve them: long lines, Chinese punctuation)

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.generated_text import GeneratedTextDetector, _without_comments, generated_texts
from tamperwatch.detect.profile import Profile
from tamperwatch.settings import Settings

from .synthetic import capture, news_page, page


def _style(rule: str) -> str:
    return f"<style>{rule}</style>"


@pytest.mark.parametrize(
    "rule",
    [
        'body::before{content:"Lumen Otter dropped by tonight, write to lumen.otter@proton.example";display:block}',
        "header:after { content: 'Diese Startseite spricht heute für uns, nicht für euch' }",
        'main::before{content:"\\8FD9\\4E2A\\7F51\\7AD9\\4ECA\\665A\\7531\\6211\\4EEC\\4EE3\\4E3A\\53D1\\8A00\\FF0C\\660E\\5929\\89C1"}',
        '.x::after{content:"这个网站今晚由我们代为发言，明天再见"}',
    ],
)
def test_a_new_sentence_written_over_the_page_or_signed_or_in_another_script_is_decisive(rule: str) -> None:
    before = page(news_page(1))
    now = page(news_page(1, head_extra=_style(rule)))
    [finding] = GeneratedTextDetector().compare({}, now, before)
    assert finding.score >= 0.5
    assert "style rule" in finding.reason


@pytest.mark.parametrize(
    "rule",
    [
        '.icon::before{content:"\\f101"}',
        '.ad::before{content:"Anzeige"}',
        'q::before{content:"\\201C"} q::after{content:"\\201D"}',
        '.more::after{content:" Read more"}',
        '.crumbs li+li::before{content:" / "}',
        '.blob::before{content:"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3"}',
    ],
)
def test_icons_quotes_labels_and_codes_are_no_sentence(rule: str) -> None:
    assert generated_texts(page(news_page(1, head_extra=_style(rule)))) == {}


def test_a_table_cells_label_is_at_most_suspicious_and_tricks_of_writing_are_read() -> None:
    """A responsive table labels its cells with ``content``: a new table is suspicious at most. The
    page-wide message is read however the rule is written: in capitals, split into strings, with
    a comment, after hundreds of styled elements."""
    label = 'td:nth-of-type(3)::before{content:"Number of applications received"}'
    [finding] = GeneratedTextDetector().compare(
        {}, page(news_page(1, head_extra=_style(label))), page(news_page(1))
    )
    assert finding.score < 0.5
    many = '<span style="color:red">x</span>' * 400
    for rule in (
        'BODY::AFTER{CONTENT:"This site was taken over by the silent heron team"}',
        'body::after{content:"This site was " "taken over by " "the silent heron team"}',
        'body::after{/* note */content/**/:"This site was taken over by the silent heron team"}',
    ):
        now = page(news_page(1, body_extra=many + _style(rule)))
        [finding] = GeneratedTextDetector().compare({}, now, page(news_page(1, body_extra=many)))
        assert finding.score >= 0.5, rule


def test_a_sentence_the_previous_capture_already_showed_is_no_finding() -> None:
    rule = _style('.notice::before{content:"Our offices are closed between the holidays, back on Monday"}')
    before = page(news_page(1, head_extra=rule))
    assert GeneratedTextDetector().compare({}, page(news_page(2, head_extra=rule)), before) == []


def test_the_engine_flags_a_generated_sentence_after_learning_a_history() -> None:
    engine = DetectionEngine.from_settings(Settings())
    profile = Profile()
    previous = None
    for day in range(4):
        previous = engine.page(capture(news_page(day)))
        engine.learn(profile, previous, trusted=True)
    rule = _style('body::before{content:"Lumen Otter was here tonight, this page speaks for us now"}')
    screen = engine.screen(profile, capture(news_page(4, head_extra=rule)), previous=previous)
    assert engine.verdict(screen).defaced


@pytest.mark.parametrize("blank", ["\xa0", "\u3000", "\x0b", "\u2028", " /* note */ "])
def test_a_declaration_with_any_blank_or_comment_before_its_colon_is_read(blank: str) -> None:
    sheet = f'<style>body::before{{content{blank}:"The whole staff of this portal has been replaced today"}}</style>'
    assert generated_texts(page(news_page(0, head_extra=sheet))) == {
        "The whole staff of this portal has been replaced today": True
    }


_SHEET_PIECES = ["/*", "*/", "a", " ", "*", "/", "content:'x'", "\n"]


@given(st.lists(st.sampled_from(_SHEET_PIECES), max_size=60))
def test_comments_are_dropped_as_the_regular_expression_dropped_them(pieces: list[str]) -> None:
    sheet = "".join(pieces)
    assert _without_comments(sheet) == re.sub(r"/\*.*?\*/", " ", sheet, flags=re.DOTALL)

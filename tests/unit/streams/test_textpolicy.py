"""Text policy: new text is text in no approved content; OCR misreads of approved text are not."""

from __future__ import annotations

import pytest

from tamperwatch.ocr import TextLine
from tamperwatch.streams.textpolicy import TextPolicy, units

APPROVED = [
    "Enlaces rapidos Internacionales Noticias",
    "科技馆 周二闭馆",
    "Museum of Modern Art opens new wing",
]


def line(text: str, height: int = 30, score: float = 0.95) -> TextLine:
    return TextLine(text, score, (0, 0, 200, height))


@pytest.fixture
def policy() -> TextPolicy:
    p = TextPolicy(blocked=("free tibet",))
    p.approve(line(t) for t in APPROVED)
    return p


def test_units_ignore_spaces_case_and_digits() -> None:
    assert units("Your Screens") == units("yourscreens")
    assert units("12:30:15") == set()
    assert units("分裂势力") == {"分裂", "裂势", "势力"}


@pytest.mark.parametrize("text", ["Your screens belong to us now", "分裂势力自取灭亡", "HACKED BY Anonymous"])
def test_new_slogans_are_flagged(policy: TextPolicy, text: str) -> None:
    assert [f.text for f in policy.check([line(text)], 360)] == [text]


MISREAD = ["Intemacionales", "科技馆 周二闭館", "Museum of Modem Art opens", "Noticias"]


@pytest.mark.parametrize("text", MISREAD)
def test_approved_text_misread_is_not_new(policy: TextPolicy, text: str) -> None:
    assert policy.check([line(text)], 360) == []


def test_small_or_unsure_text_is_not_evidence(policy: TextPolicy) -> None:
    assert policy.check([line("Your screens belong to us now", height=5)], 360) == []
    assert policy.check([line("Your screens belong to us now", score=0.5)], 360) == []


def test_blocked_phrase_is_flagged_whatever_its_spacing(policy: TextPolicy) -> None:
    found = policy.check([line("FREE-TIBET!", height=5)], 360)
    assert found and found[0].blocked == "free tibet"
    assert "blocked phrase" in found[0].reason()

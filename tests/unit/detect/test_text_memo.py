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


def test_heavy_answers_are_given_but_not_kept() -> None:
    calls: list[str] = []
    memo = TextMemo(lambda text: calls.append(text) or text * 3, size=8, weigh=len, max_weight=10)
    assert memo("ab") == "ababab"
    assert memo("abcdef") == "abcdef" * 3
    memo("ab"), memo("abcdef")
    assert calls == ["ab", "abcdef", "abcdef"]
    assert len(memo) == 1


def test_a_script_quoting_a_huge_address_is_read_but_not_kept() -> None:
    host = "a" * 60_000
    code = f'import("//{host}1.com/m.js");'
    assert read_script(code).loads  # read as before
    page = LexborHTMLParser(f"<script>{code}</script>")
    before = len(_scripts_memo())
    inline_loads(page)
    assert len(_scripts_memo()) == before


def _scripts_memo() -> TextMemo[object]:
    from tamperwatch.detect import inline_loads as module

    return module._SCRIPTS_READ  # type: ignore[return-value]

import pytest

from tamperwatch.detect.headline_slots import mismatched_link_texts
from tamperwatch.detect.language import guess_language, script_of
from tamperwatch.detect.origins import host_of, registrable_domain

from .synthetic import page


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The council said that it will vote on the plan", "en"),
        ("Der Rat sagt, dass die Stadt nicht mit dem Plan einverstanden ist", "de"),
        ("Сайт взломан", "cyrillic"),
        ("تم اختراق الموقع", "arabic"),
        ("本站已被黑客入侵", "cjk"),
        ("", ""),
    ],
)
def test_language_guess(text: str, lang: str) -> None:
    assert guess_language(text) == lang


def test_an_unsure_latin_guess_is_empty_rather_than_wrong() -> None:
    assert guess_language("Governments lie, hackers reveal", min_hits=2) == ""
    assert script_of("12345 !!!") == ""


def test_link_text_that_shares_no_word_with_its_slug_is_a_swapped_headline() -> None:
    html = (
        '<a href="/politik/kanzler-besucht-paris-heute-123.html">Kanzler besucht Paris heute</a>'
        '<a href="/politik/minister-tritt-zurueck-456.html">Free the world, hackers rule</a>'
    )
    texts = {"Kanzler besucht Paris heute", "Free the world, hackers rule"}
    assert mismatched_link_texts(page(html), texts) == {"Free the world, hackers rule"}


@pytest.mark.parametrize(
    "host, domain",
    [("cdn.example.com", "example.com"), ("a.b.example.co.uk", "example.co.uk"), ("localhost", "localhost")],
)
def test_registrable_domain(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


@pytest.mark.parametrize(
    "ref, host",
    [
        ("https://Evil.example/x", "evil.example"),
        ("//cdn.example/x.js", "cdn.example"),
        ("\\\\evil.example/x", "evil.example"),
        ("/local/path", "news.example.org"),
        ("javascript:void(0)", ""),
        ("#top", ""),
    ],
)
def test_host_of_resolves_like_a_browser(ref: str, host: str) -> None:
    assert host_of(ref, "https://news.example.org/index.html") == host

import pytest

from tamperwatch.detect.headline_slots import keep_stable, label_slots, mismatched_link_texts, replaced_labels
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


def _sections(*headings: str) -> str:
    return "".join(f'<h2 class="section">{h}</h2>' for h in headings) + "<h3>Weather stays mild all week</h3>"


def test_a_label_slot_overwritten_by_a_sentence_is_reported_with_the_label_it_replaced() -> None:
    learned = label_slots(page(_sections("Politics", "Sport")))
    assert len(learned) == 2  # the long h3 is not a label
    replaced = replaced_labels(page(_sections("Politics", "Governments lie, hackers reveal")), learned)
    assert list(replaced) == ["Governments lie, hackers reveal"]


@pytest.mark.parametrize(
    "now",
    [
        _sections("Politics", "Culture"),  # a label renamed to another label
        _sections("Sport", "Stop the war today"),  # 'Sport' moved up: still on the page
        _sections("Politics"),  # a slot removed
        _sections("Politics", "Sport results of the weekend"),  # the label grew into a sentence
    ],
)
def test_label_changes_that_are_not_an_overwrite_are_not_reported(now: str) -> None:
    assert replaced_labels(page(now), label_slots(page(_sections("Politics", "Sport")))) == {}


def test_only_labels_that_every_known_good_capture_shows_are_kept() -> None:
    learned = label_slots(page(_sections("Politics", "Sport")))
    assert len(keep_stable(learned, page(_sections("Politics", "Live")))) == 1


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

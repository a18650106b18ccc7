"""The screenshot's OCR text against the captures' text: found despite OCR's slips, novel text named."""

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.ocr import TextLine
from tamperwatch.verify.evidence import ArchivedCapture
from tamperwatch.verify.text import CaptureText, fold, lines_of, novel, support

HTML = """<html><head><title>Courier</title><style>.x{color:red}</style></head><body>
<h1>Stadtrat beschließt neuen Haushalt für 2025</h1>
<p>Die Sitzung dauerte bis spät in die Nacht, berichtet unsere Redaktion.</p>
<img alt="Foto vom Rathausplatz"><script>var hidden = "never shown to readers";</script>
</body></html>"""


def _capture(html: str = HTML) -> ArchivedCapture:
    return ArchivedCapture("https://example.org/", datetime(2025, 1, 1, tzinfo=UTC), html.encode(), "memory")


def _lines(*texts: str) -> list[TextLine]:
    return [TextLine(t, 0.9, (0, 20 * i, 100, 18)) for i, t in enumerate(texts)]


def test_fold_drops_case_accents_spaces_and_punctuation() -> None:
    assert fold("Straße für ALLE, 2025!") == "strassefuralle2025"


def test_lines_ocr_merged_and_misread_are_still_found_in_the_capture() -> None:
    text = CaptureText(_capture())
    lines = lines_of(_lines("StadtratbeschlieBtneuen Haushalt fur 2025", "Foto vom Rathausplatz"))
    assert [text.holds(x) for x in lines] == [True, True]
    assert support(lines, text) == 1.0


def test_text_typed_into_the_page_is_novel_even_when_its_words_occur_on_the_page() -> None:
    text = CaptureText(_capture())
    # every word of this line is on the page, but not in this order
    lines = lines_of(_lines("Die Nacht beschließt unsere Sitzung", "Free Palestine stop the war"))
    assert [x.text for x in novel(lines, [text])] == [x.text for x in lines]


def test_script_text_is_not_visible_text_and_short_or_numeric_lines_are_not_compared() -> None:
    text = CaptureText(_capture())
    assert not text.holds(lines_of(_lines("never shown to readers"))[0])
    assert lines_of(_lines("9:41", "Menu", "12345678901")) == []


def test_noscript_content_and_the_title_of_an_image_without_alt_count_as_visible() -> None:
    # JavaScript is off in the renders: <noscript> shows, and a broken image without alt shows its title
    html = (
        "<html><body><p>Intro</p><noscript><img src='x.jpg' title='Harbour bridge at night - Photo Agency'>"
        "<p>Please enable scripts to read the comments</p></noscript></body></html>"
    )
    text = CaptureText(_capture(html))
    lines = lines_of(_lines("Harbour bridge at night - Photo Agency", "Please enable scripts to read"))
    assert [text.holds(x) for x in lines] == [True, True]

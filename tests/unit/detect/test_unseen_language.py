"""Unseen language: a sentence in a language the site never used, in the page's own script."""

# ruff: noqa: RUF001  (Turkish dotless i in the test sentences)

from __future__ import annotations

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.profile import Profile
from tamperwatch.detect.unseen_language import UnseenLanguageDetector
from tamperwatch.settings import Settings

from .synthetic import capture, news_page, page

GERMAN = [
    "Stadtrat beschließt den neuen Haushalt nach einer langen Debatte",
    "Verein gewinnt das Derby gegen den Nachbarn in der Nachspielzeit",
    "Neue Buslinie verbindet ab Montag die Altstadt mit dem Bahnhof",
    "Schwimmbad bleibt wegen Sanierung bis zum Frühjahr geschlossen",
    "Polizei sucht Zeugen nach einem Unfall an der großen Kreuzung",
    "Bürgermeisterin eröffnet den Weihnachtsmarkt auf dem Marktplatz",
]
# Sentences written for these tests, in languages a German front page does not use.
TURKISH = "Üç kez yazdık ama kimse cevap vermedi, biz de kendimiz geldik"
POLISH = "Pisaliśmy do was trzy razy i nikt nam nie odpowiedział na listy"


def _german(extra: str = "", title: str = "Stadtanzeiger - Nachrichten aus der Stadt") -> str:
    return news_page(3, headlines=GERMAN, body_extra=extra, title=title).replace('lang="en"', 'lang="de"')


def _paragraph(text: str) -> str:
    return f'<p class="teaser__text"><strong>{text}</strong></p>'


def test_a_sentence_in_a_language_the_site_never_used_is_decisive() -> None:
    before = page(_german())
    for sentence, code in ((TURKISH, "tr"), (POLISH, "pl")):
        [finding] = UnseenLanguageDetector().compare({}, page(_german(_paragraph(sentence))), before)
        assert finding.score >= 0.5
        assert finding.evidence["language"] == code


def test_names_english_and_languages_the_site_used_are_no_evidence() -> None:
    before = page(_german())
    detector = UnseenLanguageDetector()
    for line in (
        "Kommentar von Claudio Catuogno und Giovanni Di Lorenzo aus Rom",  # names carry no language
        "Read the full interview with the new head coach of the club today",  # English is quoted everywhere
    ):
        assert detector.compare({}, page(_german(_paragraph(line))), before) == [], line
    part: dict[str, object] = {}
    detector.learn(
        part, page(_german(_paragraph("Türkçe haberler: belediye meclisi bugün yeni bütçeyi kabul etti")))
    )
    assert "tr" in part["languages"]  # type: ignore[operator]
    assert detector.compare(part, page(_german(_paragraph(TURKISH))), before) == []


def test_a_headline_of_a_new_article_and_a_notice_in_german_too_are_no_evidence() -> None:
    before = page(_german())
    article = f'<h2><a href="/tuerkce/yeni-haber-3.html">{TURKISH}</a></h2>'
    assert UnseenLanguageDetector().compare({}, page(_german(article)), before) == []
    notice = _paragraph("Das Bürgerbüro hat ab Montag auch samstags für alle Anliegen geöffnet") + _paragraph(
        "Vatandaşlık bürosu pazartesiden itibaren cumartesi günleri de açık olacak"
    )
    assert UnseenLanguageDetector().compare({}, page(_german(notice)), before) == []


def test_the_engine_flags_a_sentence_in_an_unseen_language_after_learning_a_history() -> None:
    engine, profile = DetectionEngine.from_settings(Settings()), Profile()
    pages = [engine.page(capture(_german())) for _ in range(4)]
    for known in pages:
        engine.learn(profile, known, trusted=True)
    screen = engine.screen(profile, capture(_german(_paragraph(POLISH))), previous=pages[-1])
    assert engine.verdict(screen).defaced
    assert any(f.detector == "unseen_language" for f in screen.findings)

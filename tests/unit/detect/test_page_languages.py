"""A page identifies each text's language once, and takes the page before's answers as its own."""

from __future__ import annotations

import pytest

from tamperwatch.detect import page as page_module
from tamperwatch.detect.langid import identify

from .synthetic import page

LINE = "Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen"
OTHER = "El gobierno aprobó el miércoles nuevas reglas para la construcción de viviendas"


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def counting(text: str) -> str:
        asked.append(text)
        return identify(text)

    monkeypatch.setattr(page_module, "identify", counting)
    return asked


def test_language_of_is_the_identifiers_answer_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counted(monkeypatch)
    p = page(f"<html><body><p>{LINE}</p></body></html>")
    assert p.language_of(LINE) == identify(LINE) == "de"
    assert p.language_of(LINE) == "de"
    assert asked == [LINE]


def test_a_page_takes_the_languages_the_page_before_identified(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counted(monkeypatch)
    before = page(f"<html><body><p>{LINE}</p></body></html>")
    before.language_of(LINE)
    now = page(f"<html><body><p>{LINE}</p><p>{OTHER}</p></body></html>")
    now.borrow_links(before)
    assert (now.language_of(LINE), now.language_of(OTHER)) == ("de", "es")
    assert asked == [LINE, OTHER]  # the German line was identified once, on the page before


def test_a_page_of_another_address_borrows_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counted(monkeypatch)
    before = page(f"<html><body><p>{LINE}</p></body></html>", url="https://a.example/")
    before.language_of(LINE)
    now = page(f"<html><body><p>{LINE}</p></body></html>", url="https://b.example/")
    now.borrow_links(before)
    now.language_of(LINE)
    assert asked == [LINE, LINE]


def test_the_languages_kept_per_page_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "MAX_LANGUAGES_KEPT", 2)
    p = page("<html><body></body></html>")
    for text in (LINE, OTHER, "The government approved new housing rules on Wednesday in Berlin"):
        p.language_of(text)
    assert len(p.languages) == 2

"""Parked domains: a for-sale page is a lapsed domain, reported as structure, never as a defacement."""

from __future__ import annotations

import pytest

from tamperwatch.detect.classifier.runtime import ContentClassifier
from tamperwatch.detect.content_classifier import ContentClassifierDetector
from tamperwatch.detect.parked import parked_phrase

from .synthetic import news_page, page

PARKED = """<html><head><title>{title}</title><script src="https://parking.example.net/ads.js"></script>
</head><body><div class="box"><h1>{domain}</h1><p>{text}</p><a href="https://broker.example.net/buy">More</a>
</div></body></html>"""


@pytest.mark.parametrize(
    "title, text",
    [
        ("example.org", "Buy this domain."),
        ("example.org - This website is for sale!", "Resources and information."),
        ("example.org", "Diese Domain steht zum Verkauf"),
        ("example.org", "Este dominio está en venta"),
        ("example.org", "Ce domaine est à vendre"),
        ("example.org", "Домен продается"),
    ],
)
def test_for_sale_pages_in_several_languages_are_parked(title: str, text: str) -> None:
    assert parked_phrase(page(PARKED.format(title=title, domain="example.org", text=text)))


def test_a_news_site_is_not_parked_even_when_an_article_mentions_a_domain_sale() -> None:
    story = " ".join(["The council said the city will vote on the plan next week."] * 60)
    html = news_page(2, body_extra=f"<p>Buy this domain, said the broker.</p><p>{story}</p>")
    assert parked_phrase(page(html)) == ""
    assert parked_phrase(page(news_page(3))) == ""


def test_classifier_reports_a_parked_page_as_structure_not_content() -> None:
    detector = ContentClassifierDetector(ContentClassifier.load(), threshold=0.0)
    parked = page(PARKED.format(title="example.org", domain="example.org", text="Buy this domain."))
    [finding] = detector.detect({}, parked)
    assert not finding.content
    assert "parked domain ('Buy this domain')" in finding.reason


def test_a_defacement_page_stays_content_evidence() -> None:
    detector = ContentClassifierDetector(ContentClassifier.load(), threshold=0.0)
    defaced = page(
        PARKED.format(title="Hacked by Zer0 Crew", domain="HACKED BY ZER0 CREW", text="greetz to all")
    )
    [finding] = detector.detect({}, defaced)
    assert finding.content

"""Cloaking comparator: what only crawlers or search-referred visitors get is reported; noise is not."""

import pytest

from tamperwatch.detect.cloaking import CloakingComparator
from tamperwatch.detect.verdict import combine
from tamperwatch.models import Status

from .synthetic import SITE, news_page, page

CRAWLERS = "search crawlers (Googlebot)"


def spam_links(links: int = 48, domains: int = 19, style: str = "") -> str:
    anchors = " ".join(
        f'<a href="https://slot-gacor-{i % domains}.example/p{i}">judi slot online casino {i}</a>'
        for i in range(links)
    )
    return f"<div class=\"partners\" {style}>{anchors}</div>"


@pytest.fixture(scope="module")
def comparator() -> CloakingComparator:
    return CloakingComparator()


def test_visible_spam_links_served_only_to_crawlers_are_reported(comparator: CloakingComparator) -> None:
    normal = page(news_page(1))
    crawler = page(news_page(1, footer_extra=spam_links()))
    finding = comparator.compare(normal, crawler, CRAWLERS)
    assert finding is not None and finding.content and finding.score >= 0.5
    assert finding.reason.startswith("search crawlers (Googlebot) are served 48 links to 19 domains")
    assert "that visitors do not see" in finding.reason
    assert combine([finding]).status is Status.DEFACED


def test_hidden_spam_block_for_crawlers_names_how_it_is_hidden(comparator: CloakingComparator) -> None:
    normal = page(news_page(1))
    crawler = page(news_page(1, footer_extra=spam_links(style='style="display:none"')))
    finding = comparator.compare(normal, crawler, CRAWLERS)
    assert finding is not None
    assert "hidden block (display:none)" in finding.reason


def test_spam_wording_served_only_to_crawlers_is_reported(comparator: CloakingComparator) -> None:
    lines = "".join(f"<p>Daftar judi slot gacor maxwin hari ini nomor {i}</p>" for i in range(6))
    finding = comparator.compare(page(news_page(2)), page(news_page(2, body_extra=lines)), CRAWLERS)
    assert finding is not None
    assert "lines of spam wording that visitors do not see" in finding.reason


def test_redirect_to_another_domain_only_for_search_visitors_is_reported(
    comparator: CloakingComparator,
) -> None:
    normal = page(news_page(3))
    landed = page(
        "<html><body>win big</body></html>",
        final_url="https://bet-winner.example/landing",
        chain=(SITE, "https://bet-winner.example/landing"),
    )
    finding = comparator.compare(normal, landed, "a visitor arriving from a search engine")
    assert finding is not None and finding.score >= 0.5
    view_and_what = "a visitor arriving from a search engine is served a redirect to another domain"
    assert finding.reason.startswith(view_and_what)
    assert "bet-winner.example" in finding.reason


def test_javascript_redirect_only_in_the_variant_is_reported(comparator: CloakingComparator) -> None:
    script = '<script>window.location.href="https://pharma-shop.example/buy";</script>'
    finding = comparator.compare(page(news_page(3)), page(news_page(3, head_extra=script)), "visitor")
    assert finding is not None
    assert "pharma-shop.example" in finding.reason


@pytest.mark.parametrize(
    "variant",
    [
        news_page(5),  # rotating headlines: the next fetch has other stories
        news_page(4, top='<div class="ab-test variant-b"><span>Try our new layout</span></div>'),
        news_page(4, footer_extra="<p>Page generated at 2025-01-01 12:00:07 in 0.031 s</p>"),
        news_page(4, head_extra='<script src="https://cdn.optimizely.com/js/123.js" async></script>'),
        news_page(4, headlines=["Hackers stole data from a hospital, police say"] * 3),
    ],
    ids=["rotating-news", "ab-markup", "timestamp", "new-vendor-tag", "news-about-hackers"],
)
def test_ordinary_differences_between_two_fetches_are_not_cloaking(
    comparator: CloakingComparator, variant: str
) -> None:
    assert comparator.compare(page(news_page(4)), page(variant), CRAWLERS) is None


def test_the_same_page_twice_is_not_cloaking(comparator: CloakingComparator) -> None:
    assert comparator.compare(page(news_page(1)), page(news_page(1)), CRAWLERS) is None


def test_hostile_variant_never_raises(comparator: CloakingComparator) -> None:
    hostile = "<div>" * 5000 + "<a href='http://[::1'>x</a>" + "\x00\ufffd" * 100
    assert comparator.compare(page(news_page(1)), page(hostile), CRAWLERS) is None

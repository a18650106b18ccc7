"""Link influx: links to many never-seen domains at once, whatever hides them (or nothing)."""

from __future__ import annotations

import pytest

from tamperwatch.detect.link_influx import LinkInfluxDetector

from .synthetic import news_page, page


def links(n: int, prefix: str = "new-", wrapper: str = "div") -> str:
    anchors = "".join(f'<a href="https://www.{prefix}site{i}.net/p">offer {i}</a> ' for i in range(n))
    return f"<{wrapper}>{anchors}</{wrapper.split()[0]}>"


def learned(det: LinkInfluxDetector, extra_per_capture: int = 0) -> dict[str, object]:
    part: dict[str, object] = {}
    for day in range(4):
        det.learn(part, page(news_page(day, footer_extra=links(extra_per_capture, prefix=f"d{day}-"))))
    return part


@pytest.mark.parametrize(
    "wrapper",
    [
        "div",  # visible
        "details",  # closed: hidden without any style
        'div class="x9"',  # hidden by a rule of a style sheet the check never reads
        'div style="color:transparent"',
    ],
)
def test_many_links_to_never_seen_domains_at_once_are_found_however_they_hide(wrapper: str) -> None:
    det = LinkInfluxDetector()
    part = learned(det)
    [finding] = det.detect(part, page(news_page(9, footer_extra=links(7, wrapper=wrapper))))
    assert finding.content and finding.score >= 0.5
    assert "a block of links to 7 domains the site never linked to" in finding.reason


def test_a_publish_that_links_a_few_new_sources_is_ordinary() -> None:
    det = LinkInfluxDetector()
    assert det.detect(learned(det), page(news_page(9, body_extra=links(3)))) == []


def test_a_site_that_often_links_many_new_domains_needs_far_more_before_it_counts() -> None:
    det = LinkInfluxDetector()
    part = learned(det, extra_per_capture=6)  # an aggregator: six new outbound domains a day
    assert part["max_new"] == 6
    assert det.detect(part, page(news_page(9, body_extra=links(8)))) == []
    assert det.detect(part, page(news_page(9, body_extra=links(14))))


def test_domains_the_site_linked_to_before_are_not_new() -> None:
    det = LinkInfluxDetector()
    part: dict[str, object] = {}
    det.learn(part, page(news_page(0, footer_extra=links(9))))
    det.learn(part, page(news_page(1)))
    assert det.detect(part, page(news_page(9, footer_extra=links(9)))) == []


def test_without_history_it_says_nothing_and_a_redesign_counts_less() -> None:
    det = LinkInfluxDetector()
    assert det.detect({}, page(news_page(9, footer_extra=links(9)))) == []
    [finding] = det.detect(learned(det), page(news_page(9, footer_extra=links(9))))
    assert finding.evidence["discount_on_structure"] is True


def test_new_outbound_links_spread_over_the_page_or_shown_as_icons_are_a_redesign_not_a_block() -> None:
    det = LinkInfluxDetector()
    part = learned(det)
    spread = "".join(f"<p>{links(1, prefix=f'spread{i}-')}</p>" for i in range(4))  # four blocks
    icons = "".join(f'<a href="https://www.social{i}.net/site"><svg></svg></a>' for i in range(6))
    redesign = page(news_page(9, top=links(2, prefix="top-"), footer_extra=spread + f"<div>{icons}</div>"))
    assert det.detect(part, redesign) == []

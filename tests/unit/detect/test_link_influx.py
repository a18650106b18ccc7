"""Link influx: links to many never-seen domains at once, whatever hides them (or nothing)."""

from __future__ import annotations

import html
import json

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


def _as_data(n: int, how: str) -> str:
    urls = [f"https://www.spam{i}.example/p?{i}" for i in range(n)]
    anchors = "".join(f'<a href="{u}">offer {i}</a>' for i, u in enumerate(urls))
    if how == "comment":
        return f"<!--[if lte IE 6]><div>{anchors}</div><![endif]-->"
    if how == "textarea":
        return f'<textarea readonly style="width:0;height:0">{html.escape(anchors)}</textarea>'
    if how == "select":
        return "<select>" + "".join(f'<option value="{u}">offer</option>' for u in urls) + "</select>"
    if how == "template":
        return f"<template>{anchors}</template>"
    items = [{"@type": "ListItem", "position": i, "name": "offer", "url": u} for i, u in enumerate(urls)]
    data = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": items}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize("how", ["comment", "textarea", "select", "template", "ld+json"])
def test_addresses_written_as_data_count_like_a_block_of_links(how: str) -> None:
    det = LinkInfluxDetector()
    [finding] = det.detect(learned(det), page(news_page(9, footer_extra=_as_data(7, how))))
    assert finding.score >= 0.5
    assert {f"spam{i}.example" for i in range(7)} <= set(finding.evidence["new_domains"])


def test_structured_data_the_site_always_had_is_not_new() -> None:
    det = LinkInfluxDetector()
    part: dict[str, object] = {}
    for day in range(4):
        det.learn(part, page(news_page(day, footer_extra=_as_data(9, "ld+json"))))
    assert det.detect(part, page(news_page(9, footer_extra=_as_data(9, "ld+json")))) == []


def test_a_profile_learned_before_data_counted_learns_the_sites_rotation_before_reading_it() -> None:
    """An old profile (no ``data_caps``) first only sees the data links, then counts them into its
    record: a site whose structured data lists seven new employers a day never alarms."""
    det = LinkInfluxDetector()
    part: dict[str, object] = {}
    for day in range(3):
        det.learn(part, page(news_page(day)))
    part.pop("data_caps")  # as an earlier version left it

    def jobs(day: int) -> str:
        return _as_data(7, "ld+json").replace("spam", f"d{day}-firm")

    for day in range(3, 6):
        assert det.detect(part, page(news_page(day, footer_extra=jobs(day)))) == []
        det.learn(part, page(news_page(day, footer_extra=jobs(day))))
    assert part["max_new"] >= 7
    assert det.detect(part, page(news_page(9, footer_extra=jobs(9)))) == []


def test_a_profile_learned_before_image_maps_counted_warms_up_before_reading_them() -> None:
    """A profile whose record never counted image maps (an earlier version's) does not call the
    site's own map of sister sites, unchanged, a link influx on its first check after the upgrade."""
    det = LinkInfluxDetector()
    areas = "".join(
        f'<area coords="0,0,1,1" href="https://bureau{i}-gov.example/" alt="Bureau {i}">' for i in range(8)
    )
    sister = f'<map name="sites">{areas}</map>'
    part: dict[str, object] = {}
    for day in range(3):
        det.learn(part, page(news_page(day, footer_extra=sister)))
    part.pop("data_version")  # as the version before image maps counted left it
    part["seen"] = [d for d in part["seen"] if not str(d).startswith("bureau")]  # type: ignore[attr-defined]
    assert det.detect(part, page(news_page(3, footer_extra=sister))) == []

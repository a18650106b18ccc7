"""Reach: a page's site found in the top-sites list by its host or registrable domain, and home
pages told from deep pages."""

from __future__ import annotations

import pytest

from tamperwatch.errors import ConfigError
from tamperwatch.verify.reach import candidates, is_deep_page, reach_in, registrable_domain
from tamperwatch.verify.reach_list import MemoryRanks

RANKS = MemoryRanks(
    {"example.com": 1234, "example.com.cn": 88, "github.io": 20, "blog.example.org": 7},
    name="tranco-2026-11-01",
)


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("www.example.com", "example.com"),
        ("news.example.com.cn", "example.com.cn"),
        ("a.b.example.co.uk", "example.co.uk"),
        ("someone.github.io", "someone.github.io"),  # a private suffix: the user's own site
        ("example.gov.cn", "example.gov.cn"),
        ("localhost", "localhost"),
    ],
)
def test_registrable_domains_come_from_the_packaged_public_suffix_list(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


def test_a_host_is_looked_up_from_most_to_least_specific() -> None:
    assert candidates("a.news.example.com.cn") == [
        "a.news.example.com.cn",
        "news.example.com.cn",
        "example.com.cn",
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com",
        "https://example.com/",
        "https://example.com/index.html",
        "https://example.com/index.php?lang=zh",
        "https://example.com/default.aspx",
        "https://example.com/en/",
        "https://example.com/zh-cn/index.shtml",
        "https://example.com/english/",
        "https://example.com/home",
        "https://example.com/?utm_source=x",
        "https://example.com/#top",
    ],
)
def test_home_pages(url: str) -> None:
    assert not is_deep_page(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/news/2024/09/12/12345.html",
        "https://example.com/article/98765",
        "https://example.com/?p=123",
        "https://example.com/index.php?option=com_content&id=5",
        "https://example.com/en/about/",
        "https://example.com/news",
        "https://example.com/web/",
        "https://example.com/hacked.html",
    ],
)
def test_deep_pages(url: str) -> None:
    assert is_deep_page(url)


def test_a_ranked_deep_page_is_described_in_one_sentence() -> None:
    reach = reach_in(RANKS, "https://www.example.com/news/2024/12345.html")
    assert (reach.rank, reach.domain, reach.host, reach.deep_page) == (
        1234,
        "example.com",
        "www.example.com",
        True,
    )
    assert reach.describe() == (
        "example.com is ranked 1,234 of 4 (tranco-2026-11-01); "
        "the claimed page is a deep page, not the home page"
    )


def test_a_subdomain_the_list_names_wins_over_its_parent() -> None:
    assert reach_in(RANKS, "https://blog.example.org/").rank == 7
    assert reach_in(RANKS, "https://news.example.com.cn/").domain == "example.com.cn"


def test_sites_outside_the_list_and_no_list_at_all() -> None:
    outside = reach_in(RANKS, "https://someone.github.io/")
    assert outside.rank is None and outside.describe() == (
        "someone.github.io is not in the top 4 (tranco-2026-11-01); the claimed page is the home page"
    )
    nothing = reach_in(MemoryRanks({}), "https://WWW.Example.COM./en/")
    assert nothing.list_size == 0 and nothing.domain == "example.com"
    assert nothing.describe().startswith(
        "example.com: no top-sites list is imported (`tamperwatch reach import"
    )


def test_addresses_and_unicode_hosts() -> None:
    assert reach_in(RANKS, "http://203.0.113.9/x").domain == "203.0.113.9"
    assert reach_in(RANKS, "http://[2001:db8::1]/").domain == "2001:db8::1"
    assert reach_in(RANKS, "https://www.例子.中国/").domain == "xn--fsqu00a.xn--fiqs8s"
    bare = reach_in(RANKS, "news.example.com.cn/2024/0912/88.shtml")  # as claims often write them
    assert (bare.rank, bare.deep_page) == (88, True)
    with pytest.raises(ConfigError, match="not a URL with a host name"):
        reach_in(RANKS, "not a url")

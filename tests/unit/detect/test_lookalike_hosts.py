"""Lookalike hosts: look-alike letters (Unicode or punycode), a well-known name in front of the
attacker's own domain, and payment hosts, judged on pages of a site that rotates ad vendors."""

import pytest

from tamperwatch.detect.foreign_injection import ForeignInjectionDetector
from tamperwatch.detect.homoglyphs import mixed_script, skeleton
from tamperwatch.detect.lookalike import imitated_host

from .synthetic import news_page, page
from .test_foreign_injection import rotating_part

CYRILLIC_O = "\u043e"
GREEK_OMICRON = "\u03bf"


@pytest.mark.parametrize(
    "host, imitates",
    [
        (f"www.g{CYRILLIC_O}{CYRILLIC_O}gletagmanager.com", "googletagmanager.com"),
        (f"js.str{GREEK_OMICRON}ipe.com".replace(GREEK_OMICRON, "\u0456"), "stripe.com"),  # Cyrillic i
        ("www.google-analytics.com.metrics-host.ru", "google-analytics.com"),
        ("cdn.jsdelivr.net.assets-store.top", "jsdelivr.net"),
        ("paypa1-checkout.com", "paypal.com"),
        ("js-stripe-checkout.com", "stripe.com"),
        ("www.g00gle-analytics.com", "google-analytics.com"),
        ("\uff47\uff53\uff54\uff41\uff54\uff49\uff43.com", "gstatic.com"),  # full-width letters
    ],
)
def test_a_host_that_imitates_a_well_known_one_is_named(host: str, imitates: str) -> None:
    assert imitated_host(host) == imitates


def test_the_punycode_form_of_a_homoglyph_is_read_as_its_letters() -> None:
    unicode_host = f"g{CYRILLIC_O}{CYRILLIC_O}gletagmanager.com"
    ascii_form = unicode_host.encode("idna").decode("ascii")
    assert ascii_form.startswith("xn--")
    assert skeleton(ascii_form) == "googletagmanager.com"
    assert imitated_host("www." + ascii_form) == "googletagmanager.com"


def test_a_name_that_mixes_latin_with_cyrillic_letters_is_a_homograph_even_off_the_list() -> None:
    host = f"cdn.myb{CYRILLIC_O}okstore.com"
    assert mixed_script(host)
    assert imitated_host(host) == "mybookstore.com"


@pytest.mark.parametrize(
    "host",
    [
        "www.googletagmanager.com",
        "ssl.google-analytics.com",
        "www-news-example-com.cdn.ampproject.org",  # the AMP cache names hosts after sites
        "www.youtube-nocookie.com",
        "js.stripe.com",
        "hm.baidu.com",
        "cdn.bootcdn.net",
        "\u65b0\u534e\u7f51.\u4e2d\u56fd",  # a Chinese name is one script, not a homograph
        "xn--80ak6aa92e.com",  # a Cyrillic-only name
        "widgets.vendor.example",
    ],
)
def test_real_hosts_and_names_in_one_script_imitate_nothing(host: str) -> None:
    assert imitated_host(host) == ""


@pytest.mark.parametrize(
    "src",
    [
        f"https://www.g{CYRILLIC_O}{CYRILLIC_O}gletagmanager.com/gtag/js?id=G-1",
        "https://www.google-analytics.com.metrics-host.ru/analytics.js",
        "//cdn.jsdelivr.net.assets-store.top/npm/jquery.min.js",
    ],
)
def test_a_lookalike_script_is_a_defacement_even_where_vendors_rotate(src: str) -> None:
    det = ForeignInjectionDetector()
    tag = f'<script async crossorigin="anonymous" data-x="1" src="{src}"></script>'
    [finding] = det.detect(rotating_part(det), page(news_page(9, head_extra=tag)))
    assert finding.score >= 0.5 and "named like" in finding.reason


def test_an_inline_loader_of_a_homoglyph_host_is_found() -> None:
    det = ForeignInjectionDetector()
    code = "var s=document.createElement('script');s.src='https://code.jqu\u0435ry.com/x.js';"  # Cyrillic e
    [finding] = det.detect(rotating_part(det), page(news_page(9, body_extra=f"<script>{code}</script>")))
    assert finding.score >= 0.5 and "named like jquery.com" in finding.reason


def test_a_websocket_address_is_an_origin_like_any_other() -> None:
    from tamperwatch.detect.origins import host_of

    host = host_of("wss://pool.miner-host.example:443/ws", "https://news.example/")
    assert host == "pool.miner-host.example"


@pytest.mark.parametrize(
    ("host", "imitates"),
    [
        ("cnzz-stat.com", "cnzz.com"),  # a short well-known name as a word of its own
        ("s4.cnzz-cdn.net", "cnzz.com"),
        ("www.googel-analytics.com.stats-host.ru", "google-analytics.com"),  # a typo in front
        ("img.sinaimg-cdn.com", "sinaimg.cn"),
        ("tongji.bd-static.com", "bdstatic.com"),  # the exact name is preferred to a near one
    ],
)
def test_chinese_analytics_names_words_and_typos_in_front_are_imitations(host: str, imitates: str) -> None:
    assert imitated_host(host) == imitates


@pytest.mark.parametrize(
    "host",
    [
        "s.bdstatic.com",
        "hm.baidu.com",
        "c.cnzz.com",
        "static.criteo.net",
        "s.baidustatic.com",
        "img.qpic.cn",
        "cdn.staticfile.net",
        "cdn.staticfile.org",
        "n.sinaimg.cn",
        "i.sso.sinajs.cn",
        "s.qhres2.com",
    ],
)
def test_the_real_hosts_and_ordinary_static_hosts_imitate_nothing(host: str) -> None:
    assert imitated_host(host) == ""

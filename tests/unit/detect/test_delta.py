"""The delta gate clears plain publishes and leaves every kind of tampering to the full engine."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tamperwatch.detect.delta import DeltaGate, changed_window

URL = "https://news.example.org/"
TEASERS = "".join(
    f'<li class="teaser"><a href="/news/story-{i}">Story number {i} of the day</a></li>' for i in range(200)
)


def page(
    title: str = "Example News",
    h1: str = "Example News",
    stamp: str = "Updated 08:00",
    teasers: str = TEASERS,
    extra: str = "",
    charset: str = "utf-8",
) -> bytes:
    html = (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>'
        '<link rel="stylesheet" href="/site.css"><script src="https://cdn.partner-widgets.net/w.js"></script>'
        f'</head><body><header><nav><a href="/">Home</a><a href="/sport">Sport</a></nav></header>'
        f'<main><h1>{h1}</h1><p class="stamp">{stamp}</p><ul class="list">{teasers}</ul>{extra}</main>'
        '<footer><a href="https://partner-widgets.net/about">Partner</a> (c) Example</footer></body></html>'
    )
    return html.encode(charset, "replace")


def clears(old: bytes, new: bytes) -> str | None:
    return DeltaGate().clears(old, new, URL, "text/html")


def test_a_new_timestamp_is_a_plain_change() -> None:
    reason = clears(page(), page(stamp="Updated 08:05"))
    assert reason is not None and "1 plain text run" in reason


def test_a_new_teaser_in_an_existing_list_linking_on_the_site_is_plain() -> None:
    teaser = '<li class="teaser"><a href="/news/council-budget-2026">Council approves the budget</a></li>'
    assert clears(page(), page(teasers=teaser + TEASERS)) is not None


def test_mail_and_phone_links_are_plain() -> None:
    teaser = '<li class="teaser"><a href="mailto:desk@example.org">Write to the desk</a></li>'
    assert clears(page(), page(teasers=teaser + TEASERS)) is not None


def test_a_mail_link_off_the_site_that_the_page_never_showed_goes_to_the_full_engine() -> None:
    """A signature: a line that links to an attacker's mailbox (the site's own desk, above, is plain)."""
    for href in (
        "mailto:dusk.heron@proton.example",
        "mailto:desk@example.org?cc=dusk.heron@proton.example",
        "mailto:desk@example.org,dusk.heron@proton.example",
        "mailto:?to=dusk.heron%40proton.example",
    ):
        signed = f'<li class="teaser"><a href="{href}">We read along</a></li>'
        assert clears(page(), page(teasers=signed + TEASERS)) is None, href


def test_a_messenger_channel_the_page_never_linked_goes_to_the_full_engine() -> None:
    """The page links its own Telegram channel: another channel on the same host is new."""
    own = '<p><a href="https://t.me/example_news">Our channel</a></p>'
    other = '<li class="teaser"><a href="https://t.me/dusk_heron_ops">We read along</a></li>'
    assert clears(page(extra=own), page(teasers=other + TEASERS, extra=own)) is None
    again = '<li class="teaser"><a href="https://t.me/example_news/1234">Join the live chat</a></li>'
    assert clears(page(extra=own), page(teasers=again + TEASERS, extra=own)) is not None


def test_a_link_to_a_host_the_page_already_named_is_plain() -> None:
    teaser = '<li class="teaser"><a href="https://partner-widgets.net/offer">Partner offer</a></li>'
    assert clears(page(), page(teasers=teaser + TEASERS)) is not None


def test_identical_pages_are_not_a_change_to_clear() -> None:
    assert clears(page(), page()) is None


def test_code_frames_forms_and_styles_go_to_the_full_engine() -> None:
    for extra in (
        "<script>location.href='https://evil.example/'</script>",
        '<script src="/js/new.js"></script>',
        '<iframe src="/frame"></iframe>',
        '<form action="/login"><input name="pw"></form>',
        "<style>.list{display:none}</style>",
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<object data="/x.swf"></object>',
        "<marquee>Greetings</marquee>",
    ):
        assert clears(page(), page(extra=extra)) is None, extra


def test_hidden_blocks_and_unknown_domains_go_to_the_full_engine() -> None:
    links = "".join(f'<a href="/p{i}">cheap offer {i}</a>' for i in range(3))
    assert clears(page(), page(extra=f'<div class="list">{links}</div>')) is not None  # the control
    for extra in (
        f'<div style="display:none">{links}</div>',
        f'<div class="hidden">{links}</div>',
        f'<div class="sr-only">{links}</div>',
        f"<div hidden>{links}</div>",
        f'<div class="brand-new-box">{links}</div>',  # a class the page never used
        '<p><a href="https://slot-gacor.example/">daily bonus</a></p>',
        '<p><a href="javascript:alert(1)">click</a></p>',
        '<p><a href="https:slot-gacor.example/">daily bonus</a></p>',  # a host without '//'
        '<p><a href="ftp://files.example/">files</a></p>',
        '<p><a href="javascript&#58;alert(1)">click</a></p>',  # entities are decoded first
        '<p onmouseover="go()">move here</p>',
    ):
        assert clears(page(), page(extra=extra)) is None, extra


def test_title_headings_and_swapped_headlines_go_to_the_full_engine() -> None:
    assert clears(page(), page(title="Owned")) is None
    assert clears(page(), page(h1="Stop the war")) is None
    swapped = TEASERS.replace(">Story number 7 of the day<", ">Free the people now<")
    assert clears(page(), page(teasers=swapped)) is None


def test_defacement_words_in_the_new_text_go_to_the_full_engine() -> None:
    assert clears(page(), page(stamp="Hacked by Nobody")) is None
    assert clears(page(), page(stamp="Hacked&#32;by Nobody")) is None  # entities are read
    assert clears(page(charset="gbk"), page(stamp="被黑了 by team", charset="gbk")) is None


def test_a_replaced_page_is_too_big_a_change() -> None:
    assert clears(page(), b"<html><body><h2>We are everywhere</h2><p>bye</p></body></html>") is None
    assert clears(page(), page(teasers="")) is None  # most of the page removed


def notes(changed: int, version: str, total: int = 30) -> str:
    """``total`` paragraphs, the first ``changed`` of which read differently in each ``version``."""
    return "".join(f"<p>Item {i} {'update ' + version if i < changed else ''}</p>" for i in range(total))


def test_how_many_runs_may_change_follows_the_size_of_the_page_up_to_the_setting() -> None:
    few = "".join(f"{item}</li>" for item in TEASERS.split("</li>")[:10])  # 133 tags: 5 % is 6 runs
    for changed, plain in ((6, True), (7, False)):
        old, new = page(teasers=few, extra=notes(changed, "a")), page(teasers=few, extra=notes(changed, "b"))
        assert (clears(old, new) is not None) is plain
    for changed, plain in ((24, True), (25, False)):  # 893 tags: capped by delta_max_runs (24)
        old, new = page(extra=notes(changed, "a")), page(extra=notes(changed, "b"))
        assert (clears(old, new) is not None) is plain


def test_a_plain_change_in_a_gbk_page_is_read_in_its_charset() -> None:
    old, new = page(stamp="更新 08:00", charset="gbk"), page(stamp="更新 08:05", charset="gbk")
    assert clears(old, new) is not None


@given(st.binary(max_size=300), st.binary(max_size=300))
def test_the_changed_window_covers_every_difference_and_ends_on_whole_runs(old: bytes, new: bytes) -> None:
    start, old_end, new_end = changed_window(old, new)
    assert old[:start] == new[:start] and old[old_end:] == new[new_end:]
    assert start == 0 or new[start : start + 1] == b"<"
    assert new_end == len(new) or new[new_end : new_end + 1] == b"<"
    assert 0 <= start <= old_end <= len(old) and start <= new_end <= len(new)

"""Foreign text detector: a message block and title in another language than the page's own."""

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.detect.foreign_text import ForeignTextDetector
from tamperwatch.detect.page import Page
from tamperwatch.models import Capture

PAGE = """<html lang="de"><head><meta charset="utf-8"><title>{title}</title></head><body>
<header><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav></header>{top}
<main><h2><a href="/politik/stadtrat-beschliesst-den-haushalt-fuer-das-kommende-jahr-1.html">Stadtrat
beschließt den Haushalt für das kommende Jahr</a></h2>
<p>Nach langer Debatte hat der Stadtrat am Montagabend den Haushalt für das kommende Jahr beschlossen.</p>
<h2><a href="/sport/verein-gewinnt-das-derby-gegen-den-nachbarn-2.html">Verein gewinnt das Derby gegen den
Nachbarn</a></h2><p>Vor ausverkauftem Haus setzte sich die Mannschaft in der Nachspielzeit durch.</p>
{extra}</main><footer>Impressum · Datenschutz</footer></body></html>"""
TITLE = "Stadtanzeiger - Nachrichten aus der Stadt"
BLOCK = (
    "<div><b>Pesan untuk pengelola situs ini</b><br>Sistem kalian terlalu lemah dan kami sudah masuk "
    "sejak minggu lalu.<br>Perbaiki server kalian sebelum kami kembali lagi.</div>"
)


def page(*, title: str = TITLE, top: str = "", extra: str = "") -> Page:
    html = PAGE.format(title=title, top=top, extra=extra)
    cap = Capture(
        url="https://stadtanzeiger.example/",
        fetched_at=datetime(2026, 12, 6, tzinfo=UTC),
        final_url="https://stadtanzeiger.example/",
        status=200,
        headers=(("content-type", "text/html; charset=utf-8"),),
        body=html.encode(),
    )
    return Page(cap)


def score(now: Page, part: dict[str, object] | None = None) -> float:
    findings = ForeignTextDetector().compare(part or {}, now, page())
    return findings[0].score if findings else 0.0


def test_a_block_and_a_title_in_another_language_are_a_defacement() -> None:
    assert score(page(title="Pesan dari Tim Kabut", top=BLOCK)) >= 0.5


LINKED = (
    "<h2><a href='/dunia/pesan-untuk-pengelola-4.html'>Pesan untuk pengelola situs ini hari ini</a></h2>"
    "<h2><a href='/dunia/sistem-kalian-lemah-5.html'>Sistem kalian terlalu lemah dan kami masuk</a></h2>"
    "<h2><a href='/dunia/perbaiki-server-6.html'>Perbaiki server kalian sebelum kami kembali</a></h2>"
)
ENGLISH = (
    "<div><b>A note to whoever runs this site</b><br>Your systems are far too weak and we have been inside "
    "since last week.<br>Fix your servers before we come back again.</div>"
)


def test_foreign_lines_that_link_nowhere_are_a_message_and_linked_ones_news() -> None:
    """New lines in a language the site never used, standing as a block that links nowhere, speak
    to the reader (a defacement); the same language in new linked headlines is suspicious (a new
    foreign-language section links its articles); English, which every newsroom quotes, needs
    more (a handle) even as a block."""
    assert score(page(top=BLOCK)) >= 0.5
    assert 0.3 <= score(page(top=LINKED)) < 0.5
    assert 0.3 <= score(page(top=ENGLISH)) < 0.5
    handle = ENGLISH.replace("</div>", "<br>Write to us: t.me/kabut_tim_ops</div>")
    assert score(page(top=handle)) >= 0.5


def test_a_block_in_another_script_counts_too() -> None:
    block = (
        "<div><b>给网站管理员的留言</b><br>你们的系统太薄弱了，我们上周就已经进来了，赶快修好服务器。</div>"  # noqa: RUF001
    )
    assert score(page(title="来自迷雾小组的留言", top=block)) >= 0.5


def test_new_text_in_the_pages_own_language_is_a_publish() -> None:
    teaser = (
        "<h2><a href='/kultur/museum-zeigt-neue-ausstellung-3.html'>Museum zeigt neue Ausstellung</a></h2>"
        "<p>Die Ausstellung zeigt Gemälde aus drei Jahrhunderten und ist ab Samstag geöffnet.</p>"
    )
    assert score(page(extra=teaser)) == 0.0


def test_a_site_whose_known_good_pages_hold_another_language_gets_no_evidence_from_that_one() -> None:
    """Per site: the languages its known-good pages use are no evidence; a language it never used
    still is."""
    detector = ForeignTextDetector()
    part: dict[str, object] = {}
    indonesian = "<p>Selamat datang di kota kami: semua berita untuk tamu dari Indonesia ada di sini.</p>" * 3
    detector.learn_trusted(part, page(extra=indonesian))
    assert part["languages"] == ["id"]
    assert score(page(top=BLOCK), part) == 0.0
    english = "<p>Welcome to our city: here is all the news for our international guests in English.</p>"
    detector.learn_trusted(part := {}, page(extra=english * 3))
    assert part["languages"] == ["en"]
    assert score(page(top=BLOCK), part) > 0.0


ZH_PAGE = """<html lang="zh"><head><meta charset="utf-8"><title>本市新闻网</title></head><body>
<nav><a href="/">首页</a> <a href="/shizheng">时政</a></nav>{top}
<h2><a href="/shizheng/20261206/1001.html">市政府召开常务会议部署冬季供暖工作</a></h2>
<p>会议要求各部门做好冬季供暖保障。确保群众温暖过冬。</p>
<h2><a href="/shehui/20261206/1002.html">地铁新线路今日起试运营</a></h2>
<p>新线路全长二十公里。共设十五座车站。</p>
</body></html>"""


def zh_page(top: str = "") -> Page:
    cap = Capture(
        url="https://news.example.cn/",
        fetched_at=datetime(2026, 12, 6, tzinfo=UTC),
        status=200,
        headers=(("content-type", "text/html; charset=utf-8"),),
        body=ZH_PAGE.format(top=top).encode(),
    )
    return Page(cap)


def test_english_or_a_language_the_site_uses_as_an_unlinked_block_is_not_a_message_by_itself() -> None:
    """English in another script (a notice on a Chinese page), short English lines the identifier
    reads only together, and Portuguese on a portal that publishes Portuguese stay suspicious."""
    english = (
        "<div><p>Notice to international readers</p><p>Our English service moved to a new address</p></div>"
    )
    zh = ForeignTextDetector().compare({}, zh_page(english), zh_page())
    assert zh and zh[0].score < 0.5
    short = "<div><p>Welcome international visitors</p><p>Our English pages moved here</p></div>"
    assert score(page(top=short)) < 0.5
    portuguese = (
        "<div><p>Aviso aos leitores da edição portuguesa</p>"
        "<p>A nossa secção em língua portuguesa mudou para um novo endereço na próxima semana.</p></div>"
    )
    assert score(page(top=portuguese), {"languages": ["pt"]}) == 0.0
    assert score(page(top=portuguese)) >= 0.5


def test_one_long_foreign_sentence_that_no_link_shows_is_a_message_and_a_linked_one_news() -> None:
    line = "Halaman ini untuk sementara dipegang kelompok kami sampai pengelola memperbaiki server mereka"
    assert score(page(top=f"<div class='banner'>{line}</div>")) >= 0.5
    linked = f"<h2><a href='/dunia/halaman-ini-untuk-sementara-7.html'>{line}</a></h2>"
    assert score(page(top=linked)) < 0.5

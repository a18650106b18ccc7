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


def test_a_block_alone_is_suspicious_and_with_a_contact_handle_a_defacement() -> None:
    assert 0.3 <= score(page(top=BLOCK)) < 0.5
    handle = BLOCK.replace("</div>", "<br>Hubungi kami: t.me/kabut_tim_ops</div>")
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

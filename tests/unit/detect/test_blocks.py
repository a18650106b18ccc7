"""Message blocks: new unlinked text in its own paint, outside the site's style sheets."""

# ruff: noqa: E501, RUF001  (pages written as they are served: long lines, Chinese punctuation)

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.detect.blocks import letters, message_blocks
from tamperwatch.detect.foreign_text import ForeignTextDetector
from tamperwatch.detect.page import Page
from tamperwatch.models import Capture

DE = """<html lang="de"><head><meta charset="{charset}"><title>{title}</title></head><body class="site">
<header class="site-header"><nav class="nav"><a href="/">Start</a> <a href="/politik">Politik</a></nav>
</header>{top}<main class="content"><h2 class="teaser__title"><a href="/politik/haushalt-2027-1.html">Stadtrat
beschließt den Haushalt für das kommende Jahr</a></h2><p class="teaser__text">Nach langer Debatte hat der
Stadtrat am Montagabend den Haushalt beschlossen.</p><h2 class="teaser__title"><a href="/sport/derby-2.html">
Verein gewinnt das Derby gegen den Nachbarn</a></h2><p class="teaser__text">Vor ausverkauftem Haus setzte sich
die Mannschaft in der Nachspielzeit durch.</p>{extra}</main><footer class="footer">Impressum</footer></body></html>"""
ZH = """<html><head><meta charset="{charset}"><title>{title}</title></head><body class="gov">
<div class="top-bar"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>{top}<div class="news">
<h3 class="news-title"><a href="/zwgk/2026-12/06/content_88102.htm">市政府召开常务会议研究部署冬季供暖工作</a></h3>
<p class="news-sum">会议强调要确保群众温暖过冬，各部门要压实责任。</p>
<h3 class="news-title"><a href="/zwgk/2026-12/06/content_88103.htm">我市新建三所公办幼儿园下月起开始招生</a></h3>
<p class="news-sum">新建幼儿园共提供学位九百余个，报名将于下月开始。</p>{extra}</div>
<div class="foot">主办单位：市人民政府办公室</div></body></html>"""
TITLE_DE = "Stadtanzeiger - Nachrichten aus der Stadt"
TITLE_ZH = "市人民政府门户网站"
PAINTED_DE = (
    '<div style="background:#000;color:#0f0;text-align:center;padding:20px"><h1>Diese Seite gehört jetzt uns</h1>'
    "<p>Eure Sicherheit war nie mehr als eine Kulisse aus Pappe.</p></div>"
)


def page(template: str, *, title: str, top: str = "", extra: str = "", charset: str = "utf-8") -> Page:
    html = template.format(title=title, top=top, extra=extra, charset=charset)
    cap = Capture(
        url="https://site.example/",
        fetched_at=datetime(2026, 12, 6, tzinfo=UTC),
        final_url="https://site.example/",
        status=200,
        headers=(("content-type", f"text/html; charset={charset}"),),
        body=html.encode("gbk" if charset == "gb2312" else charset),
    )
    return Page(cap)


def score(before: Page, now: Page) -> float:
    findings = ForeignTextDetector().compare({}, now, before)
    return findings[0].score if findings else 0.0


def test_a_painted_block_is_found_with_its_markup() -> None:
    before = page(DE, title=TITLE_DE)
    [block] = message_blocks(before, page(DE, title=TITLE_DE, top=PAINTED_DE))
    assert block.painted
    assert block.lines[0] == "Diese Seite gehört jetzt uns"


def test_a_painted_block_in_the_pages_language_is_suspicious_and_with_its_title_a_defacement() -> None:
    before = page(DE, title=TITLE_DE)
    assert 0.3 <= score(before, page(DE, title=TITLE_DE, top=PAINTED_DE)) < 0.5
    retitled = page(DE, title="Diese Seite gehört jetzt uns", top=PAINTED_DE)
    assert score(before, retitled) >= 0.5


def test_the_sites_own_notice_and_a_new_paragraph_are_not_painted_blocks() -> None:
    before = page(DE, title=TITLE_DE)
    notice = (
        '<div class="notice notice--warning"><h2 class="notice__title">Wartungsarbeiten am Wochenende</h2>'
        '<p class="notice__text">Am Samstag ist das Bürgerportal zwischen 8 und 12 Uhr nicht erreichbar.</p></div>'
    )
    assert message_blocks(before, page(DE, title=TITLE_DE, top=notice))[0].painted is False
    assert score(before, page(DE, title=TITLE_DE, top=notice)) == 0.0
    paragraph = "<p>Korrektur: In einer früheren Fassung stand ein falsches Datum.</p><p>Wir bitten um Entschuldigung.</p>"
    assert score(before, page(DE, title=TITLE_DE, extra=paragraph)) == 0.0
    teasers = (
        '<h2 class="teaser__title"><a href="/kultur/museum-3.html">Museum zeigt neue Ausstellung</a></h2>'
        '<p class="teaser__text">Die Schau ist bis März zu sehen.</p>'
    )
    assert message_blocks(before, page(DE, title=TITLE_DE, extra=teasers)) == []


def test_a_short_block_in_another_script_on_a_gbk_government_page() -> None:
    before = page(ZH, title=TITLE_ZH, charset="gb2312")
    block = (
        '<center><font color="red" size="5"><b>Situs ini sudah kami ambil alih</b></font><br>'
        "<font color=white>Perbaiki server kalian segera.</font></center>"
    )
    now = page(ZH, title=TITLE_ZH, top=block, charset="gb2312")
    assert score(before, now) >= 0.5


def test_a_chinese_government_notice_in_red_is_at_most_suspicious() -> None:
    before = page(ZH, title=TITLE_ZH, charset="gb2312")
    notice = (
        '<div style="color:#c00;font-weight:bold;text-align:center">关于元旦期间政务服务大厅调整办公时间的通知</div>'
        '<div style="color:#c00;text-align:center">一月一日至三日暂停对外办公，网上办理不受影响。</div>'
    )
    assert score(before, page(ZH, title=TITLE_ZH, top=notice, charset="gb2312")) < 0.5
    # traditional Chinese portal: a new teaser paragraph of its own is no message block
    plain = "<p>市政府今日發布年度施政報告全文，歡迎市民下載閱讀。</p><p>報告共分十二章。</p>"
    assert score(before, page(ZH, title=TITLE_ZH, extra=plain, charset="gb2312")) == 0.0


NEW_TEASER = (
    '<p class="kicker">Kanada</p><h2 class="teaser__title"><a href="/welt/trucker-3.html">Hunderte'
    " Fahrer protestieren mit tagelanger Fahrt gegen neue Regeln</a></h2>"
)


def test_a_block_written_right_before_a_new_teaser_is_still_a_message_its_kicker_is_not() -> None:
    """The line right before a new linked headline is its kicker; the lines before that kicker
    can still be a message pasted above the new teaser."""
    pre = (
        "<pre>=== Quiet Harbour による書き換え ===\n見て見ぬふりはもう通用しない。\n"
        "-- t.me/quietharbour</pre>"
    )
    before = page(DE, title=TITLE_DE)
    [block] = message_blocks(before, page(DE, title=TITLE_DE, top=pre + NEW_TEASER))
    assert "Kanada" not in block.lines and block.lines[-1] == "-- t.me/quietharbour"
    assert score(before, page(DE, title=TITLE_DE, top=pre + NEW_TEASER)) >= 0.5
    assert message_blocks(before, page(DE, title=TITLE_DE, top=NEW_TEASER)) == []  # a publish


def test_a_block_in_another_language_is_foreign_though_a_line_of_it_is_a_version_number() -> None:
    """Each line of a block votes with its letters: the Spanish lines outweigh a version number
    and a name, and the identifier need not tell Spanish from Portuguese to see it is not German."""
    block = (
        "<p>Versionsnummer: 4.10.0</p><p>Cá Mập Đêm pasó por aquí</p>"
        "<p>Actualicen el servidor antes de que lleguen otros visitantes.</p>"
        "<p>Saludos a la banda: viento_sur, Lord.Nube, pel1kan</p>"
    )
    before = page(DE, title=TITLE_DE)
    assert score(before, page(DE, title=TITLE_DE, extra=block)) >= 0.45
    german = (
        "<p>Versionsnummer: 4.10.0</p><p>Die Stadt erneuert ihre Server</p>"
        "<p>Die Verwaltung bittet um Geduld, bis die Arbeiten abgeschlossen sind.</p>"
    )
    assert score(before, page(DE, title=TITLE_DE, extra=german)) == 0.0


def test_a_single_signed_line_in_its_own_paint_above_a_headline_is_a_block_an_editors_line_is_not() -> None:
    """One line pasted above a teaser's headline (here a new teaser, where the line would be its
    kicker), in the attacker's own paint and signed with a handle the page never showed, is a
    message; an editor's painted line ('LIVE: ...', in any language) and the site's class-styled
    kicker are not."""
    before = page(DE, title=TITLE_DE)
    banner = '<span style="display:block;color:#b00">Wir lesen mit, und wir bleiben — @nordlicht_42</span>'
    [block] = message_blocks(before, page(DE, title=TITLE_DE, top=banner + NEW_TEASER))
    assert block.painted and block.lines == ("Wir lesen mit, und wir bleiben — @nordlicht_42",)
    assert score(before, page(DE, title=TITLE_DE, top=banner + NEW_TEASER)) >= 0.5
    kicker = '<p class="kicker">Wir lesen mit, und wir bleiben dabei @nordlicht_42</p>'
    assert message_blocks(before, page(DE, title=TITLE_DE, top=kicker + NEW_TEASER)) == []
    for editors in (
        '<span style="color:#c00">LIVE: Champions League final, follow every goal here</span>',
        '<b style="color:#b00;display:block">Eilmeldung: Die Sitzung des Stadtrats wurde vertagt</b>',
    ):
        assert message_blocks(before, page(DE, title=TITLE_DE, top=editors + NEW_TEASER)) == []
        assert score(before, page(DE, title=TITLE_DE, top=editors + NEW_TEASER)) < 0.5


def test_a_short_signed_run_of_lines_in_its_own_paint_is_a_block_an_editors_two_lines_are_not() -> None:
    """A line or two too short for a block (a Thai line and, on its own line, a messenger link),
    pasted in the attacker's own paint and signed with a handle the page never showed, is a
    message like the single signed line; the same two lines in the site's classes, or painted
    but naming no new handle, are not."""
    before = page(DE, title=TITLE_DE)
    stamp = (
        '<div style="position:absolute;transform:rotate(-12deg);border:4px solid #2a6;color:#2a6">'
        "Lumen Otter ยืมหน้านี้ไปคืนหนึ่ง<br><small>wa.me/440700900123</small></div>"
    )
    [block] = message_blocks(before, page(DE, title=TITLE_DE, top=stamp))
    assert block.painted and len(block.lines) == 2
    assert score(before, page(DE, title=TITLE_DE, top=stamp)) >= 0.5
    classed = '<div class="note">Lumen Otter ยืมหน้านี้ไปคืนหนึ่ง<br><small>wa.me/440700900123</small></div>'
    unsigned = '<div style="color:#b00">Eilmeldung: Stadtrat vertagt<br><small>Mehr um 18 Uhr</small></div>'
    for top in (classed, unsigned):
        assert message_blocks(before, page(DE, title=TITLE_DE, top=top)) == [], top


def test_a_block_after_a_new_teaser_in_another_language_than_its_headline_is_no_summary() -> None:
    """Lines right after a new linked headline are its teaser's summary only when they are
    written like it: a block in another script or language pasted after a new teaser is a
    message (here Hindi and Indonesian after a German teaser); the teaser's own German summary
    is not, on a German page and on a Chinese government page alike."""
    before = page(DE, title=TITLE_DE)
    for pasted in (
        "<h2>यह पन्ना अब Kestrel Nine के हाथ में है</h2><p>हमें कुछ नहीं चाहिए, बस अंत तक पढ़िए।</p>",
        "<h2>Halaman ini sekarang dipegang oleh Kestrel Nine</h2>"
        "<p>Kami tidak meminta apa pun, cukup baca sampai selesai.</p>",
    ):
        now = page(DE, title=TITLE_DE, top=NEW_TEASER + pasted)
        assert message_blocks(before, now), pasted
        assert score(before, now) >= 0.45
    summary = "<p>Die Kolonne soll bis Freitag die Hauptstadt erreichen, die Polizei bereitet sich vor.</p>"
    assert message_blocks(before, page(DE, title=TITLE_DE, top=NEW_TEASER + summary)) == []
    zh_before = page(ZH, title=TITLE_ZH, charset="gb2312")
    zh_teaser = (
        '<h3 class="news-title"><a href="/zwgk/2026-12/07/content_88110.htm">全市开展冬季消防安全大检查</a></h3>'
        '<p class="news-sum">检查将持续到明年二月，重点覆盖人员密集场所和老旧小区。</p>'
    )
    assert message_blocks(zh_before, page(ZH, title=TITLE_ZH, extra=zh_teaser, charset="gb2312")) == []


def test_a_painted_block_is_found_when_the_source_writes_its_apostrophe_as_an_entity() -> None:
    """The block's markup is read from the source around its first line, which a page may write
    with entities (``&#x27;``) where the text shows an apostrophe."""
    before = page(DE, title=TITLE_DE)
    pasted = (
        '<dialog open style="position:fixed;background:#111;color:#eee"><h2>A word to this site&#x27;s '
        "readers from Kestrel Nine</h2><p>Nothing was deleted, read on to the end.</p></dialog>"
    )
    [block] = message_blocks(before, page(DE, title=TITLE_DE, top=pasted))
    assert block.painted


def test_a_teasers_linked_lines_are_read_together_before_the_block_after_it() -> None:
    """A teaser whose link ends in a short meta line (a comment count) is judged by all its
    linked lines: an Indonesian block after it is not its summary, a German one is."""
    before = page(DE, title=TITLE_DE)
    teaser = (
        '<article class="teaser"><a href="/politik/rat-4.html"><h2 class="teaser__title">Der Rat vertagt die'
        ' Entscheidung über das neue Hallenbad</h2><span class="meta">156</span>'
        '<span class="meta">Kommentare</span></a></article>'
    )
    pasted = "<div><b>Pesan untuk semua pembaca situs ini</b><p>Malam ini halaman ini bicara untuk mereka.</p></div>"
    assert message_blocks(before, page(DE, title=TITLE_DE, top=teaser + pasted))
    own = "<div><p>Die Fraktionen wollen zuerst die Kosten prüfen lassen und im Frühjahr abstimmen.</p></div>"
    assert message_blocks(before, page(DE, title=TITLE_DE, top=teaser + own)) == []


def test_a_summary_written_like_its_headline_or_like_the_page_is_no_message() -> None:
    """A kanji headline over a kana summary, an English product name over a Chinese summary and an
    English headline over a German summary are teasers of their site, not pasted messages."""
    before = page(DE, title=TITLE_DE)
    english = (
        '<h2 class="teaser__title"><a href="/digital/chip-5.html">Breaking: Chancellor meets the US'
        " President in Washington</a></h2><p>Der Kanzler reist mit einer großen Delegation an.</p>"
        "<p>Im Mittelpunkt stehen Zölle und die Lage in der Ukraine.</p>"
    )
    assert message_blocks(before, page(DE, title=TITLE_DE, top=english)) == []
    zh_before = page(ZH, title=TITLE_ZH, charset="gb2312")
    product = (
        '<h3 class="news-title"><a href="/zwgk/2026-12/07/content_88111.htm">NVIDIA GeForce RTX 5090'
        ' Founders Edition review</a></h3><p class="news-sum">显卡性能较上一代提升约三成，功耗也有所增加。</p>'
        '<p class="news-sum">首批产品将于下月在国内上市销售。</p>'
    )
    assert message_blocks(zh_before, page(ZH, title=TITLE_ZH, extra=product, charset="gb2312")) == []
    ja_before = page(ZH.replace("市人民政府", "市役所"), title="市役所", charset="utf-8")
    kanji = (
        '<h3 class="news-title"><a href="/news/2026-12/07/k100.html">日経平均 終値三万円台回復</a></h3>'
        "<p>７日の東京株式市場で日経平均株価は大きく上昇し、終値で三万円台を回復しました。</p>"
        "<p>半導体関連の銘柄を中心に買いが広がりました。</p>"
    )
    now = page(ZH.replace("市人民政府", "市役所"), title="市役所", extra=kanji, charset="utf-8")
    assert message_blocks(ja_before, now) == []


def test_vowel_signs_of_hindi_bengali_and_thai_count_as_letters_as_latin_vowels_do() -> None:
    """A sentence counts about as many letters in Hindi or Thai as in a Latin script: the vowel
    signs written as marks on a consonant are letters (each Chinese character counts two)."""
    assert letters("यह पन्ना") == 7  # य ह प न ् न ा: consonants, a virama and a vowel sign
    assert letters("หน้าแรก") == 7
    assert letters("Seite eins") == 9
    assert letters("首页") == 4


def test_a_charts_new_labels_are_not_a_painted_block() -> None:
    """An SVG chart draws its labels at new coordinates with their own fill and colour on every
    data update: its text is read, but its styles are no paint outside the site's style sheets."""

    def chart(values: tuple[int, ...]) -> str:
        labels = "".join(
            f'<text x="{10 + 40 * i}" y="{100 - v}" style="color:#333;fill:#333">Temperatur am Tag {i + 1}: {v} Grad</text>'
            for i, v in enumerate(values)
        )
        return f'<svg class="chart" width="300" height="120">{labels}</svg>'

    before = page(DE, title=TITLE_DE, top=chart((3, 5, 4)))
    blocks = message_blocks(before, page(DE, title=TITLE_DE, top=chart((6, 2, 7))))
    assert not any(block.painted for block in blocks)


def test_a_painted_block_is_found_when_its_heading_is_written_as_character_references() -> None:
    """A page in a legacy charset writes the characters it cannot encode as references
    (``&#40657;``), so the block's first line is not in the source as the text shows it."""
    before = page(ZH, title=TITLE_ZH, charset="gb2312")
    heading = "".join(f"&#{ord(c)};" if i % 2 == 0 else c for i, c in enumerate("黑曜鹭鸶组"))
    pasted = (
        f'<div style="background:#000;color:#f00;text-align:center"><h1>{heading}</h1>'
        "<p>网站管理员请注意，你们的密码就是单位成立日期</p><p>下次再见</p></div>"
    )
    [block] = message_blocks(before, page(ZH, title=TITLE_ZH, top=pasted, charset="gb2312"))
    assert block.lines[0] == "黑曜鹭鸶组"
    assert block.painted


def test_a_painted_overlay_right_after_a_changed_line_is_still_painted() -> None:
    """The run of new lines opens with a line the site changed itself (today's date) right above
    the pasted overlay; the overlay's own tags come before the run's next line."""
    before = page(DE, title=TITLE_DE, top='<p class="date">Montag, 7. Dezember</p>')
    overlay = (
        '<p class="date">Dienstag, 8. Dezember</p><div style="position:fixed;top:0;left:0;width:100%;'
        'height:100%;background:rgba(0,0,0,.92);color:#0f0"><h2>Wann prüft hier endlich jemand die Server</h2>'
        "<h3>Graue Möwe / nachtwache</h3></div>"
    )
    [block] = message_blocks(before, page(DE, title=TITLE_DE, top=overlay))
    assert block.lines[0] == "Dienstag, 8. Dezember"
    assert block.painted


def test_a_picture_card_in_the_pages_language_with_its_picture_from_a_new_host_is_a_defacement() -> None:
    """The card's picture comes before its first line, among the block's own opening tags."""
    before = page(ZH, title=TITLE_ZH)
    card = (
        '<center><img src="https://img.pics-hosting.example/u/8kq2.png" width="420"><br>'
        '<font color="red" size="5">网站管理员请尽快检查上传目录，礼物已经放好了</font><br><font size="2">yewan_zu</font></center>'
    )
    assert score(before, page(ZH, title=TITLE_ZH, top=card)) >= 0.5


def test_a_block_framed_by_its_own_border_is_painted() -> None:
    before = page(ZH, title=TITLE_ZH)
    framed = (
        '<div style="text-align:center;border:2px solid red"><h2>夜晚组</h2>'
        "<p>再不修补漏洞，下次换掉的就不只是首页了</p></div>"
    )
    [block] = message_blocks(before, page(ZH, title=TITLE_ZH, top=framed))
    assert block.painted

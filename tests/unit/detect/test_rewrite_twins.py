"""Rewrite on list portals: notices listed as plain links at addresses that name no article, a
link's own title as the twin of its text, and Han sentences on Korean pages."""

# ruff: noqa: E501, RUF001  (pages written as portals serve them: long lines, Turkish dotless i)

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite import RewriteDetector
from tamperwatch.detect.rewrite_text import listing_script, other_script, page_script
from tamperwatch.models import Capture

SITE = "https://www.county.example.kr/"
NOTICES = [
    ("236587", "북산면 탄소중립 설명회 개최 안내"),
    ("119834", "북산면 저출생 대응 설명회 개최 안내"),
    ("849943", "도지사, 수해 복구 본격 추진 계획 발표"),
    ("281159", "2021년 농어촌 버스 추진계획 공고"),
    ("579400", "도지사, 공공 와이파이 확대 본격 추진"),
]


def board(notices: list[tuple[str, str, str]], charset: str = "euc-kr") -> Page:
    """A notice board: each notice a plain link to ``view.do?dataSid=N`` with a title attribute."""
    items = "".join(
        f'<li><a href="/board/view.do?boardId=BBS_01&amp;dataSid={sid}" title="{title}">{text}</a>'
        f'<span class="date">2021.08.05</span></li>'
        for sid, title, text in notices
    )
    html = (
        f'<html lang="ko"><head><meta charset="{charset}"><title>한빛도청</title></head><body>'
        f'<header><h1>한빛도청</h1></header><ul class="board">{items}</ul><footer>한빛도청</footer></body></html>'
    )
    cap = Capture(
        url=SITE,
        fetched_at=datetime(2026, 12, 7, tzinfo=UTC),
        final_url=SITE,
        status=200,
        headers=(("content-type", f"text/html; charset={charset}"),),
        body=html.encode(charset, "xmlcharrefreplace"),
    )
    return Page(cap)


def plain(notices: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return [(sid, text, text) for sid, text in notices]


def test_a_list_portal_without_article_headings_has_the_script_of_its_link_texts() -> None:
    listing = board(plain(NOTICES))
    assert listing_script(listing) == "hangul"
    assert page_script(listing) == ""  # the rules on headlines keep reading the headlines alone


@pytest.mark.parametrize(
    "slogan", ["Halkın sesi susturulamaz", "澳門人有權知道真相", "Sự thật sẽ được phơi bày"]
)
def test_a_link_text_written_over_in_another_script_with_its_title_left_behind_is_decisive(
    slogan: str,
) -> None:
    """The newest notice (an address the previous capture did not list) shows a slogan while its
    own title still holds the notice: no slot to compare with, the twin tells."""
    before = board(plain(NOTICES[1:]))
    now = plain(NOTICES)
    now[0] = (now[0][0], now[0][1], slogan)  # the visible text written over, the title kept
    [finding] = RewriteDetector().compare({}, board(now), before)
    assert finding.score >= 0.5
    assert "its own title" in finding.reason
    in_place = plain(NOTICES[1:])
    in_place[0] = (in_place[0][0], in_place[0][1], slogan)  # a listed notice written over in place
    [rewritten] = RewriteDetector().compare({}, board(in_place), before)
    assert rewritten.score >= 0.5


def test_a_new_notice_in_another_script_whose_title_says_the_same_is_no_twin() -> None:
    """A notice published in English with an English title (or a generic Korean one that shares
    nothing) is no visible text written over its twin."""
    before = board(plain(NOTICES[1:]))
    english = [
        ("990001", "Notice for foreign residents on bus fares", "Notice for foreign residents on bus fares")
    ]
    findings = RewriteDetector().compare({}, board(english + plain(NOTICES[1:])), before)
    assert all(f.score < 0.5 and "its own title" not in f.reason for f in findings)
    generic = [
        ("990002", "자세히", "Notice for foreign residents on bus fares")
    ]  # a title too short to be a headline
    findings = RewriteDetector().compare({}, board(generic + plain(NOTICES[1:])), before)
    assert all(f.score < 0.5 for f in findings)


@pytest.mark.parametrize(
    ("text", "shifted"),
    [
        ("澳門人有權知道真相", "han"),  # a sentence in Han alone: no Korean headline reads so
        ("韓中 정상회담 개최 결과 발표", ""),  # Han words among Hangul: Korean as it is written
        ("북산면 저출생 대응 설명회 개최 안내", ""),
    ],
)
def test_a_han_sentence_on_a_hangul_page_is_another_script_and_hanja_among_hangul_is_not(
    text: str, shifted: str
) -> None:
    assert other_script(text, "hangul", 6) == shifted


def test_kanji_only_headlines_on_a_japanese_page_stay_the_pages_script() -> None:
    assert other_script("東京都知事選挙結果発表", "kana", 6) == ""


def test_a_title_every_link_carries_and_an_english_link_are_no_twins() -> None:
    """Korean portals title their new-window links "새창으로 열림" (opens in a new window), and
    an English link may carry its Korean translation as title: neither is a text written over."""
    before = board(plain(NOTICES[1:]))
    window = "새창으로 열림 새창으로 열림"  # headline-long, on every link
    repeated = [(sid, window, text) for sid, text in NOTICES[1:]]
    now = [("990003", window, "Sự thật sẽ được phơi bày"), *repeated]
    findings = RewriteDetector().compare({}, board(now), board(repeated))
    assert all("its own title" not in f.reason for f in findings)
    translated = [("990004", "외국인 주민 버스 요금 안내 공지", "Notice for foreign residents on bus fares")]
    findings = RewriteDetector().compare({}, board(translated + plain(NOTICES[1:])), before)
    assert all("its own title" not in f.reason and f.score < 0.5 for f in findings)


def test_a_bilingual_page_with_headlines_enough_keeps_no_script() -> None:
    """A page whose many headlines mix two scripts has no script of its own; its link texts are
    read only when its headings say too little."""
    heads = "".join(
        f"<h2>{text}</h2>"
        for text in [
            "Council passes budget",
            "立法會今日三讀通過財政預算案及撥款條例",
            "New bus routes",
            "運輸署宣布五月起新增多條巴士路線服務市民",
        ]
    )
    links = "".join(f'<a href="/n/{n}">{"市民可於網上預約服務時段" * 2}{n}</a>' for n in range(5))
    html = f"<html><head><title>政府新聞</title></head><body>{heads}{links}</body></html>"
    cap = Capture(url=SITE, fetched_at=datetime(2026, 12, 7, tzinfo=UTC), body=html.encode())
    assert listing_script(Page(cap)) == page_script(Page(cap)) == ""


def _japanese(headlines: list[str], body: str) -> Page:
    heads = "".join(f"<h2>{text}</h2>" for text in headlines)
    html = f'<html lang="ja"><head><title>北浜県</title></head><body>{heads}<p>{body}</p></body></html>'
    cap = Capture(url=SITE, fetched_at=datetime(2026, 12, 7, tzinfo=UTC), body=html.encode())
    return Page(cap)


def test_a_japanese_page_whose_headlines_are_all_kanji_is_still_japanese() -> None:
    """Headlines of a prefecture ('知事定例記者会見') can be kanji alone; the page's text writes
    kana, so its next headlines with kana are no other script. A Chinese page stays Han."""
    kanji = ["知事定例記者会見の開催", "県議会定例会議案一覧表"]
    prose = "本日の記者会見では、新しい子育て支援策について説明しました。詳しくはこちらをご覧ください。"
    before = _japanese(kanji, prose)
    assert page_script(before) == "kana"
    now = _japanese(
        ["システム更新に伴うふるさと納税のお知らせ", "鳥インフルエンザ防疫措置について", *kanji], prose
    )
    assert RewriteDetector().compare({}, now, before) == []
    chinese = _japanese(
        ["市政府召开常务会议研究部署冬季供暖工作"], "我市新建三所公办幼儿园下月起开始招生，欢迎市民咨询。"
    )
    assert page_script(chinese) == "han"

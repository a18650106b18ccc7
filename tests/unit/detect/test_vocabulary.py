# ruff: noqa: RUF001  (multilingual text: Cyrillic and Turkish letters are intended)
import pytest

from tamperwatch.detect.lexicon import compiled_lexicon
from tamperwatch.detect.vocabulary import VocabularyDetector

from .synthetic import news_page, page


def learned(det: VocabularyDetector, **kwargs: object) -> dict[str, object]:
    part: dict[str, object] = {}
    for day in range(3):
        det.learn(part, page(news_page(day, **kwargs)))  # type: ignore[arg-type]
    return part


@pytest.mark.parametrize(
    "slogan",
    [
        "Hacked by Shadow Crew",
        "Defaced By xXx_team",
        "pwned by n0b0dy",
        "Security is an illusion",
        "Hackeado por Los Fantasmas",
        "Site invadido por Equipe Zero",
        "Di hack oleh Garuda Team",
        "Bu site Karanlık Ekip tarafından hacklendi",
        "Сайт взломан командой",
        "تم اختراق الموقع بواسطة فريق",
        "本站已被黑客入侵",
        "Piraté par la Légion",
        "Website ini diretas oleh tim",
        "Wir sind Anonymous. Wir vergeben nicht.",
        "এই সাইটটি হ্যাক করা হয়েছে",
        "यह वेबसाइट हैक किया गया",
        "ہیک کیا گیا بذریعہ ٹیم",
        "เว็บไซต์นี้ถูกแฮก",
        "이 사이트는 해킹당했습니다",
        "このサイトはハッキングされました",
        "Laman ini digodam oleh Pasukan X",
        "Strona zhakowana przez Team X",
        "Deze site is gehackt door Team X",
        "Somos legión. No perdonamos.",
        "Мы легион. Мы не прощаем.",
    ],
)
def test_defacement_signatures_in_many_languages_make_a_strong_finding(slogan: str) -> None:
    det = VocabularyDetector()
    [finding] = det.detect(learned(det), page(news_page(4, top=f"<h1>{slogan}</h1>")))
    assert finding.score >= 0.5 and finding.content


def test_title_changed_to_a_defacement_title_is_named_in_the_reason() -> None:
    det = VocabularyDetector()
    [finding] = det.detect(learned(det), page(news_page(4, title="Hacked by Shadow Crew")))
    assert finding.score >= 0.5
    assert "title" in finding.reason and "Hacked by Shadow Crew" in finding.reason


def test_a_news_article_about_hackers_does_not_fire() -> None:
    det = VocabularyDetector()
    story = [
        "Hackers stole data from a hospital, police say",
        "Security experts warn of new password attacks",
    ]
    findings = det.detect(learned(det), page(news_page(4, headlines=story + ["Weather stays mild"] * 4)))
    assert all(f.score < 0.5 for f in findings)


def test_hits_already_in_known_good_captures_are_not_new() -> None:
    det = VocabularyDetector()
    banner = "<h1>We are legion: the hacker museum is open</h1>"
    part = learned(det, top=banner)
    assert det.detect(part, page(news_page(7, top=banner))) == []


def test_a_headline_whose_text_no_longer_matches_its_link_is_a_slogan_slot() -> None:
    det = VocabularyDetector()
    part = learned(det)
    html = news_page(4).replace(
        "Council approves budget number 40 for the city", "Stop the war, free Palestine, hackers reveal lies"
    )
    [finding] = det.detect(part, page(html))
    assert finding.score >= 0.5
    assert "swapped headline" in finding.reason


def test_new_marquee_and_unrelated_title_together_are_defacement_imagery() -> None:
    det = VocabularyDetector()
    html = news_page(4, title="RakusOP - Rakus", top="<marquee>IM BACK</marquee>")
    [finding] = det.detect(learned(det), page(html))
    assert finding.score >= 0.5


SECTION = '<h1 class="section-title">{}</h1>'


def trusted(det: VocabularyDetector, label: str = "Politics") -> dict[str, object]:
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day, top=SECTION.format(label))))  # type: ignore[arg-type]
    return part


def test_a_section_label_overwritten_by_a_slogan_with_weak_words_is_defacement() -> None:
    det = VocabularyDetector()
    [finding] = det.detect(
        trusted(det), page(news_page(4, top=SECTION.format("The people wake up, resistance now")))
    )
    assert finding.score >= 0.5
    assert "section label 'Politics' replaced by 'The people wake up, resistance now'" in finding.reason


def test_the_same_slogan_in_an_ordinary_new_headline_stays_weak() -> None:
    det = VocabularyDetector()
    part = trusted(det)
    html = news_page(4, top=SECTION.format("Politics") + "<h2>The people wake up, resistance now</h2>")
    assert all(f.score < 0.5 for f in det.detect(part, page(html)))


def test_a_renamed_section_without_defacement_words_is_not_a_finding() -> None:
    det = VocabularyDetector()
    assert (
        det.detect(trusted(det), page(news_page(4, top=SECTION.format("Politics and the economy today"))))
        == []
    )


def test_a_label_that_moved_elsewhere_on_the_page_was_not_overwritten() -> None:
    det = VocabularyDetector()
    part = trusted(det)
    html = news_page(4, top=SECTION.format("The people wake up, resistance now") + "<h2>Politics</h2>")
    assert all(f.score < 0.5 for f in det.detect(part, page(html)))


def test_after_an_accepted_redesign_the_new_labels_are_the_baseline() -> None:
    det = VocabularyDetector()
    part = trusted(det)
    det.operator_accept(part, page(news_page(5, top=SECTION.format("World"))))  # type: ignore[arg-type]
    part_before = trusted(VocabularyDetector(), label="World")
    assert part["labels"] == part_before["labels"]


def test_the_lexicon_is_compiled_on_first_use_not_when_the_detector_is_built() -> None:
    compiled_lexicon.cache_clear()
    det = VocabularyDetector()
    assert compiled_lexicon.cache_info().currsize == 0
    det.line_score("hacked by someone")
    assert compiled_lexicon.cache_info().currsize == 1


def test_a_title_that_holds_an_injected_script_tag_is_defacement_even_cold() -> None:
    det = VocabularyDetector()
    title = '&lt;script type="text/javascript" src="https://tools.example.net/raw/x1"&gt;&lt;/script&gt;'
    [finding] = det.detect({}, page(news_page(4, title=title)))
    assert finding.score >= 0.5
    assert "title holds injected markup" in finding.reason


def test_a_title_that_talks_about_the_script_element_is_not_markup() -> None:
    det = VocabularyDetector()
    title = "How the &lt;script&gt; element loads code - Example News latest headlines"
    assert det.detect({}, page(news_page(4, title=title))) == []


def test_a_hacking_headline_that_fits_its_own_article_url_is_reporting() -> None:
    """The same words weigh little in the headline of an article whose URL holds them, and in
    full where the headline no longer fits its link."""
    det = VocabularyDetector()
    part = learned(det)
    headline = "City portal hacked by Shadow Crew overnight, council says"
    fits = news_page(9, headlines=[headline, *[f"Council approves budget number {i}" for i in range(5)]])
    slug = "city-portal-hacked-by-shadow-crew-overnight-council-says"
    assert slug in fits
    swapped = fits.replace(slug, "weather-stays-mild")
    fitting = det.detect(part, page(fits))
    off = det.detect(part, page(swapped))
    assert off and off[0].score >= 0.5
    assert not fitting or fitting[0].score < 0.5


def test_a_hacking_headline_of_an_article_the_site_numbers_is_reporting() -> None:
    """A Chinese portal names its articles by number ('content_30418852.htm'), so no slug can
    hold a headline's words: a headline linking to one of the site's own numbered articles is its
    news; the same words linking to another site, or to an article whose slug says something else,
    are not reporting."""
    from tamperwatch.detect.headline_slots import coherent_link_texts

    news = "警方通报多家网站遭黑客攻击 黑客组织宣称入侵政府网站"
    links = {
        "/xwzx/2026-12/07/content_30418852.htm": True,
        "/art/2026/12/7/art_1229_123456.html": True,
        "https://other.example/xwzx/content_30418853.htm": False,
        "/news/weather-stays-mild-all-week-2026": False,
        # a page script showing the notice its query numbers (how many government portals do)
        "/News_Content.aspx?n=5&s=428960": True,
        "/board/view.do?boardId=BBS_01&dataSid=236587": True,
        "/News_Content.aspx?n=5&page=2": False,  # a list page: no number long enough to name one
    }
    for href, reporting in links.items():
        html = f'<html><body><h2><a href="{href}">{news}</a></h2></body></html>'
        assert (coherent_link_texts(page(html), {news}) == {news}) is reporting, href


def test_a_caption_under_a_picture_link_to_a_numbered_article_is_reporting() -> None:
    """A focus slider links the picture (its alt holds the headline) and prints the headline as a
    caption beside it: the caption is the link's news. The same caption beside a picture linking
    elsewhere, or whose alt says something else, is not."""
    from tamperwatch.detect.headline_slots import coherent_link_texts

    news = "警方拘捕兩名涉入侵網站的青年 涉篡改學校網頁"
    for href, alt, reporting in [
        ("/News_Content.aspx?n=5&s=428960", news, True),
        ("https://other.example/News_Content.aspx?n=5&s=428960", news, False),
        ("/News_Content.aspx?n=5&s=428960", "颱風應變 民政事務處加派人手", False),
    ]:
        picture = f'<a href="{href}"><img src="/p.jpg" alt="{alt}"></a>'
        html = f"<html><body><li>{picture}<p>{news}</p></li></body></html>"
        assert (coherent_link_texts(page(html), {news}) == {news}) is reporting, (href, alt)


def test_a_chinese_portal_renaming_its_title_keeps_its_name_by_character_pairs() -> None:
    """A Chinese title is one run of characters per part ('东岸新闻网_权威新闻_东岸门户'): it is
    compared by character pairs, so a redesign titled '东岸新闻 - 有温度的新闻客户端' with its new
    scrolling notice is no title swap; a slogan title that shares no pair still is."""
    det = VocabularyDetector()
    part = learned(det, title="东岸新闻网_权威新闻_东岸门户")
    notice = "<marquee>今日有雨，请市民注意出行安全</marquee>"
    renamed = det.detect(part, page(news_page(4, title="东岸新闻 - 有温度的新闻客户端", top=notice)))
    assert all(f.score < 0.5 for f in renamed)
    [swapped] = det.detect(part, page(news_page(4, title="我们一直都在这里", top=notice)))
    assert swapped.score >= 0.5 and "title replaced by unrelated" in swapped.reason


def test_a_portal_whose_titles_carry_the_days_headline_keeps_its_name_among_the_title_words() -> None:
    """Titles like '<headline>_新浪新闻' bring new words at every capture: the site's name, in
    every title, stays among the learned ones, so a later capture's title is no swap."""
    det = VocabularyDetector()
    part: dict[str, object] = {}
    # headlines of characters that sort before the name's: no cut by code point may drop the name
    headlines = ["".join(chr(0x4E00 + 8 * n + i) for i in range(8)) for n in range(60)]
    for n, headline in enumerate(headlines):
        det.learn(part, page(news_page(n, title=f"{headline}_潮讯网")))
    later = det.detect(part, page(news_page(99, title="寒潮来袭全市启动应急预案_潮讯网")))
    assert all("title replaced" not in f.reason for f in later)


@pytest.mark.parametrize("most", [1, 3, 400])
def test_lines_holding_a_stem_are_found_in_one_scan(most: int) -> None:
    from itertools import accumulate

    from tamperwatch.detect.lexicon import STEMS
    from tamperwatch.detect.vocabulary import _stem_lines

    lines = [
        "Council approves the harbour budget",
        "Hacked by Team X, greetz to all",
        "İstanbul: your website was owned",  # lower-casing lengthens 'İ': line starts move
        "Weather: sunny",
        "admin password leaked",
        "Free tickets for the cyber festival",
    ]
    for chosen in (lines, [line for line in lines if not line.startswith("İ")]):
        joined = "\n".join(chosen).lower()
        starts = list(accumulate((len(line) + 1 for line in chosen), initial=0))
        holding = {i for i, line in enumerate(chosen) if any(stem in line.lower() for stem in STEMS)}
        found = _stem_lines(joined, starts, most)
        assert found == holding if len(holding) < most else (len(found) == most and found <= holding)

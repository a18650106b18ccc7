"""Site identity: a page that keeps none of the site's own sections and never names the site."""

from __future__ import annotations

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.identity import IdentityDetector
from tamperwatch.detect.profile import Profile
from tamperwatch.detect.template_break import TemplateBreakDetector
from tamperwatch.models import Status

from .synthetic import SITE, defacement_page, news_page, page, redesign_page

GOV = "https://www.gov.example.cn/"


def learned(det: IdentityDetector, pages: list[str], url: str = SITE) -> dict[str, object]:
    part: dict[str, object] = {}
    for html in pages:
        det.learn(part, page(html, url))
    return part


def test_a_page_that_keeps_no_section_and_never_names_the_site_stands_in_for_it() -> None:
    det = IdentityDetector()
    part = learned(det, [news_page(day) for day in range(4)])
    for text in ("Hacked by Shadow Crew", "Wir sind wieder da", "Nous sommes partout"):
        [finding] = det.detect(part, page(defacement_page(text, title=text)))
        assert finding.content and finding.score >= 0.5
        assert finding.evidence["kept_paths"] == 0.0


def test_a_redesign_keeps_the_name_and_a_new_story_keeps_the_sections() -> None:
    det = IdentityDetector()
    part = learned(det, [news_page(day) for day in range(4)])
    assert det.detect(part, page(redesign_page(5))) == []  # new paths, same name
    assert det.detect(part, page(news_page(9, headlines=["Storm closes the harbour"]))) == []
    # a page that mentions the site is not judged by this detector (other detectors read its text)
    assert det.detect(part, page(defacement_page("Example News was hacked"))) == []


def test_the_sites_name_is_what_every_title_shares_not_the_headline() -> None:
    det = IdentityDetector()
    stories = ["Harbour reopens", "Budget passes council", "Storm hits coast", "School wins award"]
    titles = [f"{story} | Riverton Post" for story in stories]
    part = learned(det, [news_page(n, title=t) for n, t in enumerate(titles)])
    replaced = defacement_page("Harbour and council", title="Harbour and council")  # headline words only
    assert det.detect(part, page(replaced))
    named = defacement_page("Notice", title="Riverton Post")
    assert det.detect(part, page(named)) == []


def _gov_page(day: int, nav: bool = True, title: str = "北京市人民政府门户网站") -> str:
    menu = "".join(
        f'<a href="/{p}/">{t}</a>'
        for p, t in [("zwgk", "政务公开"), ("bmfw", "便民服务"), ("hdjl", "互动交流"), ("zjbj", "走进北京")]
    )
    items = "".join(f'<li><a href="/zwgk/{day}{i}.html">第{day}{i}号通知</a></li>' for i in range(5))
    return (
        f"<html><head><meta charset='gbk'><title>{title}</title></head><body>"
        f"<div class='nav'>{menu if nav else ''}</div><ul>{items}</ul>"
        "<p>版权所有 北京市人民政府</p></body></html>"
    )


def test_chinese_sites_are_judged_by_their_own_name_and_sections() -> None:
    det = IdentityDetector()
    part = learned(det, [_gov_page(d) for d in range(3)], GOV)
    slogan = (
        "<html><head><title>我们来了</title></head><body><h1>我们来了</h1><p>系统不安全</p></body></html>"
    )
    [finding] = det.detect(part, page(slogan, GOV))
    assert "北京市人民政府门户网站" in finding.evidence["site_words"]
    assert det.detect(part, page(_gov_page(7, nav=False), GOV)) == []  # names the site
    renamed = _gov_page(8, nav=False, title="首都之窗")  # new title, no menu, but the footer names it
    assert det.detect(part, page(renamed, GOV)) == []


def test_a_site_with_too_few_sections_is_not_judged() -> None:
    det = IdentityDetector()
    bare = "<html><head><title>Shop</title></head><body><a href='/cart'>Cart</a><p>Offers</p></body></html>"
    part = learned(det, [bare] * 3)
    assert det.detect(part, page(defacement_page())) == []


def test_the_engine_calls_a_replacement_defaced_even_when_only_the_template_broke_otherwise() -> None:
    engine = DetectionEngine([TemplateBreakDetector(), IdentityDetector()], learn_captures=3)
    profile = Profile()
    for day in range(3):
        engine.learn(profile, page(news_page(day)), trusted=True)
    plain = page(defacement_page("Quiet words with no lexicon", title="Quiet words with no lexicon"))
    assert engine.evaluate(profile, plain).status is Status.DEFACED
    assert engine.evaluate(profile, page(redesign_page(4))).status is not Status.DEFACED


def test_a_chinese_title_is_read_word_by_word_across_its_underscores() -> None:
    """Chinese CMS titles join their parts with '_' ('24小时快讯_实时滚动新闻_潮讯'): each part is
    a word of the site's name, so a redesign that keeps only the brand ('快讯 - 潮讯') and moves
    every section still names the site; a slogan page that names nothing of it is still found."""
    det = IdentityDetector()
    titled = "24小时快讯_实时滚动新闻_潮讯"
    part = learned(det, [_gov_page(d, title=titled) for d in range(3)], GOV)
    redesign = (
        "<html><head><title>快讯 - 潮讯</title></head><body><nav><a href='/kx/'>快讯</a>"
        "<a href='/sd/'>深度</a></nav><ul><li><a href='/kx/9001.html'>今日要闻</a></li></ul></body></html>"
    )
    assert det.detect(part, page(redesign, GOV)) == []
    slogan = "<html><head><title>我们来了</title></head><body><h1>我们来了</h1></body></html>"
    assert det.detect(part, page(slogan, GOV))

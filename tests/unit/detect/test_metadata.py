"""Metadata: title, description and keywords rewritten together to text unrelated to the site's."""

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.detect.metadata import MetadataDetector, page_metadata
from tamperwatch.detect.page import Page
from tamperwatch.models import Capture

GOV = """<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="keywords" content="{keywords}"><meta name="description" content="{description}">
<meta property="og:title" content="{title}"></head><body class="gov"><div class="news">
<h3 class="news-title"><a href="/zwgk/2026-12/06/content_88102.htm">{headline}</a></h3></div></body></html>"""
OWN = {
    "title": "北京市住房和城乡建设委员会",
    "keywords": "住房,城乡建设,保障房,物业管理,建筑市场",
    "description": "北京市住房和城乡建设委员会门户网站，发布政策法规、办事指南和通知公告。",  # noqa: RUF001
}
SPAM = {
    "title": "澳门新葡京娱乐场官方网站-百家乐稳赢技巧",
    "keywords": "百家乐,新葡京,真人娱乐,体育投注",
    "description": "新葡京娱乐场为您提供真人视讯、体育投注，注册即送彩金。",  # noqa: RUF001
}


def gov(fields: dict[str, str], headline: str = "市住建委发布冬季施工安全管理通知") -> Page:
    html = GOV.format(headline=headline, **fields)
    return Page(
        Capture(
            url="https://zjw.example.gov.cn/",
            fetched_at=datetime(2026, 12, 6, tzinfo=UTC),
            final_url="https://zjw.example.gov.cn/",
            status=200,
            headers=(("content-type", "text/html; charset=utf-8"),),
            body=html.encode(),
        )
    )


def score(part: dict[str, object], before: Page, now: Page) -> float:
    found = MetadataDetector().compare(part, now, before)
    return found[0].score if found else 0.0


def test_title_keywords_and_description_hijacked_together_are_a_defacement_in_any_language() -> None:
    before, now = gov(OWN), gov(SPAM)
    [finding] = MetadataDetector().compare({}, now, before)
    assert finding.score >= 0.5 and finding.content
    assert set(finding.evidence["groups"]) == {"title", "description", "keywords"}


def test_one_rewritten_field_or_a_reworded_one_is_no_finding() -> None:
    assert score({}, gov(OWN), gov({**OWN, "title": SPAM["title"]})) == 0.0  # the title alone
    reworded = {
        "title": "北京市住房和城乡建设委员会 - 首页",
        "keywords": "住房,城乡建设,保障房,物业服务",
        "description": "北京市住房和城乡建设委员会：政策法规、办事指南。",  # noqa: RUF001
    }
    assert score({}, gov(OWN), gov(reworded)) == 0.0  # a redesign keeps the site's words
    assert score({}, gov(OWN), gov(OWN, headline="新的通知：供暖季安全检查全面展开")) == 0.0  # a publish  # noqa: RUF001


def test_a_site_whose_clean_captures_rewrite_their_metadata_gets_no_finding() -> None:
    det = MetadataDetector()
    part: dict[str, object] = {}
    det.learn(part, gov(OWN))
    det.learn(part, gov(SPAM))  # the site itself once changed everything (a rebrand, accepted)
    assert part["volatile"] == 1
    assert score(part, gov(OWN), gov(SPAM)) == 0.0


def test_metadata_fields_are_read_once_and_bounded() -> None:
    fields = page_metadata(gov({**OWN, "description": "长" * 5000}))
    assert fields["title"] == OWN["title"] and len(fields["description"]) == 300
    assert fields["og:title"] == OWN["title"]


def _with_script(page_fields: dict[str, str], script: str) -> Page:
    html = GOV.format(headline="市住建委发布冬季施工安全管理通知", **page_fields).replace(
        "</head>", f"{script}</head>"
    )
    return Page(
        Capture(
            url="https://zjw.example.gov.cn/",
            fetched_at=datetime(2026, 12, 6, tzinfo=UTC),
            status=200,
            headers=(("content-type", "text/html; charset=utf-8"),),
            body=html.encode(),
        )
    )


def test_a_new_script_that_shows_visitors_the_old_title_under_a_changed_one_is_decisive() -> None:
    """Only the title is hijacked (the description and keywords stay), and a script puts the old
    title back for visitors, written as \\u escapes: decisive, even on a site whose metadata moves."""
    hijacked = dict(OWN, title=SPAM["title"] + "_" + OWN["title"])
    escaped = "".join(f"\\u{ord(ch):04x}" for ch in OWN["title"])
    now = _with_script(hijacked, f'<script type="text/javascript">document.title = "{escaped}";</script>')
    [finding] = MetadataDetector().compare({"volatile": 2}, now, gov(OWN))
    assert finding.score >= 0.5
    assert "cloaked" in finding.reason
    assert finding.evidence["shown"] == OWN["title"]


def test_a_site_that_sets_its_title_by_script_every_day_or_keeps_its_title_is_no_cloak() -> None:
    script = f"<script>document.title='{OWN['title']} - 首页';</script>"
    before = _with_script(OWN, script)
    retitled = _with_script(dict(OWN, title="北京市住房和城乡建设委员会门户网站"), script)
    assert MetadataDetector().compare({}, retitled, before) == []  # the same script as before
    same_title = _with_script(OWN, "<script>document.title='(1) 新消息';</script>")
    assert MetadataDetector().compare({}, same_title, gov(OWN)) == []  # the <title> did not change


def test_scripts_that_set_titles_of_their_own_are_no_cloak() -> None:
    """A tab-title plugin, a counter built by concatenation and a server-rendered literal of the new
    title (entities left in it) arriving with a retitle do not show visitors the old title."""
    retitled = dict(OWN, title="北京市住房和城乡建设委员会 | 首页 & 通知")
    for script in (
        "<script>document.title = '快回来看看 - 最新通知';</script>",
        "<script>var n = 3; document.title = '(' + n + ') ' + document.title;</script>",
        "<script>document.title = '北京市住房和城乡建设委员会 | 首页 &amp; 通知';</script>",
    ):
        assert MetadataDetector().compare({}, _with_script(retitled, script), gov(OWN)) == [], script

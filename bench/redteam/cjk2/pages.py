"""The page task: single legit pages of the edition's sites (front pages, articles, notices with
attachments, column lists) and whole defacement pages, each in a declared charset."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import random
from datetime import timedelta

from ..model import PageItem
from .deface import STYLES as DEFACE_STYLES
from .deface import deface_page
from .history import advance, initial_state
from .parts import charset_meta, day, esc, footer_lines, nav_links, ui
from .render import encode, family_of, page_text
from .sites import SITES, Site
from .state import State
from .text import SITE_PLACES, VOICES, headline

LEGIT_KINDS = ("front", "article", "notice", "maintenance", "list", "not-found", "article", "list", "notice")
DEFACE_CHARSETS = (
    ("utf-8", "utf-8"),
    ("gb2312", "gbk"),
    ("gbk", "gbk"),
    ("big5", "big5hkscs"),
    ("", "utf-8"),
    ("gb18030", "gb18030"),
)

BODY: dict[str, tuple[str, ...]] = {
    "zh-CN": (
        "会议强调，要坚持问题导向，压实工作责任，确保各项任务落到实处。",
        "据了解，该项目总投资约{n}亿元，预计年底前全面完工。",
        "下一步，{place}将进一步完善工作机制，持续推动{topic}提质增效。",
        "记者从{org}获悉，今年以来全市共受理相关事项{n}件，按时办结率达到百分之百。",
        "活动现场，工作人员向群众发放宣传资料，耐心解答大家关心的问题。",
        "{who}指出，要把群众满意作为工作的出发点和落脚点。",
        "如有疑问，请在工作日拨打咨询电话。",
    ),
    "zh-HK": (
        "消息指，事件中無人受傷，警方正調查事件起因。",
        "有市民表示，希望當局盡快改善{thing}問題。",
        "相關工程預計於{n}個月內完成，期間部分路段需要封閉。",
        "發言人表示，會繼續密切留意情況，並適時公布最新消息。",
    ),
    "zh-MO": (
        "當局表示，會加強巡查，保障市民安全。",
        "有居民反映，{place}一帶交通擠塞情況嚴重。",
        "活動為期{n}日，歡迎市民參與。",
    ),
    "zh-TW": (
        "這家店位於巷子裡，不太好找，但真的很值得。",
        "老闆很親切，還會推薦當天最新鮮的菜色。",
        "整體來說CP值很高，下次還會再來！",
        "停車可以停在附近的公有停車場，步行約{n}分鐘。",
    ),
    "ja": (
        "詳しくは担当課までお問い合わせください。",
        "申込期間は{month}月{n}日までです。",
        "当日は雨天決行です。駐車場には限りがありますので、公共交通機関をご利用ください。",
        "県では、引き続き関係機関と連携して取り組んでまいります。",
    ),
    "ko": (
        "자세한 사항은 담당 부서로 문의하시기 바랍니다.",
        "신청 기간은 {month}월 {n}일까지입니다.",
        "시는 앞으로도 시민 불편을 최소화하기 위해 노력할 계획이다.",
        "행사에는 시민 {n}여 명이 참석했다.",
    ),
}


LABELS: dict[str, tuple[str, str, str, str, str]] = {  # source, index number, published, attachment, pages
    "zh-CN": ("来源：", "索引号：", "发布日期：", "附件", "共{n}页"),
    "zh-HK": ("來源：", "檔案編號：", "發布日期：", "附件", "共{n}頁"),
    "zh-MO": ("來源：", "編號：", "發布日期：", "附件", "共{n}頁"),
    "zh-TW": ("作者：", "文章編號：", "發表於：", "附檔", "共{n}頁"),
    "ja": ("掲載元：", "ページ番号：", "掲載日：", "添付ファイル", "全{n}ページ"),
    "ko": ("출처: ", "관리번호: ", "등록일: ", "첨부파일", "총 {n}페이지"),
}


def _fill(pattern: str, site: Site, rng: random.Random) -> str:
    for slot, words in VOICES[site.voice].slots.items():
        while "{" + slot + "}" in pattern:
            pattern = pattern.replace("{" + slot + "}", rng.choice(words), 1)
    return pattern.replace("{n}", str(rng.randint(2, 90))).replace("{month}", str(rng.randint(1, 12)))


def _paragraphs(site: Site, rng: random.Random, count: int) -> str:
    pool = BODY.get(site.lang, BODY["zh-CN"])
    paras = []
    for _ in range(count):
        paras.append(
            "<p>"
            + esc("".join(_fill(rng.choice(pool), site, rng) for _ in range(rng.randint(2, 4))))
            + "</p>"
        )
    return "\n".join(paras)


def _state(site: Site, rng: random.Random) -> State:
    state = initial_state(site, rng)
    for _ in range(rng.randint(0, 4)):
        state = advance(site, state, rng, redesign=rng.random() < 0.15 and not state.redesigned)
    return state


def _detail(site: Site, state: State, rng: random.Random, kind: str) -> str:
    p = site.prefix
    source, index_no, published, attachment, pages = LABELS[site.lang]
    column = rng.choice(list(state.columns))
    item = rng.choice(state.columns[column][:6])
    title = item.title if kind != "list" else column
    if kind == "article":
        main = f'<h1 class="{p}-title">{esc(title)}</h1>\n<div class="{p}-info">{day(item.when, site)} {item.when:%H:%M}　{source}{esc(site.name)}</div>\n<div class="{p}-content" id="zoom">\n{_paragraphs(site, rng, rng.randint(3, 9))}\n</div>'
    elif kind == "notice":
        files = "\n".join(
            f'<li><a href="/module/download/downfile.jsp?filename={rng.randrange(10**12)}.{ext}">{attachment}{k + 1}：{esc(headline(VOICES[site.voice], column, rng, SITE_PLACES.get(site.key, ())))}.{ext}</a></li>'
            for k, ext in enumerate(rng.sample(("pdf", "doc", "docx", "xls", "wps"), rng.randint(1, 3)))
        )
        main = f'<table class="{p}-xxgk" width="100%"><tr><td>{index_no}{rng.randrange(10**8)}/{item.when.year}-{rng.randrange(1000, 9999)}</td><td>{published}{day(item.when, site)}</td></tr></table>\n<h1 class="{p}-title">{esc(title)}</h1>\n<div class="{p}-content">{_paragraphs(site, rng, rng.randint(2, 5))}</div>\n<ul class="{p}-files">{files}</ul>\n<p class="{p}-sign" style="text-align:right">{esc(site.name)}<br>{day(item.when, site)}</p>'
    else:
        more = list(state.columns[column])
        when = item.when
        while len(more) < 20:
            when -= timedelta(days=rng.randint(1, 9))
            more.append(
                type(item)(
                    headline(VOICES[site.voice], column, rng, SITE_PLACES.get(site.key, ())),
                    item.url.replace(str(item.when.year), str(when.year)),
                    when,
                )
            )
        rows = "\n".join(
            f'<li><a href="{it.url}">{esc(it.title)}</a><span>{day(it.when, site)}</span></li>'
            for it in more[:20]
        )
        main = f'<h2 class="{p}-colname">{esc(column)}</h2>\n<ul class="{p}-pagelist">\n{rows}\n</ul>\n<div class="{p}-pager">{pages.replace("{n}", str(rng.randint(30, 900)))} <a href="index_1.html">{ui(site, "older")}</a></div>'
    return f"""<!DOCTYPE html>
<html lang="{site.lang}">
<head>
{charset_meta(site, rng.randrange(2))}
<title>{esc(title)}_{esc(site.name)}</title>
<meta name="ArticleTitle" content="{esc(title)}">
<link rel="stylesheet" href="/css/{p}-{family_of(site, state)}-{state.build}.css">
</head>
<body class="{p}-{kind}">
<div class="{p}-head"><a href="/" class="{p}-logo">{esc(site.name)}</a><ul class="{p}-nav">{nav_links(site, '<li><a href="/c{i}/">{label}</a></li>')}</ul></div>
<div class="{p}-crumb"><a href="/">{ui(site, "home")}</a> &gt; <a href="/c0/">{esc(column)}</a></div>
<div class="{p}-wrap">
{main}
</div>
<div class="{p}-foot">{footer_lines(site)}</div>
</body>
</html>
"""


# The site's own error and maintenance pages (what its CMS or operator serves), per language.
STATUS_PAGES: dict[str, dict[str, tuple[str, str]]] = {
    "not-found": {
        "zh-CN": ("404 - 您访问的页面不存在", "抱歉，您访问的页面已删除或不存在，{s}秒后自动返回首页。"),
        "zh-HK": ("找不到網頁", "閣下要求的網頁已被移除或不存在，請返回主頁。"),
        "zh-MO": ("找不到頁面", "您要找的頁面不存在，請返回首頁。"),
        "zh-TW": ("找不到這篇文章", "文章可能已被作者刪除或設為私密。"),
        "ja": ("ページが見つかりません", "お探しのページは移動または削除された可能性があります。"),
        "ko": ("페이지를 찾을 수 없습니다", "요청하신 페이지가 삭제되었거나 주소가 변경되었습니다."),
    },
    "maintenance": {
        "zh-CN": (
            "系统升级维护公告",
            "为提供更好的服务，本网站于今日22:00至次日6:00进行系统升级维护，期间暂停访问，给您带来不便敬请谅解。",
        ),
        "zh-HK": ("系統維護", "本網站正進行系統維護，暫停服務，不便之處，敬請原諒。"),
        "zh-MO": ("網站維護中", "本報網站正進行升級，請稍後再訪問。"),
        "zh-TW": ("網站維護中", "部落格系統升級中，預計兩小時後恢復，謝謝大家耐心等候！"),
        "ja": ("メンテナンス中", "ただいまシステムメンテナンスのため、ホームページを一時停止しております。"),
        "ko": ("시스템 점검 안내", "보다 나은 서비스를 위해 홈페이지 시스템 점검을 실시하고 있습니다."),
    },
}


def _status_page(site: Site, state: State, rng: random.Random, kind: str) -> str:
    heading, line = STATUS_PAGES[kind][site.lang]
    seconds = str(rng.choice((3, 5, 10)))
    back = (
        f'<meta http-equiv="refresh" content="{seconds};url=/">'
        if kind == "not-found" and site.lang == "zh-CN"
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{site.lang}">
<head>
{charset_meta(site, rng.randrange(2))}
<title>{esc(heading)} - {esc(site.name)}</title>
{back}
<link rel="stylesheet" href="/css/{site.prefix}-error.css?{state.build}">
</head>
<body class="{site.prefix}-{kind}">
<div class="{site.prefix}-errbox"><a href="/"><img src="/images/{site.prefix}_logo.png" alt="{esc(site.name)}"></a>
<h1>{esc(heading)}</h1>
<p>{esc(line.replace("{s}", seconds))}</p>
<p><a href="/">{ui(site, "home")}</a></p>
<p class="{site.prefix}-foot">{footer_lines(site)}</p></div>
</body>
</html>
"""


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"cjk2:{seed}:page-legit:{index}")
    site = SITES[(index * 7) % len(SITES)]
    kind = LEGIT_KINDS[(index // len(SITES)) % len(LEGIT_KINDS)]
    state = _state(site, rng)
    if kind == "front":
        text = page_text(site, state)
    elif kind in STATUS_PAGES:
        text = _status_page(site, state, rng, kind)
    else:
        text = _detail(site, state, rng, kind)
    pid = f"p2{rng.randrange(16**10):010x}"
    info: dict[str, object] = {
        "kind": kind,
        "site": site.key,
        "language": site.lang,
        "charset": site.charset,
        "codec": site.codec,
        "declared": site.declare,
        "labelled_in_page": site.declare != "header",
        "template": family_of(site, state),
    }
    return PageItem(pid, encode(site, text), "legit", "legit", info)


def deface_page_item(index: int, seed: int) -> PageItem:
    rng = random.Random(f"cjk2:{seed}:page-deface:{index}")
    style = DEFACE_STYLES[index % len(DEFACE_STYLES)]
    label, codec = DEFACE_CHARSETS[(index // len(DEFACE_STYLES)) % len(DEFACE_CHARSETS)]
    page, info = deface_page(rng, style, label or None, rng.choice(SITES).name if rng.random() < 0.3 else "")
    pid = f"p2{rng.randrange(16**10):010x}"
    data = page.encode(codec, "xmlcharrefreplace")
    return PageItem(
        pid,
        data,
        "defaced",
        "deface-page",
        info | {"kind": "splash", "charset": label or "none", "codec": codec},
    )

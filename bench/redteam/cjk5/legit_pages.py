# ruff: noqa: RUF001 - full-width CJK punctuation is the text itself
"""Single legitimate CJK pages for the page task: articles, notices, lists, forms, maintenance
pages, 404s, mourning pages and bare notices, each in its site's own dress and charset."""

from __future__ import annotations

import random
from datetime import datetime

from . import chrome
from .render import esc
from .sites import Site
from .text import headline, paragraphs

PAGE_KINDS = (
    "article",
    "notice",
    "list",
    "form",
    "maintenance",
    "not-found",
    "mourning",
    "plain",
    "security-news",
)

MAINTENANCE = {
    "zh-Hans": (
        "系统维护公告",
        "为提升服务质量，本网站将于今晚22:00至次日06:00进行系统升级，期间暂停访问，敬请谅解。",
    ),
    "zh-Hant": (
        "系統維護通知",
        "本網站將於今晚十時至翌日早上六時進行系統維護，期間暫停服務，不便之處，敬請見諒。",
    ),
    "ja": (
        "メンテナンスのお知らせ",
        "ただいまシステムメンテナンス中です。ご不便をおかけしますが、しばらくお待ちください。",
    ),
    "ko": (
        "시스템 점검 안내",
        "보다 나은 서비스를 위해 시스템 점검 중입니다. 이용에 불편을 드려 죄송합니다.",
    ),
}
NOT_FOUND = {
    "zh-Hans": ("404 页面不存在", "抱歉，您访问的页面不存在或已被删除。", "返回首页"),
    "zh-Hant": ("404 找不到網頁", "對不起，您要求的網頁不存在或已移除。", "返回首頁"),
    "ja": (
        "404 ページが見つかりません",
        "お探しのページは移動または削除された可能性があります。",
        "トップページへ戻る",
    ),
    "ko": (
        "404 페이지를 찾을 수 없습니다",
        "요청하신 페이지가 삭제되었거나 주소가 변경되었습니다.",
        "홈으로",
    ),
}
MOURNING = {
    "zh-Hans": "沉痛悼念地震遇难同胞",
    "zh-Hant": "深切哀悼不幸罹難者",
    "ja": "謹んでお悔やみ申し上げます",
    "ko": "삼가 고인의 명복을 빕니다",
}
SECURITY_NEWS = {
    "zh-Hans": (
        "我市通报一起政府网站遭黑客篡改事件",
        "网信部门提醒各单位及时修补系统漏洞，防范网页被植入赌博暗链。",
    ),
    "zh-Hant": ("本局網站遭惡意入侵 資料未有外洩", "本局已即時封鎖可疑連線，並已報警處理，市民毋須擔心。"),
    "ja": (
        "県HPに不正アクセス　改ざんは確認されず",
        "県は外部からの不正アクセスを検知し、サーバーを一時停止した。",
    ),
    "ko": (
        "공공기관 홈페이지 해킹 시도 급증",
        "관계 당국은 각 기관에 보안 패치를 즉시 적용할 것을 당부했다.",
    ),
}
ATTACHMENT = {"zh-Hans": "附件：", "zh-Hant": "附件：", "ja": "添付ファイル：", "ko": "첨부파일: "}
LANG = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW", "ja": "ja", "ko": "ko"}


def _shell(site: Site, title: str, body: str, charset: str, declared: bool, grey: bool = False) -> str:
    meta = f'<meta charset="{charset}">\n' if declared else ""
    style = "<style>html{filter:grayscale(1)}</style>\n" if grey else ""
    nav = "".join(f'<a href="/col/col{n + 101}/">{esc(s)}</a> ' for n, s in enumerate(site.sections))
    return (
        f'<!DOCTYPE html>\n<html lang="{LANG[site.language]}">\n<head>\n{meta}<title>{esc(title)} -'
        f" {esc(site.name)}"
        f'</title>\n<link rel="stylesheet" href="/css/article.css">\n{style}</head>\n<body>\n<div class'
        '="top">'
        f'<a href="/"><img src="/images/logo.png" alt="{esc(site.name)}"></a></div>\n<div class="nav"'
        f">{nav}</div>\n"
        f'<div class="content">\n{body}\n</div>\n<div class="foot">{chrome.footer(site, _when())}</div'
        ">\n</body>\n</html>\n"
    )


def _when() -> datetime:  # a fixed date keeps the footer year stable
    return datetime(2026, 5, 1)


def legit_page(site: Site, rng: random.Random, kind: str, charset: str, declared: bool) -> str:
    lang = site.language
    title = headline(site.key, rng, 2026)
    paras = "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs(lang, rng, rng.randint(3, 7)))
    if kind == "article":
        body = (
            f'<h1>{esc(title)}</h1>\n<div class="info">2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}<'
            f"/div>\n{paras}"
        )
        return _shell(site, title, body, charset, declared)
    if kind == "notice":
        body = (
            f'<h1>{esc(title)}</h1>\n{paras}<p>{ATTACHMENT[lang]}<a href="/upload'
            f'/{rng.randint(1000, 9999)}.pdf">'
            f'{esc(title[:10])}.pdf</a></p>\n<p style="text-align:right">{esc(site.name)}</p>'
        )
        return _shell(site, title, body, charset, declared)
    if kind == "list":
        lis = "".join(
            f'<li><a href="/art/{rng.randint(10000, 99999)}.html">{esc(headline(site.key, rng, 2026))}</a>'
            f"<span>2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}</span></li>\n"
            for _ in range(rng.randint(10, 20))
        )
        return _shell(
            site, site.sections[rng.randrange(5)], f'<ul class="list">\n{lis}</ul>', charset, declared
        )
    if kind == "form":
        fields = "".join(
            f'<label>{esc(s)}<input name="f{n}"></label><br>\n' for n, s in enumerate(site.sections[:4])
        )
        body = (
            f'<h1>{esc(title)}</h1>\n<form method="post" action="/apply">\n{fields}<button>OK</button></form>'
        )
        return _shell(site, title, body, charset, declared)
    if kind == "maintenance":
        head, text = MAINTENANCE[lang]
        return (
            f"<html><head>{f'<meta charset={chr(34)}{charset}{chr(34)}>' if declared else ''}<title"
            f">{esc(head)}</title>"
            f'</head>\n<body style="background:#223;color:#fff;text-align:center;padding-top:120px">\n'
            f"<h1>{esc(head)}</h1>\n<p>{esc(text)}</p>\n<p>{esc(site.name)}</p>\n</body></html>\n"
        )
    if kind == "not-found":
        head, text, back = NOT_FOUND[lang]
        body = f'<div class="e404"><h1>{esc(head)}</h1><p>{esc(text)}</p><a href="/">{esc(back)}</a></div>'
        return _shell(site, head, body, charset, declared)
    if kind == "mourning":
        body = f"<h1>{esc(MOURNING[lang])}</h1>\n<h2>{esc(title)}</h2>\n{paras}"
        return _shell(site, title, body, charset, declared, grey=True)
    if kind == "security-news":
        head, lead = SECURITY_NEWS[lang]
        body = f"<h1>{esc(head)}</h1>\n<p>{esc(lead)}</p>\n{paras}"
        return _shell(site, head, body, charset, declared)
    return (
        f"<html><head><title>{esc(title)}</title></head><body><pre>{esc(title)}"
        f"\n\n{esc(paragraphs(lang, rng, 1)[0])}</pre></body></html>\n"
    )

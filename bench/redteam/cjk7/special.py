# ruff: noqa: RUF001, E501 - a table of page text in CJK scripts, one entry a line
"""Single legit pages a monitor meets: article pages, 404s, maintenance pages and login forms."""

from __future__ import annotations

from html import escape
from types import MappingProxyType

from .history import Article, Capture
from .render import article_url
from .sites import Site
from .words import WORDS

TEXTS = MappingProxyType(
    {  # 404 title, 404 line, maintenance title, maintenance line, login title, user, password, button
        "zh-Hans": (
            "404 页面不存在",
            "您访问的页面已删除或地址有误，请返回首页。",
            "系统维护中",
            "为提供更好的服务，网站正在升级，请稍后访问。",
            "统一身份认证",
            "用户名/工号",
            "密码",
            "登 录",
        ),
        "zh-Hant": (
            "404 找不到網頁",
            "您要找的網頁不存在或已移除。",
            "系統維護中",
            "網站正在進行例行維護，造成不便，敬請見諒。",
            "會員登入",
            "帳號",
            "密碼",
            "登入",
        ),
        "ja": (
            "404 ページが見つかりません",
            "お探しのページは削除されたか、URLが変更された可能性があります。",
            "メンテナンス中",
            "ただいまシステムメンテナンスを実施しております。ご迷惑をおかけいたします。",
            "ログイン",
            "ユーザーID",
            "パスワード",
            "ログイン",
        ),
        "ko": (
            "404 페이지를 찾을 수 없습니다",
            "요청하신 페이지가 삭제되었거나 주소가 변경되었습니다.",
            "시스템 점검 중",
            "보다 나은 서비스를 위해 시스템 점검을 진행하고 있습니다.",
            "로그인",
            "아이디",
            "비밀번호",
            "로그인",
        ),
    }
)


def _page(site: Site, cap: Capture, title: str, body: str) -> str:
    meta = "" if site.where == "header" else f'<meta charset="{cap.label}">'
    return (
        f'<!DOCTYPE html>\n<html lang="{site.lang}">\n<head>{meta}<title>{escape(title)} - {escape(site.name)}</title>'
        f'<link rel="stylesheet" href="/static/css/style{cap.era}.css"></head>\n<body>\n'
        f'<header><a href="/"><img src="/static/img/logo{cap.era}.png" alt="{escape(site.name)}"></a></header>\n'
        f"{body}\n<footer>{escape(site.footer)}</footer>\n</body>\n</html>\n"
    )


def article_page(site: Site, cap: Capture, a: Article, paragraphs: list[str]) -> str:
    _, _, where, home, _, _ = WORDS[site.lang]
    text = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    body = (
        f'<div class="position">{escape(where)}<a href="/">{home}</a> &gt; {escape(site.nav[1])}</div>'
        f'<article data-id="{a.aid}"><h1>{escape(a.title)}</h1><div class="info">{a.at:%Y-%m-%d %H:%M}</div>'
        f'<figure><img src="/uploads/{a.at:%Y%m}/{a.aid}.jpg" alt="{escape(a.caption)}"><figcaption>{escape(a.caption)}</figcaption></figure>'
        f'{text}</article><link rel="canonical" href="{article_url(site, cap, a)}">'
    )
    return _page(site, cap, a.title, body)


def special_page(site: Site, cap: Capture, kind: str) -> str:
    t = TEXTS[site.lang]
    if kind == "404":
        return _page(
            site,
            cap,
            t[0],
            f'<div class="err"><h1>{escape(t[0])}</h1><p>{escape(t[1])}</p><a href="/">{escape(site.nav[0])}</a></div>',
        )
    if kind == "maintenance":
        return _page(
            site,
            cap,
            t[2],
            f'<div class="maint"><h1>{escape(t[2])}</h1><p>{escape(t[3])}</p><p>{cap.at:%Y-%m-%d}</p></div>',
        )
    form = (
        f'<form method="post" action="/sso/login"><input type="hidden" name="_csrf" value="{cap.token}">'
        f'<label>{escape(t[5])}<input name="username"></label><label>{escape(t[6])}<input type="password" name="password"></label>'
        f'<button type="submit">{escape(t[7])}</button></form>'
    )
    return _page(site, cap, t[4], f"<h1>{escape(t[4])}</h1>{form}")

"""Page furniture that looks like an attack but is not: pop-up notices, floating special-topic
windows, the live player's rotating token, WeChat cards, CSRF tokens and toolbar scripts."""

from __future__ import annotations

import html

from . import chrome
from .sites import Site
from .state import State

POPUP_SITES = {"lanxi-county", "renhe-hospital", "zhufeng-city", "qinghe-police", "cheongrim-water"}
FLOAT_SITES = {"lanxi-county", "yunling-court", "dongchuan-tech", "macau-heritage"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def kind_block(site: Site, state: State) -> str:
    stamp = state.when.strftime("%Y%m%d")
    token = chrome.hash_text(site.key + state.when.isoformat())
    if site.kind == "tv-live":
        return (
            '<div id="player" class="live-player"><video id="live" controls playsinline '
            f'data-src="https://pull.xhtv.cn/live/ch1.m3u8?auth_key={token % 10**12}-0-0"></video></div>'
        )
    if site.kind == "epaper":
        return (
            f'<div class="paper"><a href="/{stamp}/01/"><img src="/images/{stamp}/01_s.jpg" alt="1面" '
            'width="240"></a></div>'
        )
    if site.kind == "police-wechat":
        return (
            '<div class="rich_media_meta_list"><span class="rich_media_meta_nickname">清河公安</span>'
            f'<img class="qr" src="https://mmbiz.qpic.cn/mmbiz_jpg/{token:x}/640?wx_fmt=jpeg" alt="">'
            '<a href="https://mp.weixin.qq.com/s/' + f'{token:x}"' + ">阅读原文</a></div>"
        )
    if site.kind == "bank":
        csrf = f"{token:x}{token % 977}"
        return f'<form id="srch" method="post"><input type="hidden" name="_csrf" value="{csrf}"></form>'
    if site.kind == "court":
        live = f"http://tingshen.court.gov.cn/court/{token % 3000}"
        return f'<div class="tsdy"><a href="{live}">庭审直播</a></div>'
    return ""


def alert_block(site: Site, state: State) -> str:
    if not state.alert:
        return ""
    if site.key in POPUP_SITES:
        return (
            '<div id="popNotice" style="position:fixed;top:20%;left:50%;margin-left:-260px;width:520px;'
            'z-index:9999;background:#fff;border:3px solid #c00;padding:20px">'
            f'<h3 style="color:#c00">{esc(state.alert)}</h3><a href="javascript:;" '
            "onclick=\"this.parentNode.style.display='none'\">&times;</a></div>"
        )
    return f'<div class="alert-bar"><marquee scrollamount="3">{esc(state.alert)}</marquee></div>'


def banner_block(site: Site, state: State) -> str:
    if not state.banner:
        return ""
    image = f"/images/zt/{state.flags.get('banner_img', 'zt')}.jpg"
    if site.key in FLOAT_SITES:
        return (
            '<div id="floatWin" style="position:absolute;z-index:999;left:10px;top:200px">'
            f'<a href="/ztzl/"><img src="{image}" width="200" alt="{esc(state.banner)}"></a>'
            "<span onclick=\"document.getElementById('floatWin').style.display='none'\">"
            f"{'關閉' if site.language == 'zh-Hant' else '关闭'}</span></div>\n"
            '<script src="/js/floatwin.js"></script>'
        )
    return (
        f'<div class="special-banner"><a href="/ztzl/"><img src="{image}" alt="{esc(state.banner)}">'
        "</a></div>"
    )


def toolbar_scripts(site: Site, state: State) -> str:
    parts = []
    if state.switcher:
        parts.append(f'<script src="/js/s2t.js?v={state.asset_version}"></script>')
    if state.a11y and site.language == "zh-Hans":
        parts.append(
            f'<script defer src="/wza/aria.js?appid={chrome.hash_text(site.key) % 10**8:08d}"></script>'
        )
    return "\n".join(parts)

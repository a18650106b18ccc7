"""Pieces every layout uses: the <head> with its charset declaration, vendor tags, the rotating
banner, the mourning-day greyscale, the emergency notice, footers with record numbers, counters."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import html
import random

from .state import State
from .ui import words
from .vendors import tag

MOURNING_CSS = "html{filter:grayscale(100%);-webkit-filter:grayscale(100%);filter:gray}"
BANNERS = 6  # rotating banner images a site cycles through


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def charset_meta(state: State) -> str:
    site = state.site
    if site.declare == "header":
        return ""
    if site.declare == "meta-old" or (site.declare == "both" and state.gen == 0):
        return f'<meta http-equiv="Content-Type" content="text/html; charset={site.label}" />'
    return f'<meta charset="{site.label}">'


def head(state: State, title: str, css: str, extra: str = "") -> str:
    mourning = f"<style>{MOURNING_CSS}</style>" if state.mourning else ""
    site = state.site
    keywords = esc(site.name)
    return (
        f"<head>\n{charset_meta(state)}\n<title>{esc(title)}</title>\n"
        f'<meta name="keywords" content="{keywords}">\n<meta name="description" content="{keywords}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<link rel="stylesheet" href="/{css}">\n{extra}{mourning}\n</head>'
    )


def scripts(state: State, where: str) -> str:
    """The vendor tags of the capture; analytics go to the end of <body>, libraries to the head."""
    early = {"bootcdn", "staticfile", "aliplayer", "gtag", "kakao", "tencentmap"}
    names = [n for n in state.scripts if (n in early) == (where == "head")]
    return "\n".join(tag(n, state.site.key) for n in names)


def banner(state: State, prefix: str) -> str:
    n = state.banner % BANNERS + 1
    return (
        f'<div class="{prefix}banner"><a href="/ztzl/zt{n:02d}/index.html">'
        f'<img src="/images/banner/{state.site.key}_{n:02d}.jpg" alt="banner {n}" width="1200" height="160">'
        "</a></div>"
    )


def alert(state: State, prefix: str) -> str:
    if not state.alert:
        return ""
    return f'<div class="{prefix}alert" role="alert"><strong>{esc(state.alert)}</strong></div>'


def record_numbers(state: State) -> str:
    """Mainland footers: ICP record, public-security record, the site identification code."""
    site = state.site
    if site.region != "mainland":
        return ""
    rng = random.Random(f"cjk3-icp:{site.key}")
    prov = rng.choice(("赣", "皖", "滇", "浙", "苏", "湘"))
    return (
        f'<a href="https://beian.miit.gov.cn/" target="_blank">{prov}ICP备{rng.randrange(10**7, 10**8)}号-'
        f'{rng.randint(1, 9)}</a> <img src="/images/ga.png" alt="">'
        f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={rng.randrange(10**13, 10**14)}"'
        f">{prov}公网安备 {rng.randrange(10**13, 10**14)}号</a> 网站标识码：{rng.randrange(10**9, 10**10)}"
    )


def footer_lines(state: State) -> list[str]:
    w = words(state.site.lang)
    site = state.site
    lines = [
        f"{esc(site.name)} {w['address']}：{esc(address(state))}",
        f"{w['contact']}：{state.phone}",
    ]
    numbers = record_numbers(state)
    if numbers:
        lines.append(numbers)
    lines.append(f'{w["visits"]}：<span id="counter">{state.counter}</span>')
    return lines


ADDRESSES = {
    "zh-Hans": "{place}市{road}路{n}号", "zh-Hant": "{place}{road}道{n}號", "ja": "東京都千代田区霞が関{n}-{n}-{n}",
    "ko": "세종특별자치시 도움{n}로 {n}",
}  # fmt: skip


def address(state: State) -> str:
    rng = random.Random(f"cjk3-addr:{state.site.key}")
    return ADDRESSES[state.site.lang].format(
        place=state.site.name[:2],
        road=rng.choice(("人民", "解放", "和平", "中山", "建设")),
        n=rng.randint(2, 99),
    )


def qr(state: State, prefix: str) -> str:
    w = words(state.site.lang)
    return (
        f'<div class="{prefix}qr"><img src="/images/qrcode_wx.png" alt="" width="96" height="96">'
        f"<p>{w['scan']}</p></div>"
    )


def link(url: str, text: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{url}"{c} title="{html.escape(text)}" target="_blank">{esc(text)}</a>'

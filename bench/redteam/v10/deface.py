# ruff: noqa: E501
"""Whole defacement pages: a crew's message in one of several looks, in a language's own charset."""

from __future__ import annotations

import html
import random
from collections.abc import Callable, Mapping

from .data.slogans import CREWS, SIGNATURES, SLOGANS

# The charset a site in that language might still declare (None: UTF-8).
LEGACY_CHARSETS: Mapping[str, tuple[str, str]] = {
    "zh-Hans": ("gbk", "GBK"),
    "zh-Hant": ("big5", "Big5"),
    "ja": ("shift_jis", "Shift_JIS"),
    "ko": ("euc-kr", "EUC-KR"),
    "ru": ("windows-1251", "windows-1251"),
    "uk": ("windows-1251", "windows-1251"),
    "tr": ("windows-1254", "windows-1254"),
    "ar": ("windows-1256", "windows-1256"),
    "pl": ("iso-8859-2", "ISO-8859-2"),
}
RTL = frozenset({"ar", "fa"})
HANDLE_DIGITS = 4


def _sig(rng: random.Random) -> tuple[str, str]:
    crew = rng.choice(CREWS)
    handle = crew.lower().replace(" ", "_")[:12] + str(rng.randrange(10**HANDLE_DIGITS))
    return crew, rng.choice(SIGNATURES).format(crew=crew, handle=handle)


def _terminal(title: str, lines: list[str], sig: str) -> str:
    body = "\n".join(f"<span>&gt; {line}</span>" for line in lines)
    return (
        "<style>body{background:#050805;color:#3f3;font:15px/1.6 monospace;padding:6vh 8vw}"
        "span{display:block}</style></head><body>"
        f"<pre>{body}\n<span>&gt; {sig}</span></pre>"
    )


def _banner(title: str, lines: list[str], sig: str) -> str:
    paras = "".join(f"<p>{line}</p>" for line in lines)
    return (
        "<style>body{margin:0;background:#111;color:#eee;text-align:center;font-family:sans-serif}"
        "header{background:linear-gradient(90deg,#900,#e60,#900);padding:40px}h1{font-size:54px;margin:0}"
        "</style></head><body>"
        f"<header><h1>{title}</h1></header><main>{paras}</main><footer><small>{sig}</small></footer>"
    )


def _fake_error(title: str, lines: list[str], sig: str) -> str:
    return (
        "<style>body{font-family:Arial;color:#333;margin:80px}</style></head><body>"
        "<h2>503 Service Unavailable</h2><hr>"
        f'<p>{lines[0]}</p><p style="color:#fff">{sig}</p>'
    )


def _retro(title: str, lines: list[str], sig: str) -> str:
    return (
        '</head><body bgcolor="#000000" text="#ff0000"><center>'
        f'<font size="7"><b>{title}</b></font><br><br>'
        + "".join(f'<font size="4" color="#ffffff">{line}</font><br>' for line in lines)
        + f'<br><marquee scrollamount="4">{sig}</marquee></center>'
    )


def _poster(title: str, lines: list[str], sig: str) -> str:
    return (
        "<style>html,body{height:100%;margin:0}body{display:grid;place-items:center;"
        "background:radial-gradient(#234,#000);color:#fff;font-family:Georgia,serif}"
        "blockquote{max-width:640px;font-size:24px}</style></head><body>"
        f"<div><h1>{title}</h1><blockquote>{'<br>'.join(lines)}</blockquote><cite>{sig}</cite>"
        '<audio autoplay loop src="anthem.mp3"></audio></div>'
    )


def _svg_card(title: str, lines: list[str], sig: str) -> str:
    texts = "".join(
        f'<text x="50%" y="{180 + 40 * n}" text-anchor="middle">{line}</text>' for n, line in enumerate(lines)
    )
    return (
        "<style>body{margin:0;background:#000}svg{width:100vw;height:100vh;fill:#f5f5f5;font:22px sans-serif}"
        "</style></head><body>"
        f'<svg viewBox="0 0 900 500"><text x="50%" y="110" text-anchor="middle" font-size="46">{title}</text>'
        f'{texts}<text x="50%" y="460" text-anchor="middle" font-size="14">{sig}</text></svg>'
    )


LOOKS: Mapping[str, Callable[[str, list[str], str], str]] = {
    "green-terminal": _terminal,
    "gradient-header": _banner,
    "fake-503": _fake_error,
    "bgcolor-marquee": _retro,
    "grid-poster-audio": _poster,
    "svg-card": _svg_card,
}


def deface_html(lang: str, look: str, rng: random.Random) -> tuple[str, dict[str, object]]:
    """A whole defacement page's markup (no charset declared yet: see ``encode_page``)."""
    crew, sig = _sig(rng)
    lines = [html.escape(s) for s in SLOGANS[lang]]
    rng.shuffle(lines)
    title = html.escape(crew)
    direction = ' dir="rtl"' if lang in RTL else ""
    body = LOOKS[look](title, lines, html.escape(sig))
    page = f'<!DOCTYPE html>\n<html lang="{lang}"{direction}><head>{{charset}}<title>{title}</title>{body}</body></html>\n'
    return page, {"crew": crew, "look": look, "lang": lang}


def encode_page(markup: str, lang: str, legacy: bool) -> tuple[bytes, str]:
    """The page encoded in the language's legacy charset (declared in a meta) or in UTF-8; a character
    the charset lacks (a crew name's accent) becomes a numeric reference, as an HTML editor writes it."""
    codec, label = LEGACY_CHARSETS.get(lang, ("utf-8", "utf-8")) if legacy else ("utf-8", "utf-8")
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    return markup.replace("{charset}", meta, 1).encode(codec, "xmlcharrefreplace"), label

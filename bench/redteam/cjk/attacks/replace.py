"""``replace``: the whole page becomes a defacement page: crew pages with images, music and effects,
minimal one-liners, Chinese crews' notices to the administrator, a Japanese-language page."""

# ruff: noqa: E501 - page markup reads best one element a line

from __future__ import annotations

import html
import random

from ..data.attackers import CREWS, HANDLES, LINES, MOCKERY, TITLES
from .base import Attack

TEMPLATES = ("matrix", "minimal", "admin-letter", "flag-poem", "typing", "glitch", "table-old", "bilingual")


def page_markup(rng: random.Random, template: str, lang: str) -> tuple[str, str]:
    """A whole defacement page (markup with a utf-8 meta tag) and its title."""
    crew = rng.choice(CREWS)
    title = rng.choice(TITLES[lang]).format(crew=crew)
    lines = [html.escape(x) for x in rng.sample(LINES[lang], k=min(3, len(LINES[lang])))]
    handle = rng.choice(HANDLES)
    img = f"https://img.chiyan-sec.xyz/{rng.randrange(10**5, 10**6)}.gif"
    t = html.escape(title)
    if template == "matrix":
        body = (
            f'<body style="background:#000;color:#0f0;font-family:monospace;text-align:center">'
            f'<canvas id="c" style="position:fixed;top:0;left:0;z-index:-1"></canvas><img src="{img}" width="300">'
            f"<h1>{t}</h1>{''.join(f'<p>{x}</p>' for x in lines)}<p>{handle}</p>"
            f'<audio src="https://files.garuda-nusa.id/a{rng.randrange(99)}.mp3" autoplay loop></audio>'
            "<script>var c=document.getElementById('c'),x=c.getContext('2d');c.width=innerWidth;c.height=innerHeight;"
            "var d=Array(99).fill(0);setInterval(function(){x.fillStyle='rgba(0,0,0,.05)';x.fillRect(0,0,c.width,c.height);"
            "x.fillStyle='#0f0';d.forEach(function(y,i){x.fillText(String.fromCharCode(0x30a0+Math.random()*96),i*12,y);"
            "d[i]=y>c.height&&Math.random()>.97?0:y+12;});},40);</script></body>"
        )
    elif template == "minimal":
        body = f"<body><h1>{t}</h1></body>"
    elif template == "admin-letter":
        mock = html.escape(rng.choice(MOCKERY.get(lang, MOCKERY["zh-Hans"])).format(crew=crew))
        body = (
            f'<body style="background:#fff;padding:40px;font-size:16px"><h2>{t}</h2><p>{mock}</p>'
            f"{''.join(f'<p>{x}</p>' for x in lines)}<hr><p>{handle}</p></body>"
        )
    elif template == "flag-poem":
        body = (
            f'<body bgcolor="#8b0000" text="#ffd700"><center><img src="{img}"><h1>{t}</h1>'
            f"<font size=4>{'<br>'.join(lines)}</font><br><marquee>{handle}</marquee></center></body>"
        )
    elif template == "typing":
        text = html.escape(" ".join(rng.sample(LINES[lang], k=min(2, len(LINES[lang])))), quote=True)
        body = (
            f'<body style="background:#111;color:#eee;font:18px Consolas"><h1>{t}</h1><pre id="o"></pre>'
            f'<script>var s="{text}",i=0;setInterval(function(){{if(i<s.length)document.getElementById("o").textContent+=s[i++]}},80)</script>'
            f"<footer>{handle}</footer></body>"
        )
    elif template == "glitch":
        body = (
            f'<body style="margin:0;background:#000"><style>h1{{color:#fff;animation:g 1s infinite}}'
            f"@keyframes g{{0%{{text-shadow:2px 0 red}}50%{{text-shadow:-2px 0 cyan}}}}</style>"
            f'<div style="height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center">'
            f'<h1>{t}</h1><p style="color:#aaa">{lines[0]}</p><img src="{img}" height="200"></div></body>'
        )
    elif template == "table-old":
        body = (
            f'<body bgcolor="black"><table width="100%" height="100%"><tr><td align="center" valign="middle">'
            f'<font face="Verdana" color="white" size="6">{t}</font><br><font color="silver">{"<br>".join(lines)}</font>'
            f'<br><font color="red">{handle}</font></td></tr></table></body>'
        )
    else:
        other = html.escape(rng.choice(LINES["en"]))
        body = f'<body style="background:#222;color:#fff;text-align:center"><h1>{t}</h1>{"".join(f"<p>{x}</p>" for x in lines)}<p><i>{other}</i></p><p>{handle}</p></body>'
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{t}</title></head>\n{body}\n</html>\n',
        title,
    )


def replace(rng: random.Random, template: str, lang: str, site_headers: dict[str, str]) -> Attack:
    markup, _ = page_markup(rng, template, lang)
    header = site_headers.get("content-type", "text/html")
    # a dynamic CMS set its charset per response; the uploaded static file gets the server's default
    headers = {"content-type": header if "utf-8" in header.lower() else "text/html"}
    data = markup.encode("utf-8")
    return Attack(None, data, headers, {"template": template, "lang": lang, "bytes": len(data)})

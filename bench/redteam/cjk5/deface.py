"""Whole defacement pages, as crews write them: dark shrines, terminal dumps, red-on-black tables,
forged official letters and bare one-liners, in the crew's choice of languages and charsets."""

from __future__ import annotations

import random

from .render import esc
from .slogans import CREWS, GREETINGS, HANDLES, SLOGANS, TAMPER
from .spam import AUDIO_HOSTS, IMAGE_HOSTS
from .text import token

DEFACE_STYLES = ("shrine", "terminal", "red-table", "letter", "one-liner", "matrix", "fake-404", "flag-wall")
CHARSETS = {
    "zh-Hans": ("utf-8", "gbk", "gb2312"),
    "zh-Hant": ("utf-8", "big5"),
    "ja": ("utf-8", "shift_jis"),
    "ko": ("utf-8", "euc-kr"),
}


def _lines(rng: random.Random, language: str) -> list[str]:
    own = list(SLOGANS[language])
    extra = rng.choice(("en", "other"))
    return [*rng.sample(own, 2), rng.choice(SLOGANS[extra])]


def _meta(charset: str, declared: bool) -> str:
    return f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n' if declared else ""


def deface_page(
    rng: random.Random, language: str, style: str, charset: str, declared: bool = True
) -> tuple[str, dict[str, object]]:
    crew, handle = rng.choice(CREWS), rng.choice(HANDLES)
    lines = _lines(rng, language)
    image = rng.choice(IMAGE_HOSTS).format(t=token(rng, 10))
    audio = rng.choice(AUDIO_HOSTS).format(t=token(rng, 8))
    contact = rng.choice(
        (
            f"Telegram: @{handle.replace(' ', '_').replace('.', '')}",
            f"{token(rng, 6)}@proton.me",
            f"t.me/{token(rng, 7)}",
        )
    )
    head = f"<html>\n<head>\n{_meta(charset, declared)}<title>{esc(crew)} — {esc(lines[0][:12])}</title>\n"
    if style == "shrine":
        body = (
            "<style>body{background:#000;color:#ddd;font-family:Courier New;text-align:center}h1{color:"
            "#c00}</style>\n"
            f'</head>\n<body>\n<img src="{image}" width="260"><h1>{esc(crew)}</h1>\n'
            + "".join(f"<p>{esc(x)}</p>\n" for x in lines)
            + f"<marquee>{esc(rng.choice(GREETINGS))}</marquee>\n<p>{esc(contact)}</p>\n"
            f'<audio autoplay loop><source src="{audio}" type="audio/mpeg"></audio>\n</body>\n</html>\n'
        )
    elif style == "terminal":
        dump = "\n".join(
            (f"root@{token(rng, 6)}:~# whoami", handle, "root@srv:~# cat /etc/motd", *lines, f"-- {crew}")
        )
        body = (
            "<style>body{background:#0b0b0b;color:#33ff33;font:15px monospace}</style>\n</head>\n<body>\n"
            f"<pre>{esc(dump)}</pre>\n<p>{esc(contact)}</p>\n</body>\n</html>\n"
        )
    elif style == "red-table":
        body = (
            '</head>\n<body bgcolor="#000000" text="#FF0000">\n<table width="100%" height="90%"><tr><td'
            ' align="center">'
            f'<font size="7" face="Impact">{esc(crew)}</font><br><br>'
            + "<br>".join(f'<font size="4">{esc(x)}</font>' for x in lines)
            + f'<br><br><font color="#888">{esc(rng.choice(GREETINGS))}</font><br>'
            f'<embed src="{audio}" autostart="true" hidden="true" loop="true">'
            "</td></tr></table>\n</body>\n</html>\n"
        )
    elif style == "letter":
        notice = TAMPER[language][rng.randrange(len(TAMPER[language]))].format(n="")
        body = (
            "<style>body{font-family:serif;max-width:720px;margin:60px auto;line-height:1.9}</style>\n<"
            "/head>\n<body>\n"
            f"<h2>{esc(notice)}</h2>\n"
            + "".join(f"<p>{esc(x)}</p>\n" for x in lines[:2])
            + f'<p style="text-align:right">{esc(crew)}<br>{esc(handle)}</p>\n</body>\n</html>\n'
        )
    elif style == "one-liner":
        body = f"</head>\n<body>\n<center><h1>{esc(lines[0])}</h1><h3>{esc(crew)}</h3></center>\n"
        body += "</body>\n</html>\n"
    elif style == "fake-404":  # looks like a server error until one scrolls down
        head = f"<html>\n<head>\n{_meta(charset, declared)}<title>404 Not Found</title>\n"
        body = (
            "</head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>nginx</center>\n"
            + "<br>" * rng.randint(30, 60)
            + '\n<div style="color:#999;font-size:12px">'
            + f"{esc(lines[0])} // {esc(crew)} // {esc(contact)}</div>\n"
            "</body>\n</html>\n"
        )
    elif style == "flag-wall":
        flag = rng.choice(IMAGE_HOSTS).format(t=token(rng, 9))
        body = (
            "<style>body{background:#fff;color:#111;text-align:center;font-family:sans-serif}"
            "h1{font-size:46px;color:#0a3d91}</style>\n</head>\n<body>\n"
            f'<img src="{flag}" width="480" alt=""><h1>{esc(lines[0])}</h1>\n<h2>{esc(lines[2])}</h2>\n'
            f"<p>{esc(lines[1])}</p>\n<p><b>{esc(crew)}</b> / {esc(rng.choice(GREETINGS))}</p>\n"
            f'<audio src="{audio}" autoplay></audio>\n</body>\n</html>\n'
        )
    else:
        body = (
            "<style>body{margin:0;background:#000;overflow:hidden}#t{position:absolute;top:40%;width:100%;"
            "text-align:center;color:#fff;font-size:28px}</style>\n</head>\n<body>\n"
            '<canvas id="c"></canvas>\n'
            f'<div id="t">{esc(crew)}<br>{esc(lines[0])}<br><small>{esc(lines[2])}</small></div>\n'
            "<script>var c=document.getElementById('c'),x=c.getContext('2d');c.width=innerWidth;c.heigh"
            "t=innerHeight;"
            "var d=Array(256).join(1).split('');setInterval(function(){x.fillStyle='rgba(0,0,0,.05)';"
            "x.fillRect(0,0,c.width,c.height);x.fillStyle='#0F0';d.map(function(y,i){"
            "x.fillText(String.fromCharCode(0x30A0+Math.random()*96),i*10,y);d[i]=y>758+Math.random()*1e4?0:y+10})},33)"
            "</script>\n</body>\n</html>\n"
        )
    doctype = rng.choice(
        ("<!DOCTYPE html>\n", "", '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n')
    )
    return doctype + head + body, {"style": style, "crew": crew, "language": language, "charset": charset}

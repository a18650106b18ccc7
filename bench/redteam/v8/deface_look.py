"""Edition 8's whole defacement pages (for `replace` and the page task): varied looks, each
filled from one language's voice."""

# ruff: noqa: E501 - page markup reads best one element a line

from __future__ import annotations

import html
import random
from collections.abc import Callable

from .data.voice import Voice
from .data.voices import VOICES

Look = Callable[[Voice, random.Random, dict[str, str]], str]
E = html.escape


def _lines(voice: Voice, rng: random.Random, count: int) -> list[str]:
    return [E(x) for x in rng.sample(voice.lines, min(count, len(voice.lines)))]


def _terminal(v: Voice, rng: random.Random, m: dict[str, str]) -> str:
    rows = "\n".join(f"$ echo '{x}'" for x in _lines(v, rng, 4))
    return f'<body style="background:#000;color:#33ff66;font-family:monospace"><pre>{rows}\n$ whoami\n{E(v.crews[0])}</pre></body>'


def _letter(v: Voice, rng: random.Random, m: dict[str, str]) -> str:
    paras = "".join(f"<p>{x}</p>" for x in _lines(v, rng, 5))
    return f'<body style="background:#faf7f0;max-width:640px;margin:40px auto;font-family:Georgia,serif"><h1>{E(v.titles[0])}</h1>{paras}<p style="text-align:right">{E(v.crews[-1])}</p></body>'


def _official(v: Voice, rng: random.Random, m: dict[str, str]) -> str:
    number = f"{rng.randint(1, 99)}/{rng.randint(2024, 2026)}"
    paras = "".join(f"<li>{x}</li>" for x in _lines(v, rng, 3))
    return (
        '<body style="font-family:Arial;background:#fff"><div style="border:2px solid #003366;margin:30px;padding:20px">'
        f'<div style="background:#003366;color:#fff;padding:6px">№ {number}</div><h2>{E(v.titles[1])}</h2><ol>{paras}</ol>'
        f'<p><b>{E(v.crews[0])}</b></p><div style="width:90px;height:90px;border:3px solid #b00;border-radius:50%;color:#b00;text-align:center;line-height:90px">{E(v.crews[0][:6])}</div></div></body>'
    )


def _poem(v: Voice, rng: random.Random, m: dict[str, str]) -> str:
    verses = "<br>".join(_lines(v, rng, 4))
    return f'<body style="background:linear-gradient(#0b132b,#3a506b);color:#e0fbfc;text-align:center;padding-top:10%;font-style:italic;font-size:22px"><p>{verses}</p><p>— {E(v.crews[0])}</p></body>'


def _rain(v: Voice, rng: random.Random, m: dict[str, str]) -> str:
    script = (
        "<script>var c=document.getElementById('r'),x=c.getContext('2d');c.width=innerWidth;c.height=innerHeight;"
        "var d=Array(99).fill(0);setInterval(function(){x.fillStyle='rgba(0,0,0,.06)';x.fillRect(0,0,c.width,c.height);"
        "x.fillStyle='#0f0';d.forEach(function(y,i){x.fillText(String.fromCharCode(0x30A0+Math.random()*96),i*12,y);"
        "d[i]=y>c.height+Math.random()*1e4?0:y+12})},40)</script>"
    )
    text = "".join(f"<h3>{x}</h3>" for x in _lines(v, rng, 2))
    return f'<body style="margin:0;background:#000;color:#fff"><canvas id="r" style="position:fixed;z-index:-1"></canvas><center><h1>{E(v.titles[1])}</h1>{text}<h4>{E(v.crews[0])}</h4></center>{script}</body>'


def _candle(v: Voice, rng: random.Random, m: dict[str, str]) -> str:
    line = _lines(v, rng, 1)[0]
    return f'<body style="background:#111;color:#aaa;text-align:center"><div style="font-size:80px">&#128367;</div><h1>{line}</h1><p>{E(v.crews[0])}</p><audio autoplay loop src="{m["audio"]}"></audio></body>'


def _glitch(v: Voice, rng: random.Random, m: dict[str, str]) -> str:
    style = (
        "<style>@keyframes g{0%{transform:translate(0)}20%{transform:translate(-3px,2px)}40%{transform:translate(3px,-2px)}}"
        "h1{animation:g .3s infinite;text-shadow:2px 0 #f0f,-2px 0 #0ff}</style>"
    )
    lines = "".join(f"<p>{x}</p>" for x in _lines(v, rng, 3))
    return f'{style}<body style="background:#0d0d0d;color:#eee;text-align:center"><h1>{E(v.titles[1])}</h1><img src="{m["image"]}" width="320" alt="">{lines}</body>'


def _minimal(v: Voice, rng: random.Random, m: dict[str, str]) -> str:
    return f'<body style="font:18px sans-serif;margin:20vh auto;max-width:500px"><p>{_lines(v, rng, 1)[0]}</p><p style="color:#888">{E(v.crews[0])}</p></body>'


def _flag(v: Voice, rng: random.Random, m: dict[str, str]) -> str:
    a, b, c = rng.choice(
        (
            ("#ce1126", "#fff", "#007a3d"),
            ("#0057b7", "#ffd700", "#0057b7"),
            ("#000", "#dd0000", "#ffce00"),
            ("#da251d", "#ffff00", "#da251d"),
        )
    )
    lines = "<br>".join(_lines(v, rng, 3))
    return f'<body style="margin:0;background:linear-gradient({a} 33%,{b} 33% 66%,{c} 66%);min-height:100vh;text-align:center"><h1 style="padding-top:20vh;color:#111;background:rgba(255,255,255,.7)">{E(v.titles[0])}</h1><p style="background:rgba(255,255,255,.7)">{lines}</p></body>'


def _scroller(v: Voice, rng: random.Random, m: dict[str, str]) -> str:
    lines = " &#9733; ".join(_lines(v, rng, 5))
    return f'<body bgcolor="#000033" text="#ffcc00"><center><img src="{m["image"]}" alt=""><marquee direction="up" height="300" scrollamount="2"><h2>{lines}</h2></marquee><font size="2">{E(v.crews[-1])}</font></center></body>'


LOOKS: dict[str, Look] = {
    "shell-echo-terminal": _terminal,
    "serif-open-letter": _letter,
    "numbered-decree-with-stamp": _official,
    "night-gradient-verses": _poem,
    "canvas-glyph-rain": _rain,
    "memorial-candle-audio": _candle,
    "css-glitch-heading": _glitch,
    "single-sentence-minimal": _minimal,
    "tricolour-stripes": _flag,
    "upward-marquee-scroller": _scroller,
}


def render(rng: random.Random, lang: str, look: str) -> tuple[str, dict[str, object]]:
    voice = VOICES[lang]
    media = {
        "image": f"https://i.{rng.choice(('ibb.co', 'postimg.cc', 'imgur.com'))}/{rng.getrandbits(40):010x}.gif",
        "audio": f"https://files.{rng.choice(('catbox.moe', 'pomf2.lain.la'))}/{rng.getrandbits(32):08x}.mp3",
    }
    body = LOOKS[look](voice, rng, media)
    title = E(rng.choice(voice.titles))
    markup = (
        f'<!DOCTYPE html><html lang="{lang}" dir="{voice.direction}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{title}</title></head>{body}</html>'
    )
    return markup, {"look": look, "lang": lang}

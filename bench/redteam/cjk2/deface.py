"""Whole defacement pages (the replace family and the page task), written for this edition: eight
looks, from a bare heading to a canvas animation, each signed by one invented crew."""

# ruff: noqa: E501

from __future__ import annotations

import html
import random

from .payloads import CONTACTS, CREWS, DEFACE_TEXT

STYLES = ("night-marquee", "bare", "card", "rain-canvas", "ascii", "poster", "alert-box", "terminal")

_RTL = ("ar", "fa")


def _texts(lang: str) -> tuple[str, tuple[str, ...], str]:
    return DEFACE_TEXT.get(lang, DEFACE_TEXT["en"])


def deface_page(
    rng: random.Random, style: str, charset: str | None, title_site: str = ""
) -> tuple[str, dict[str, object]]:
    """A whole defacement page in ``style``; ``charset`` None writes no declaration."""
    crew, lang = rng.choice(CREWS)
    heading, lines, signoff = _texts(lang)
    picked = rng.sample(lines, k=min(len(lines), rng.randint(1, len(lines))))
    contact = rng.choice(CONTACTS) if rng.random() < 0.6 else ""
    e = html.escape
    meta = f'<meta charset="{charset}">' if charset else ""
    direction = ' dir="rtl"' if lang in _RTL else ""
    title = (
        f"{crew} | {heading}" if rng.random() < 0.6 else (f"{title_site} - {crew}" if title_site else crew)
    )
    body_lines = "".join(f"<p>{e(line)}</p>\n" for line in picked)
    img = f"https://i.{rng.choice(('ibb.co', 'postimg.cc', 'imgbb.com'))}/{rng.randrange(16**6):06x}/{crew.split()[0].lower()[:6]}.png"
    if style == "night-marquee":
        body = f"""<body bgcolor="#000000" text="#00ff66"{direction}>
<center><img src="{img}" width="320"><br>
<marquee behavior="alternate" scrollamount="6"><font size="7" color="#ff2222">{e(crew)}</font></marquee>
<h2>{e(heading)}</h2>
{body_lines}<p><i>{e(signoff)}</i></p><p>{e(contact)}</p>
<embed src="https://files.catbox.moe/{rng.randrange(16**6):06x}.mp3" autostart="true" loop="true" hidden="true"></embed>
</center>
</body>"""
    elif style == "bare":
        return f"<h1>{e(crew)}</h1>\n<p>{e(heading)}</p>\n", {"style": style, "crew": crew, "lang": lang}
    elif style == "card":
        body = f"""<body{direction}>
<style>body{{margin:0;height:100vh;display:flex;align-items:center;justify-content:center;background:linear-gradient(135deg,#1b0a2a,#3d0d0d);font-family:sans-serif;color:#eee}}.c{{max-width:640px;padding:40px;border:1px solid #a33;border-radius:14px;background:rgba(0,0,0,.5);text-align:center}}</style>
<div class="c"><img src="{img}" width="140"><h1>{e(heading)}</h1>
{body_lines}<h3 id="t"></h3><p>{e(contact)}</p></div>
<script>var s="{e(crew)}",i=0;setInterval(function(){{document.getElementById("t").textContent=s.slice(0,++i%(s.length+1));}},160);</script>
</body>"""
    elif style == "rain-canvas":
        body = f"""<body style="margin:0;background:#000;overflow:hidden"{direction}>
<canvas id="r"></canvas>
<div style="position:absolute;top:30%;width:100%;text-align:center;color:#fff;font:bold 42px monospace">{e(crew)}<br><small style="font-size:20px">{e(heading)}</small><div style="font-size:16px">{body_lines}</div></div>
<script>var c=document.getElementById("r"),x=c.getContext("2d");c.width=innerWidth;c.height=innerHeight;var d=Array(200).fill(1);setInterval(function(){{x.fillStyle="rgba(0,0,0,.05)";x.fillRect(0,0,c.width,c.height);x.fillStyle="#0f0";d.forEach(function(y,i){{x.fillText(String.fromCharCode(0x30a0+Math.random()*96),i*10,y*10);d[i]=y*10>c.height&&Math.random()>.97?0:y+1;}});}},40);</script>
</body>"""
    elif style == "ascii":
        art = "\n".join(
            rng.choice(("  /\\_/\\  ", " ( o.o ) ", "  > ^ <  ", " |=====| ", " [#####] ")) for _ in range(5)
        )
        body = f"""<body bgcolor="black"{direction}><pre style="color:#c0c0c0;font-size:14px">
{art}
   {e(crew)}
   {e(heading)}
{chr(10).join("   " + e(line) for line in picked)}
   {e(contact)}
</pre></body>"""
    elif style == "poster":
        body = f"""<body style="background:#800 url({img}) center/cover no-repeat;color:#fff;text-align:center;font-family:serif"{direction}>
<h1 style="font-size:64px;margin-top:12%;text-shadow:2px 2px #000">{e(heading)}</h1>
{body_lines}<h2>{e(crew)}</h2><p>{e(signoff)}</p>
</body>"""
    elif style == "alert-box":
        body = f"""<body style="background:#111;color:#f33"{direction}>
<script>alert({heading!r});</script>
<h1>{e(crew)}</h1>{body_lines}<p>{e(contact)}</p>
</body>"""
    else:  # terminal
        prompt = f"root@{rng.choice(('www', 'web01', 'cms', 'gw'))}:~# "
        body = f"""<body style="background:#0c0c0c;color:#33ff33;font:15px/1.5 Consolas,monospace;padding:30px"{direction}>
<div>{prompt}whoami</div><div>{e(crew)}</div>
<div>{prompt}cat message.txt</div><div><b>{e(heading)}</b></div>
{body_lines}<div>{prompt}<span class="cur">_</span></div>
</body>"""
    page = f"<!DOCTYPE html>\n<html{' lang=' + chr(34) + lang + chr(34) if rng.random() < 0.5 else ''}>\n<head>\n{meta}\n<title>{e(title)}</title>\n</head>\n{body}\n</html>\n"
    return page, {"style": style, "crew": crew, "lang": lang}

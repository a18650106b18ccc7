"""Whole defacement pages in eight looks (edition 9): used by `replace` and the page task."""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..charset import html_text

LOOKS = (
    "shell-session",
    "manifesto-column",
    "bare-notice",
    "ransom-letter",
    "fake-maintenance",
    "flag-gradient",
    "soundtrack-marquee",
    "scoreboard",
)
RTL = ("ar", "fa")


@dataclass(frozen=True)
class Voice:
    lang: str
    slogans: tuple[str, ...]
    crew: str
    charset: str  # the label written in the page's meta tag


def _esc(voice: Voice, codec: str) -> tuple[list[str], str]:
    return [html_text(s, codec) for s in voice.slogans], html_text(voice.crew, codec)


def _body(look: str, lines: list[str], crew: str, rng: random.Random) -> tuple[str, str]:
    """(style, body markup) of one look."""
    handle = f"@{crew.lower().replace(' ', '_')}"
    if look == "shell-session":
        prompt = "".join(f"<div>root@www:~# echo &quot;{line}&quot;</div><div>{line}</div>" for line in lines)
        return "body{background:#000;color:#3f3;font:16px monospace;padding:3em}", (
            f"{prompt}<div>root@www:~# whoami</div><div>{crew}</div><div>root@www:~# _</div>"
        )
    if look == "manifesto-column":
        paras = "".join(f"<p>{line}</p>" for line in lines)
        return "body{background:#f4efe1;color:#222;max-width:38em;margin:4em auto;font:19px Georgia,serif}", (
            f"<h1>{crew}</h1>{paras}<p><i>— {handle}</i></p>"
        )
    if look == "bare-notice":
        return "", f"<h3>{lines[0]}</h3><p>{crew}</p>"
    if look == "ransom-letter":
        colors = ("#c00", "#06c", "#080", "#c60", "#609")
        spans = " ".join(
            f'<span style="background:{rng.choice(colors)};color:#fff;padding:2px 6px">{word}</span>'
            for word in lines[0].split(" ")
        )
        return "body{background:#ddd;font:700 28px Impact,sans-serif;padding:2em;line-height:2}", (
            f"<div>{spans}</div><p style='font-size:16px'>{' '.join(lines[1:])}</p><p>{crew}</p>"
        )
    if look == "fake-maintenance":
        return "body{font-family:Arial,sans-serif;text-align:center;padding-top:12%;color:#444}", (
            f"<h1>503</h1><p>{lines[0]}</p><p style='color:#eee'>{crew} {handle}</p>"
        )
    if look == "flag-gradient":
        stripes = rng.choice(
            ("#000,#000 33%,#d00 33%,#d00 66%,#fc0 66%", "#0057b7 50%,#ffd700 50%", "#fff,#d52b1e")
        )
        return f"body{{margin:0;min-height:100vh;background:linear-gradient({stripes});color:#fff}}", (
            f"<div style='background:rgba(0,0,0,.7);padding:3em;font-size:26px'>"
            f"<h1>{crew}</h1>{''.join(f'<p>{line}</p>' for line in lines)}</div>"
        )
    if look == "soundtrack-marquee":
        site = rng.choice(("catbox-mirror.net", "tunes-drop.org", "vox-haven.cc"))
        track = f"https://files.{site}/{rng.getrandbits(24):06x}.mp3"
        return "body{background:#100;color:#f22;text-align:center;font-family:monospace}", (
            f"<audio src='{track}' autoplay loop></audio><marquee scrollamount='9'>{crew}</marquee>"
            f"{''.join(f'<h2>{line}</h2>' for line in lines)}"
        )
    rows = "".join(f"<tr><td>{n + 1}</td><td>{line}</td></tr>" for n, line in enumerate(lines))
    return "body{background:#012;color:#9cf;font:15px Verdana,sans-serif}table{margin:3em auto}", (
        f"<h1 style='text-align:center'>{crew}</h1><table>{rows}</table>"
    )


def deface_html(look: str, voice: Voice, codec: str, rng: random.Random) -> str:
    lines, crew = _esc(voice, codec)
    style, body = _body(look, lines, crew, rng)
    direction = ' dir="rtl"' if voice.lang in RTL else ""
    styled = f"<style>{style}</style>" if style else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{voice.lang}"{direction}><head><meta charset="{voice.charset}">'
        f"<title>{crew}</title>{styled}</head>\n<body>{body}</body></html>\n"
    )

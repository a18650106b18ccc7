"""Ways a spam block hides its links from visitors but not from crawlers."""

from __future__ import annotations

import random

from .text import token


def wrap(links: str, how: str, rng: random.Random) -> str:
    if how == "display-none":
        return f'<div style="display:none">{links}</div>'
    if how == "offscreen":
        return (
            f'<div style="position:absolute;top:-{rng.randint(3000, 9999)}px;left:'
            f'-{rng.randint(3000, 9999)}px">{links}</div>'
        )
    if how == "zero-height":
        return f'<div style="height:0;overflow:hidden;">{links}</div>'
    if how == "tiny-marquee":
        return (
            f'<marquee height="1" width="1" scrollamount="{rng.randint(2000, 5000)}" scrolldelay="9"'
            f">{links}</marquee>"
        )
    if how == "font-zero":
        return f'<p style="font-size:0;line-height:0;margin:0">{links}</p>'
    if how == "class-rule":
        name = "c" + token(rng, 5)
        return f'<style>.{name}{{display:none!important}}</style><div class="{name}">{links}</div>'
    if how == "text-indent":
        return f'<div style="text-indent:-99999px;overflow:hidden;height:1px;width:1px">{links}</div>'
    if how == "js-write":
        escaped = links.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "")
        return f"<script>document.write('<div style=\"display:none\">{escaped}</div>');</script>"
    if how == "js-unicode":  # every character written as a JavaScript escape, so no word shows in the source
        markup = f'<div style="position:absolute;left:-8000px">{links}</div>'
        escaped = "".join(c if c.isascii() and c.isalnum() else f"\\u{ord(c):04x}" for c in markup)
        return f'<script type="text/javascript">document.writeln("{escaped}");</script>'
    if how == "same-colour":
        return f'<div style="color:#ffffff;background:#ffffff;font-size:1px">{links}</div>'
    raise KeyError(how)


HOW = (
    "display-none",
    "offscreen",
    "zero-height",
    "tiny-marquee",
    "font-zero",
    "class-rule",
    "text-indent",
    "js-write",
    "js-unicode",
    "same-colour",
)

"""`inject` (edition 8): a visible or half-visible message block added to an intact page, in one
of many shapes, at one of several spots; sometimes the page's <title> changes too."""

# ruff: noqa: E501 - page markup reads best one element a line

from __future__ import annotations

import html
import random
from collections.abc import Callable

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable
from ..splice import Edit
from .data.voices import VOICES

PALETTES = (
    ("#101820", "#f2aa4c", "#e94b3c"),
    ("#1b1b2f", "#e0e0e0", "#9bdeac"),
    ("#f4f1de", "#3d405b", "#e07a5f"),
    ("#002b36", "#fdf6e3", "#cb4b16"),
    ("#2d132c", "#ee4540", "#f8b500"),
    ("#fefae0", "#283618", "#bc6c25"),
)


def _parts(rng: random.Random, lang: str) -> dict:
    voice = VOICES[lang]
    lines = rng.sample(voice.lines, min(3, len(voice.lines)))
    bg, fg, accent = rng.choice(PALETTES)
    return {
        "title": html.escape(rng.choice(voice.titles)),
        "lines": [html.escape(line) for line in lines],
        "crew": html.escape(rng.choice(voice.crews)),
        "dir": voice.direction,
        "bg": bg,
        "fg": fg,
        "accent": accent,
    }


Shape = Callable[[dict, random.Random], str]


def _ribbon(p: dict, rng: random.Random) -> str:
    text = " · ".join(p["lines"])
    return (
        f'<div dir="{p["dir"]}" style="position:fixed;left:0;right:0;bottom:0;z-index:2147483000;'
        f'background:{p["bg"]};color:{p["fg"]};padding:10px 16px;font:600 15px/1.4 sans-serif">'
        f'<b style="color:{p["accent"]}">{p["title"]}</b> {text} <i>— {p["crew"]}</i></div>'
    )


def _dialog(p: dict, rng: random.Random) -> str:
    paras = "".join(f"<p>{line}</p>" for line in p["lines"])
    return (
        f'<dialog open dir="{p["dir"]}" style="position:fixed;top:12%;z-index:99999;max-width:560px;'
        f'background:{p["bg"]};color:{p["fg"]};border:4px double {p["accent"]}">'
        f'<h2>{p["title"]}</h2>{paras}<form method="dialog"><button>{p["crew"]}</button></form></dialog>'
    )


def _details(p: dict, rng: random.Random) -> str:
    paras = "".join(f"<p>{line}</p>" for line in p["lines"])
    return f'<details open dir="{p["dir"]}"><summary><strong>{p["title"]}</strong></summary>{paras}<p>{p["crew"]}</p></details>'


def _fieldset(p: dict, rng: random.Random) -> str:
    paras = "<br>".join(p["lines"])
    return (
        f'<fieldset dir="{p["dir"]}" style="border:2px solid {p["accent"]};margin:12px;padding:12px">'
        f"<legend>{p['title']}</legend>{paras}<br><small>{p['crew']}</small></fieldset>"
    )


def _svg(p: dict, rng: random.Random) -> str:
    return (
        f'<svg width="100%" height="96" role="img" aria-label="{p["title"]}"><rect width="100%" height="96" '
        f'fill="{p["bg"]}"></rect><text x="50%" y="40" text-anchor="middle" fill="{p["accent"]}" '
        f'font-size="26">{p["title"]}</text><text x="50%" y="76" text-anchor="middle" fill="{p["fg"]}" '
        f'font-size="16">{p["lines"][0]}</text></svg>'
    )


def _table(p: dict, rng: random.Random) -> str:
    rows = "".join(f"<tr><td>{n + 1}</td><td>{line}</td></tr>" for n, line in enumerate(p["lines"]))
    return (
        f'<table dir="{p["dir"]}" border="1" cellpadding="8" style="width:100%;background:{p["bg"]};'
        f'color:{p["fg"]}"><caption>{p["title"]}</caption>{rows}</table>'
    )


def _quote(p: dict, rng: random.Random) -> str:
    return (
        f'<blockquote dir="{p["dir"]}" style="font-size:22px;border-left:6px solid {p["accent"]};padding:8px 18px">'
        f"<p>{p['lines'][0]}</p><footer>— {p['crew']}, <cite>{p['title']}</cite></footer></blockquote>"
    )


def _demands(p: dict, rng: random.Random) -> str:
    items = "".join(f"<li>{line}</li>" for line in p["lines"])
    return f'<section dir="{p["dir"]}"><h3>{p["title"]}</h3><ol>{items}</ol><p>{p["crew"]}</p></section>'


def _srcdoc(p: dict, rng: random.Random) -> str:
    inner = f"<body style='background:{p['bg']};color:{p['fg']};text-align:center'><h1>{p['title']}</h1>"
    inner += "".join(f"<p>{line}</p>" for line in p["lines"]) + "</body>"
    return f'<iframe srcdoc="{html.escape(inner)}" style="width:100%;height:240px;border:0"></iframe>'


def _generated(p: dict, rng: random.Random) -> str:
    text = f"{html.unescape(p['title'])} — {html.unescape(p['lines'][0])}".replace('"', "'")
    css = "".join(c if " " <= c < "\x7f" and c not in "\\<" else f"\\{ord(c):x} " for c in text)
    return (
        f'<style>body::before{{content:"{css}";display:block;padding:14px;text-align:center;'
        f"background:{p['accent']};color:{p['bg']};font:700 20px sans-serif}}</style>"
    )


def _toast(p: dict, rng: random.Random) -> str:
    return (
        f'<aside dir="{p["dir"]}" style="position:fixed;top:16px;right:16px;width:300px;z-index:99990;'
        f'background:{p["bg"]};color:{p["fg"]};box-shadow:0 4px 20px #000;padding:14px;border-radius:8px">'
        f"<strong>{p['title']}</strong><p>{p['lines'][0]}</p><small>{p['crew']}</small></aside>"
    )


def _diagonal(p: dict, rng: random.Random) -> str:
    return (
        f'<div style="position:fixed;top:40%;left:-10%;width:120%;transform:rotate(-{rng.randint(8, 30)}deg);'
        f"z-index:99998;background:{p['accent']};color:{p['bg']};text-align:center;font-size:28px;"
        f'padding:6px">{p["lines"][0]}</div>'
    )


def _ascii(p: dict, rng: random.Random) -> str:
    bar = rng.choice("=*~#+")
    lines = "\n".join(f"  {line}" for line in p["lines"])
    return f'<pre style="background:{p["bg"]};color:{p["fg"]};padding:10px">{bar * 48}\n  {p["title"]}\n{lines}\n  -- {p["crew"]}\n{bar * 48}</pre>'


def _watermark(p: dict, rng: random.Random) -> str:
    return (
        '<div aria-hidden="true" style="position:fixed;inset:0;display:flex;align-items:center;'
        f'justify-content:center;pointer-events:none;z-index:99997;font-size:8vw;opacity:.18;color:{p["accent"]}">'
        f'{p["crew"]}</div><p style="text-align:center">{p["lines"][0]}</p>'
    )


def _alert(p: dict, rng: random.Random) -> str:
    return (
        f'<div role="alert" dir="{p["dir"]}" style="background:{p["accent"]};color:#fff;padding:8px;'
        f'text-align:center">{p["title"]}: {p["lines"][0]}</div>'
    )


def _countdown(p: dict, rng: random.Random) -> str:
    value = rng.randint(10, 90)
    return (
        f'<div dir="{p["dir"]}" style="padding:12px;background:{p["bg"]};color:{p["fg"]}"><h2>{p["title"]}</h2>'
        f'<progress value="{value}" max="100" style="width:100%"></progress><p>{p["lines"][0]}</p>'
        f"<p>{p['lines'][-1]}</p></div>"
    )


SHAPES: dict[str, Shape] = {
    "fixed-bottom-message-bar": _ribbon,
    "open-dialog-element": _dialog,
    "expanded-details-summary": _details,
    "fieldset-with-legend": _fieldset,
    "inline-svg-text-banner": _svg,
    "numbered-table-bulletin": _table,
    "blockquote-with-cite": _quote,
    "ordered-demands-list": _demands,
    "srcdoc-iframe-card": _srcdoc,
    "body-before-pseudo-content": _generated,
    "top-right-toast-aside": _toast,
    "rotated-ribbon-across-page": _diagonal,
    "preformatted-ascii-frame": _ascii,
    "faint-fullscreen-watermark": _watermark,
    "role-alert-strip": _alert,
    "progress-bar-countdown": _countdown,
}


def _spot(page: Page, rng: random.Random) -> tuple[int, str]:
    body = page.body()
    spots = {"body-start": body.inner, "body-end": page.body_end()}
    for name in ("main", "header", "footer"):
        element = next((e for e in page.scan.all(name) if e.start > body.start and e.end > 0), None)
        if element is not None:
            spots[f"{name}-inner" if name == "main" else f"after-{name}"] = (
                element.inner if name == "main" else element.end
            )
    footer = next((e for e in page.scan.all("footer") if e.start > body.start), None)
    if footer is not None:
        spots["before-footer"] = footer.start
    name = rng.choice(sorted(spots))
    return spots[name], name


def inject(page: Page, rng: random.Random, shape: str, lang: str) -> Attack:
    parts = _parts(rng, lang)
    markup = SHAPES[shape](parts, rng)
    at, where = _spot(page, rng)
    edits = [insert(at, encodable(markup, page.codec))]
    info: dict[str, object] = {"shape": shape, "lang": lang, "where": where, "bytes": len(markup.encode())}
    title = page.scan.first("title")
    if title is not None and title.close > title.inner and rng.random() < 0.4:
        if title.inner < at <= title.close:
            raise NotApplicable("title and block overlap")
        edits.append(Edit(title.inner, title.close, encodable(parts["title"], page.codec)))
        info["title_changed"] = True
    return splice(page, edits, info)

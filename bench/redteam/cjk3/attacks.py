"""The five attack families on a site's last capture. `tamper` edits what the CMS holds (the page is
rendered again with rewritten headlines, as an intruder with CMS access would leave it); the others
splice markup into the served page or replace it."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import html
import random
import re

from .common import esc
from .data.attack_text import BANNER_LINES, CREWS, FAKE_NOTICES, SLOGANS, SPAM, SPAM_DOMAINS
from .deface import STYLES as DEFACE_STYLES
from .deface import deface_html
from .hiding import HIDING
from .history import copy
from .layouts import render
from .script_styles import REDIRECTS, STYLES
from .state import State

TAMPER_STYLES = ("own-slogan", "other-slogan", "fake-notice", "phone", "date", "own-slogan", "mixed")
INJECT_SHAPES = ("banner-line", "block", "header-text", "block", "marquee-line")
SPAM_LINKS = (15, 60)
_BODY = re.compile(r"<body[^>]*>", re.I)
_HEADER = re.compile(r"<(header|div)\b[^>]*(?:id|class)=\"[^\"]*(?:head|hd|top|masthead)[^\"]*\"[^>]*>", re.I)
_TITLE = re.compile(r"<title>.*?</title>", re.S)
_DIV_END = re.compile(r"</(?:div|ul|section|table)>")


def _visible(state: State, page: str) -> list[int]:
    """Positions in ``state.items`` whose headline the page shows, newest first."""
    return [n for n, it in enumerate(state.items) if esc(state.title(it)) in page][:10]


def tamper(state: State, rng: random.Random, style: str) -> tuple[str, dict[str, object]]:
    before = render(state)
    st = copy(state)
    shown = _visible(st, before)
    lang = st.site.lang
    if not shown or (style == "date" and not any(re.search(r"\d", st.title(st.items[n])) for n in shown)):
        style = "phone"  # nothing of the feed on show (or no number in it): the hotline is what changes
    info: dict[str, object] = {"style": style, "lang": lang}
    if style == "phone":
        digits = [c for c in st.phone if c.isdigit()]
        st.phone = (
            re.sub(r"\d{3}$", f"{rng.randrange(100, 999)}", st.phone) if len(digits) > 3 else st.phone + "1"
        )
        if shown:  # and one headline now carries the new number
            item = st.items[shown[0]]
            extra = f"（咨询：{st.phone}）" if lang.startswith("zh") else f" ({st.phone})"
            st.edits[item.k] = st.title(item) + extra
        info["count"] = int(bool(shown))
    elif style == "date":
        n = next(n for n in shown if re.search(r"\d", st.title(st.items[n])))
        title = st.title(st.items[n])
        st.edits[st.items[n].k] = re.sub(
            r"\d", lambda m: str((int(m.group(0)) + rng.randint(1, 8)) % 10), title, count=1
        )
        info["count"] = 1
    elif style == "fake-notice":
        picks = shown[: rng.randint(1, 2)]
        for n, text in zip(picks, rng.sample(FAKE_NOTICES[lang], k=len(picks)), strict=False):
            st.edits[st.items[n].k] = text
        info["count"] = len(picks)
    else:
        count = min(len(shown), rng.randint(1, 5))
        picks = shown[:count] if rng.random() < 0.6 else sorted(rng.sample(shown, k=count))
        others = [k for k in SLOGANS if k != lang]
        langs = []
        for n in picks:
            pick = (
                lang
                if style == "own-slogan" or (style == "mixed" and rng.random() < 0.5)
                else rng.choice(others)
            )
            langs.append(pick)
            st.edits[st.items[n].k] = rng.choice(SLOGANS[pick])
        info |= {"count": count, "langs": sorted(set(langs))}
    return render(st), info


def _after(page: str, pattern: re.Pattern[str]) -> int:
    found = pattern.search(page)
    return found.end() if found else 0


def _insert(page: str, at: int, block: str) -> str:
    return page[:at] + block + page[at:]


def inject(page: str, state: State, rng: random.Random, shape: str) -> tuple[str, dict[str, object]]:
    crew, crew_lang, lines = rng.choice(CREWS)
    lang = rng.choice((state.site.lang, state.site.lang, crew_lang, "en"))
    line = rng.choice(BANNER_LINES.get(lang, BANNER_LINES["en"]))
    e = html.escape
    if shape == "banner-line":
        block = f'<div style="background:#000;color:#ff0;text-align:center;padding:6px;font-size:16px">{e(line)}</div>'
    elif shape == "marquee-line":
        block = (
            f'<marquee behavior="alternate" style="color:red;font-size:20px">{e(line)} -- {e(crew)}</marquee>'
        )
    elif shape == "header-text":
        block = f'<h1 style="color:#c00;text-align:center">{e(crew)}</h1><p style="text-align:center">{e(line)}</p>'
    else:
        block = (
            f'<div style="background:#111;color:#eee;text-align:center;padding:20px 0">'
            f'<img src="https://i.postimg.cc/{rng.randrange(10**7, 10**8)}/logo.png" width="160">'
            f"<h1>Hacked by {e(crew)}</h1><h3>{e(rng.choice(lines))}</h3><p>{e(line)}</p></div>"
        )
    where = _after(page, _HEADER) if shape == "header-text" else 0
    at = where or _after(page, _BODY)
    out = _insert(page, at, block)
    retitled = rng.random() < 0.5
    if retitled:
        out = _TITLE.sub(f"<title>Hacked by {e(crew)}</title>", out, count=1)
    return out, {"shape": shape, "lang": lang, "crew": crew, "retitled": retitled,
                 "in_header": bool(where)}  # fmt: skip


def seo_spam(page: str, state: State, rng: random.Random, technique: str) -> tuple[str, dict[str, object]]:
    langs = [state.site.lang if state.site.lang in SPAM else "zh-Hans"]
    if rng.random() < 0.4:
        langs.append(rng.choice([k for k in SPAM if k not in langs]))
    count = rng.randint(*SPAM_LINKS)
    domains = rng.sample(SPAM_DOMAINS, k=rng.randint(2, 6))
    anchors = [a for lang in langs for a in SPAM[lang]]
    links = " ".join(
        f'<a href="https://{rng.choice(domains)}/{rng.choice(("", "?id=", "reg/", "m/"))}{rng.randrange(10, 9999)}">'
        f"{esc(rng.choice(anchors))}</a>"
        for _ in range(count)
    )
    block = HIDING[technique](links, rng)
    ends = [m.end() for m in _DIV_END.finditer(page)]
    spot = rng.choice(("top", "middle", "end"))
    body = _after(page, _BODY)
    at = {"top": body, "middle": ends[len(ends) // 2] if ends else body, "end": page.rfind("</body>")}[spot]
    return _insert(page, at if at > 0 else len(page), block), {
        "technique": technique,
        "langs": langs,
        "links": count,
        "spot": spot,
    }


def script(
    page: str, state: State, rng: random.Random, style: str, host: str
) -> tuple[str, dict[str, object]]:
    path = rng.choice(
        ("/hm.js?", "/js/jquery.min.js?v=", "/z_stat.php?id=", "/static/analytics.js?t=", "/c.js?")
    )
    url = f"https://{host}{path}{rng.randrange(10**5, 10**9)}"
    if style in REDIRECTS:
        url = f"https://{host}/?from={state.site.host.split('.')[-3] if state.site.host.count('.') > 1 else 'x'}"
    markup, where = STYLES[style](url, rng)
    if where == "head":
        at = page.find("</head>")
    elif where == "body-top":
        at = _after(page, _BODY)
    else:
        at = page.rfind("</body>")
    return _insert(page, at if at > 0 else len(page), markup), {"style": style, "host": host, "where": where}


def replace(state: State, rng: random.Random, style: str) -> tuple[str, dict[str, object]]:
    text, info = deface_html(rng, style)
    return text, dict(info)


__all__ = ["DEFACE_STYLES", "HIDING", "INJECT_SHAPES", "STYLES", "TAMPER_STYLES"]

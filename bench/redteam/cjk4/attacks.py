"""The five attack families on a capture's last state: the page is rendered as the site would
serve it, then changed the way an attacker changes it (everything else stays byte for byte)."""

from __future__ import annotations

import html
import random
import re
from dataclasses import replace

from . import deface
from .hiding import HIDING, PLACES
from .payloads import (
    CONTACT_TAILS,
    FAKE_NOTICES,
    FOREIGN_HOSTS,
    INJECT_HEADS,
    LOOKALIKES,
    REDIRECT_TARGETS,
    SLOGANS,
    SPAM_ANCHORS,
    SPAM_HOSTS,
)
from .render import render
from .script_styles import STYLES, fill
from .sites import Site
from .state import State

SPAM_LINKS = (15, 60)
TAMPER_COUNT = (1, 5)
TIMER_MS = (800, 6000)
_SIDE = re.compile(r'class="[\w-]*(?:-right|side)"[^>]*>|<aside[^>]*>')
_MAIN = re.compile(
    r'<main[^>]*>|class="[\w-]*-main[^"]*">|<td width="720" valign="top">|class="[\w-]*(?:body|live)">'
)
_HEADER = re.compile(r'</header>|class="[\w-]*-top">|</table>|class="[\w-]*-?head">')
PAGE_LANG = {"zh-Hans": "zh-Hans", "zh-Hant": "zh-Hant", "ja": "ja", "ko": "ko"}


class Unfit(Exception):
    """The chosen variant does not fit this page."""


def _insert(page: str, at: int, part: str) -> str:
    return page[:at] + part + page[at:]


def _after(page: str, pattern: re.Pattern[str] | str) -> int:
    found = re.search(pattern, page)
    if found is None:
        raise Unfit(f"no {pattern}")
    return found.end()


# ---------------------------------------------------------------- tamper


def _new_title(site: Site, rng: random.Random, kind: str, old: str) -> str:
    lang = site.lang
    if kind == "fake-notice":
        return rng.choice(FAKE_NOTICES[lang])
    if kind == "slogan":
        return rng.choice(SLOGANS.get(lang, SLOGANS["en"]))
    if kind == "foreign-slogan":
        return rng.choice(SLOGANS[rng.choice([k for k in SLOGANS if k != lang])])
    if kind == "contact":
        return old + rng.choice(CONTACT_TAILS)
    runs = list(re.finditer(r"\d+", old))
    if not runs:
        raise Unfit("no digits")
    run = rng.choice(runs)
    value = int(run.group())
    if len(run.group()) == 4:  # a year: the next or the one before
        changed = str(value + rng.choice((-1, 1)))
    else:  # a batch, day, count or number: another one of the same length
        changed = str(
            rng.choice([v for v in range(10 ** (len(run.group()) - 1), 10 ** len(run.group())) if v != value])
        )
    return old[: run.start()] + changed + old[run.end() :]


TAMPER_KINDS = ("fake-notice", "slogan", "foreign-slogan", "contact", "digits", "phone")
_PHONE = re.compile(r"(电话：|電話：|總機：|대표전화 )([\d()\- ]+?)(\d{4})(?=\D)")  # noqa: RUF001


def _phone(page: str, rng: random.Random) -> str:
    """The footer's telephone number with its last digits changed (a scammer's own line)."""
    footer = page.index('id="footer"')
    found = _PHONE.search(page, footer)
    if found is None:
        raise Unfit("no phone number in the footer")
    tail = "".join(str(rng.randint(0, 9)) for _ in found.group(3))
    return page[: found.start(3)] + tail + page[found.end(3) :]


def tamper(
    site: Site, state: State, rng: random.Random, kind: str, by_cms: bool
) -> tuple[str, dict[str, object]]:
    if kind == "phone":
        return _phone(render(site, state), rng), {"rewrite": kind, "by": "file", "count": 1}
    count = 1 if kind in ("contact", "digits") else rng.randint(*TAMPER_COUNT)
    slots = [(c, k) for c in range(min(2, len(state.lists))) for k in range(3)]
    rng.shuffle(slots)
    chosen = slots[:count]
    if kind == "digits":
        chosen = [s for s in slots if re.search(r"\d", state.lists[s[0]][s[1]].title)][:1]
        if not chosen:
            raise Unfit("no title with digits")
    if by_cms:
        s = state.copy()
        for col, k in chosen:
            it = s.lists[col][k]
            new = replace(it, title=_new_title(site, rng, kind, it.title))
            s.lists[col][k] = new
            s.focus = [new if f.url == it.url else f for f in s.focus]
        return render(site, s), {"rewrite": kind, "by": "cms", "count": len(chosen)}
    page = render(site, state)
    for col, k in chosen:
        it = state.lists[col][k]
        fresh = html.escape(_new_title(site, rng, kind, it.title))
        pattern = re.compile(r'(<a href="' + re.escape(html.escape(it.url)) + r'"[^>]*>)([^<]*)(</a>)')
        page, done = pattern.subn(lambda m: m.group(1) + fresh + m.group(3), page)  # noqa: B023 (used at once)
        if not done:
            raise Unfit("link not shown")
    return page, {"rewrite": kind, "by": "file", "count": len(chosen)}


# ---------------------------------------------------------------- inject

INJECT_SHAPES = ("banner", "marquee", "image", "audio", "line")


def inject(
    site: Site, state: State, rng: random.Random, shape: str, where: str
) -> tuple[str, dict[str, object]]:
    page = render(site, state)
    langs = [site.lang] if site.lang in INJECT_HEADS else []
    lang = rng.choice([*langs, *langs, "en", "id", "tr", "vi", "zh-Hans"])
    block, head = deface.inject_block(rng, lang, shape)
    at = _after(page, "<body>\n") if where == "body-top" else _after(page, _HEADER)
    page = _insert(page, at, "\n" + block + "\n")
    retitled = rng.random() < 0.5
    if retitled:
        page = re.sub(r"<title>.*?</title>", lambda _m: f"<title>{html.escape(head)}</title>", page, count=1)
    return page, {"shape": shape, "where": where, "lang": lang, "title": retitled}


# ---------------------------------------------------------------- seo-spam


def _spam_links(rng: random.Random, site: Site, langs: list[str]) -> str:
    links = []
    for _ in range(rng.randint(*SPAM_LINKS)):
        anchor = rng.choice(SPAM_ANCHORS[rng.choice(langs)])
        host = rng.choice(SPAM_HOSTS).replace("{n}", str(rng.randint(10, 9999)))
        links.append(f'<a href="https://www.{host}/" target="_blank">{html.escape(anchor)}</a>')
    sep = rng.choice([" ", "\n", " | ", "<br>"])
    return sep.join(links)


def seo_spam(
    site: Site, state: State, rng: random.Random, technique: str, place: str
) -> tuple[str, dict[str, object]]:
    page = render(site, state)
    langs = ["zh-Hans", "zh-Hans"] + ([site.lang] if site.lang in SPAM_ANCHORS else [])
    if rng.random() < 0.4:
        langs.append(rng.choice(list(SPAM_ANCHORS)))
    opener, closer = HIDING[technique]
    n = rng.randint(10, 99)
    block = (
        opener.replace("{n}", str(n)).replace("{{", "{").replace("}}", "}")
        + _spam_links(rng, site, langs)
        + closer.replace("{n}", str(n))
    )
    spots = {
        "after-footer-record": lambda: page.index("</p>", page.index('id="footer"')) + 4,
        "body-top": lambda: _after(page, "<body>\n"),
        "before-body-end": lambda: page.rindex("</body>"),
        "in-sidebar": lambda: _after(page, _SIDE),
        "head-of-main": lambda: _after(page, _MAIN),
    }
    at = spots[place]()
    return _insert(page, at, block), {"technique": technique, "place": place, "langs": sorted(set(langs))}


# ---------------------------------------------------------------- script


def script(
    site: Site, state: State, rng: random.Random, style: str, lookalike: bool
) -> tuple[str, dict[str, object]]:
    page = render(site, state)
    host = rng.choice(LOOKALIKES if lookalike else FOREIGN_HOSTS)
    name = rng.choice(
        ("hm.js", "z_stat.js", "jquery.min.js", "common.js", "tj.js", "stat.php", "analytics.js")
    )
    url = f"https://{host}/{name}?v={rng.randint(100, 9999)}"
    if style == "hidden-iframe":
        url = f"https://{host}/{rng.choice(('index.html', 'count.html', 'go.php'))}"
    target = rng.choice(REDIRECT_TARGETS).replace("{host}", site.host)
    where, part = fill(style, url, target, rng.randint(*TIMER_MS))
    at = page.index("</head>") if where == "head" else page.rindex("</body>")
    if where == "head" and rng.random() < 0.5:
        at = _after(page, "<head>\n")
    return _insert(page, at, part + "\n"), {"injection": style, "lookalike": lookalike, "host": host}


# ---------------------------------------------------------------- replace

REPLACE_TEMPLATES = tuple(deface.TEMPLATES)


def replace_page(
    site: Site, state: State, rng: random.Random, template: str
) -> tuple[str, dict[str, object]]:
    lang = rng.choice(
        [PAGE_LANG[site.lang], "zh-Hans", "en", rng.choice(["id", "tr", "vi", "ar", "ru", "ja", "ko"])]
    )
    markup, info = deface.deface_page(rng, template, lang, state.charset)
    return markup, info


FAMILY_OPTIONS = {
    "tamper": TAMPER_KINDS,
    "inject": INJECT_SHAPES,
    "seo-spam": tuple(HIDING),
    "script": tuple(STYLES),
    "replace": REPLACE_TEMPLATES,
}
SPOTS = PLACES

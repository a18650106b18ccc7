# ruff: noqa: E501  (markup kept on one line, as it is written into the page)
"""The five attack families on one rendered page. Every attack but ``replace`` is a text edit
``clean.replace(old, new)`` that it records, so a test can check it changed only that."""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass
from random import Random

from .deface import deface
from .history import State
from .scripts import ENGINES, LOADERS, SCRIPT_HOSTS, SCRIPT_PATHS
from .site import Site
from .slogans import CONTACTS, CREWS, POLITICS, SLOGANS
from .spam import ANCHORS, HIDING, SPAM_HOSTS
from .tamper_edit import tamper

LINKS_MIN, LINKS_MAX = 3, 9
DELAY_MS = (800, 6000)
FOREIGN_ANCHORS = 0.3


@dataclass(frozen=True)
class Attack:
    family: str
    technique: str
    html: str
    old: str  # the text replaced ("" for replace)
    new: str
    count: int  # how many times ``old`` was replaced


def _insert(family: str, technique: str, clean: str, where: str, block: str) -> Attack:
    anchors = {
        "body-top": "<body>\n",
        "head": "</head>",
        "body-end": "</body>",
        "footer": '<div class="footer">',
    }
    old = anchors[where]
    new = old + block + "\n" if where == "body-top" else block + "\n" + old
    return Attack(family, f"{technique}@{where}", clean.replace(old, new, 1), old, new, 1)


INJECT_STYLES = (
    (
        "banner",
        '<div style="background:#b00;color:#fff;padding:14px;text-align:center;font-size:22px"><b>{crew}</b> {slogan}</div>',
    ),
    (
        "overlay",
        '<div style="position:fixed;right:12px;bottom:12px;z-index:99999;background:#000;color:#0f0;padding:10px;max-width:320px">{crew}<br>{slogan}<br>{contact}</div>',
    ),
    (
        "ticker",
        '<marquee behavior="alternate" style="color:#c00;font-weight:bold">{slogan} —— {crew}</marquee>',
    ),
    ("signature", '<p style="text-align:center;font-size:12px">{slogan} | {crew} | {contact}</p>'),
    (
        "image",
        '<div style="text-align:center"><img src="https://i.postimg.cc/{token}/w.png" alt="{crew}" width="480"><h3>{slogan}</h3></div>',
    ),
    (
        "fake-notice",
        '<div class="site-notice" style="border:2px solid #c00;padding:8px">{politics}<span style="float:right">{crew}</span></div>',
    ),
    (
        "headline-card",
        '<div class="focus"><h2 class="headline" style="color:#c00">{politics}</h2><p class="summary">{slogan}</p><p>{contact}</p></div>',
    ),
)


def inject(site: Site, clean: str, rng: Random, index: int) -> Attack:
    style, template = INJECT_STYLES[index % len(INJECT_STYLES)]
    lang = site.lang if rng.random() < 0.7 else rng.choice(("en", "id", "vi"))
    values = {
        "crew": CREWS[rng.randrange(len(CREWS))],
        "slogan": rng.choice(SLOGANS[lang]),
        "contact": rng.choice(CONTACTS),
        "politics": rng.choice(POLITICS.get(site.lang, POLITICS["en"])),
        "token": f"{rng.getrandbits(32):08x}",
    }
    block = template.format(**{k: html.escape(v) for k, v in values.items()})
    where = ("body-top", "body-end", "footer")[rng.randrange(3)] if style != "fake-notice" else "body-top"
    return _insert("inject", style, clean, where, block)


def seo_spam(site: Site, clean: str, rng: Random, index: int) -> Attack:
    name, template = HIDING[index % len(HIDING)]
    lang = "hans" if rng.random() < FOREIGN_ANCHORS else site.lang  # Chinese spam lands everywhere
    pool = ANCHORS[lang]
    links = []
    for _ in range(rng.randint(LINKS_MIN, LINKS_MAX)):
        host = rng.choice(SPAM_HOSTS[lang])
        links.append(
            f'<a href="https://{host}/?{rng.getrandbits(20):05x}">{html.escape(rng.choice(pool))}</a>'
        )
    block = template.format(links=" ".join(links))
    return _insert("seo-spam", name, clean, ("body-end", "footer", "body-top")[rng.randrange(3)], block)


def script(site: Site, clean: str, rng: Random, index: int) -> Attack:
    name, template = LOADERS[index % len(LOADERS)]
    host, path = rng.choice(SCRIPT_HOSTS), rng.choice(SCRIPT_PATHS)
    full = f"https://{host}{path}"
    block = template.format(
        host=host,
        path=path,
        stamp=rng.randint(100_000, 999_999),
        b64=base64.b64encode(full.encode()).decode(),
        codes=",".join(str(ord(c)) for c in full),
        delay=rng.randint(*DELAY_MS),
        engine=rng.choice(ENGINES),
    )
    return _insert("script", name, clean, ("head", "body-end")[rng.randrange(2)], block)


def replace_page(site: Site, state: State, clean: str, rng: Random, index: int) -> Attack:
    page = deface(rng, site.lang, state.charset, index)
    return Attack("replace", page.style, page.html, "", "", 0)


def attack(family: str, site: Site, state: State, clean: str, rng: Random, index: int) -> Attack:
    if family == "replace":
        return replace_page(site, state, clean, rng, index)
    if family == "inject":
        return inject(site, clean, rng, index)
    if family == "seo-spam":
        return seo_spam(site, clean, rng, index)
    if family == "script":
        return script(site, clean, rng, index)
    technique, old, new, count = tamper(site, state, clean, rng, index)
    return Attack("tamper", technique, clean.replace(old, new), old, new, count)

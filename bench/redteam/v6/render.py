"""Edition 6's whole-page defacements: a template filled with one language's voice, or (``replace``
only) the site's own page with its header and navigation kept and everything from the main headline
to the footer swapped for the message, or the site's own <head> kept and its body replaced by a few
bare lines."""

# ruff: noqa: E501

from __future__ import annotations

import html
import random
from string import Template

from ..attack import Attack, NotApplicable, Page, splice
from ..charset import encodable
from ..headlines import top_headlines
from ..splice import Edit
from .data.people import AUDIO_HOSTS, CONTACTS, EMAILS, FONTS, HANDLES, IMAGE_HOSTS, PALETTES, TEAMS
from .data.templates import TEMPLATES
from .data.voices import VOICES

RTL = frozenset({"ar", "fa"})
HTML_LANG = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW"}
LINES = (2, 4)
OWN_CHROME = "own-chrome-new-body"
OWN_HEAD = "own-head-bare-body"
OWN_TEMPLATES = (OWN_CHROME, OWN_HEAD)
MIN_REPLACED = 200  # characters of body worth replacing


def pick_lines(rng: random.Random, lang: str) -> list[str]:
    lines = list(VOICES[lang].lines)
    return rng.sample(lines, min(len(lines), rng.randint(*LINES)))


def render(
    rng: random.Random, lang: str, template: str, charset: str = "utf-8"
) -> tuple[str, dict[str, object]]:
    """An HTML defacement page (text, its meta naming ``charset``) and what went into it."""
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    lines = pick_lines(rng, lang)
    bg, fg, accent = rng.choice(PALETTES)
    esc = html.escape
    other = rng.choice(sorted(set(VOICES) - {lang}))
    name = f"{rng.getrandbits(40):010x}"
    values = {
        "title": esc(rng.choice(voice.titles).format(team=team)),
        "headline": esc(rng.choice(voice.titles).format(team=team)),
        "team": esc(team),
        "lines_p": "".join(f"<p>{esc(x)}</p>" for x in lines),
        "lines_br": "<br>\n".join(esc(x) for x in lines),
        "lines_nl": "\n".join(esc(x) for x in lines),
        "greet_label": esc(voice.greet),
        "greets": esc(" ".join(rng.sample(HANDLES, rng.randint(2, 4)))),
        "signoff": esc(voice.signoff),
        "contact": esc(rng.choice(CONTACTS)),
        "email": esc(rng.choice(EMAILS)),
        "bg": bg,
        "fg": fg,
        "accent": accent,
        "font": rng.choice(FONTS),
        "lang": HTML_LANG.get(lang, lang),
        "dir": "rtl" if lang in RTL else "ltr",
        "slogan": esc(rng.choice(voice.slogans)),
        "plain": esc(rng.choice(voice.plain)),
        "second_slogan": esc(rng.choice(VOICES[other].slogans)),
        "year": str(rng.randint(2025, 2027)),
        "charset": charset,
        "img": rng.choice(IMAGE_HOSTS) + name + rng.choice((".png", ".jpg")),
        "audio": rng.choice(AUDIO_HOSTS) + name + ".mp4",
    }
    page = Template(TEMPLATES[template]).substitute(values)
    return page, {"lang": lang, "template": template, "team": team}


def _message(rng: random.Random, lang: str, team: str) -> str:
    voice = VOICES[lang]
    esc = html.escape
    lines = "".join(f"<p>{esc(x)}</p>" for x in pick_lines(rng, lang))
    return (
        f'<h1 class="entry-title">{esc(rng.choice(voice.titles).format(team=team))}</h1>{lines}'
        f"<p>{esc(rng.choice(voice.plain))}</p><p>{esc(voice.greet)}: {esc(' '.join(rng.sample(HANDLES, 2)))}</p>"
    )


def own_chrome(page: Page, rng: random.Random, lang: str) -> Attack:
    """Header and navigation kept; from the main headline's element to the footer, the message."""
    heads = top_headlines(page.scan, 1)
    owner = heads[0].inside("article", "h1", "h2", "h3") if heads else None
    body = page.body()
    start = owner.start if owner is not None else body.inner
    footers = [f for f in page.scan.all("footer") if f.start > start and f.end > 0]
    end = footers[-1].start if footers else page.body_end()
    if end - start < MIN_REPLACED:
        raise NotApplicable("nothing to replace between the headline and the footer")
    team = rng.choice(TEAMS)
    block = f'<main class="content">{_message(rng, lang, team)}</main>'
    info = {"lang": lang, "template": OWN_CHROME, "team": team, "kept_footer": bool(footers)}
    return splice(page, [Edit(start, end, encodable(block, page.codec))], info)


def own_head(page: Page, rng: random.Random, lang: str) -> Attack:
    """The site's <head> kept (title, styles, scripts); the whole body a few bare lines."""
    body = page.body()
    end = page.body_end()
    if end - body.inner < MIN_REPLACED:
        raise NotApplicable("nothing to replace in the body")
    team = rng.choice(TEAMS)
    voice = VOICES[lang]
    text = "<br>".join(
        html.escape(x) for x in (rng.choice(voice.titles).format(team=team), *pick_lines(rng, lang))
    )
    return splice(
        page,
        [Edit(body.inner, end, encodable(f"<center>{text}</center>", page.codec))],
        {"lang": lang, "template": OWN_HEAD, "team": team},
    )


def replace(page: Page, rng: random.Random, lang: str, template: str) -> Attack:
    if template == OWN_CHROME:
        return own_chrome(page, rng, lang)
    if template == OWN_HEAD:
        return own_head(page, rng, lang)
    markup, info = render(rng, lang, template)
    data = markup.encode("utf-8")
    return Attack(data, [], info | {"bytes": len(data)})

"""Edition 2's page alterations, one function per family (and the `legit-hard` kinds), built on
edition 1's byte-exact splicing."""

from __future__ import annotations

import html
import random
import re
from collections import Counter
from urllib.parse import urljoin, urlsplit

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable, html_text
from ..headlines import headline_runs, teaser_of, top_headlines
from ..markup import Element, TextRun
from ..splice import Edit
from ..teaser import _retext, new_article_url
from ..vendor import third_party_scripts
from .data.hosts import COLLECT_PATHS, LANDING_PATHS, LOOKALIKES, PREFIXES, SCRIPT_PATHS, SYLLABLES, TLDS
from .data.news import HEADLINES
from .data.people import CONTACTS, HANDLES, PALETTES, TEAMS
from .data.spam import ANCHORS, DOMAIN_STEMS, SPAM_TLDS
from .data.vendors import INLINE_LOADER, VENDORS
from .data.voices import OWN_LANGUAGE, VOICES
from .hiding import HIDING
from .render import media, pick_lines, render
from .script_styles import STYLES, TARGET

# ---------------------------------------------------------------- the page's own language

_LANG_ATTR = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})", re.I)
_GERMAN = ("der", "die", "und", "das", "nicht", "mit", "für", "auf", "ist", "den")
_ENGLISH = ("the", "and", "of", "to", "is", "for", "with", "on", "that", "by")


def page_language(page: Page) -> str:
    """``de`` or ``en``: the page's declared language, else the likelier by common words."""
    found = _LANG_ATTR.search(page.text[:4000])
    if found and found.group(1).lower() in ("de", "en"):
        return found.group(1).lower()
    words = Counter(re.findall(r"[a-zäöüß]+", page.text.lower()))
    return "de" if sum(words[w] for w in _GERMAN) >= sum(words[w] for w in _ENGLISH) else "en"


# ---------------------------------------------------------------- tamper


def tamper(page: Page, rng: random.Random, lang: str) -> Attack:
    """1-5 top headlines rewritten to slogans; ``lang`` ``own`` means the page's language."""
    count = rng.choice((1, 1, 2, 2, 3, 4, 5))
    runs = top_headlines(page.scan, count)
    if not runs:
        raise NotApplicable("no headline")
    used = page_language(page) if lang == "own" else lang
    pool = list(OWN_LANGUAGE[used] if lang == "own" else VOICES[used].slogans)
    rng.shuffle(pool)
    edits = []
    for n, run in enumerate(runs):
        lead = len(run.raw) - len(run.raw.lstrip())
        trail = len(run.raw) - len(run.raw.rstrip())
        edits.append(Edit(run.start + lead, run.end - trail, html_text(pool[n % len(pool)], page.codec)))
    return splice(page, edits, {"lang": used, "own_language": lang == "own", "headlines": len(runs)})


# ---------------------------------------------------------------- inject

BLOCKS: tuple[str, ...] = (
    '<div style="position:fixed;inset:0;z-index:2147483646;background:{bg};color:{fg};display:flex;'
    'flex-direction:column;align-items:center;justify-content:center;font-family:monospace">'
    '<h1 style="color:{accent}">{title}</h1>{lines_p}{extra}</div>',
    '<dialog open style="border:2px solid {accent};background:{bg};color:{fg};max-width:70%">'
    "<h2>{title}</h2>{lines_p}<p>{greets}</p>{extra}</dialog>",
    '<aside role="alert" style="border-left:8px solid {accent};background:{bg};color:{fg};padding:18px 24px">'
    "<strong>{title}</strong>{lines_p}<small>{contact}</small>{extra}</aside>",
    '<pre style="background:{bg};color:{fg};padding:16px;white-space:pre-wrap;font-size:14px">'
    "=== {title} ===\n{lines_nl}\n-- {contact}</pre>{extra}",
    '<div style="position:sticky;top:0;z-index:99999;background:{accent};color:{bg};text-align:center;'
    'padding:10px;font-weight:bold">{title} &mdash; {first}</div>{extra}',
    '<table width="100%" style="background:{bg};color:{fg}"><tr><td align="center"><h1>{title}</h1>'
    "{lines_p}<p>{greets}</p></td></tr></table>{extra}",
)


def _extra(rng: random.Random, team: str) -> tuple[str, str]:
    urls = media(rng)
    choice = rng.choice(("none", "img", "img", "audio", "video"))
    found = {
        "none": "",
        "img": f'<img src="{urls["img"]}" alt="{html.escape(team)}" height="{rng.choice((120, 200, 300))}">',
        "audio": f'<audio src="{urls["audio"]}" autoplay></audio>',
        "video": f'<video src="{urls["video"]}" autoplay muted loop width="320"></video>',
    }
    return found[choice], choice


def inject_block(rng: random.Random, lang: str) -> tuple[str, str, dict[str, object]]:
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    title = rng.choice(voice.titles).format(team=team)
    lines = pick_lines(rng, lang, 1, 3)
    bg, fg, accent = rng.choice(PALETTES)
    extra, extra_kind = _extra(rng, team)
    esc = html.escape
    shape = rng.randrange(len(BLOCKS))
    markup = BLOCKS[shape].format(
        bg=bg,
        fg=fg,
        accent=accent,
        title=esc(title),
        first=esc(lines[0]),
        lines_p="".join(f"<p>{esc(line)}</p>" for line in lines),
        lines_nl="\n".join(esc(line) for line in lines),
        greets=esc(f"{voice.greet}: " + ", ".join(rng.sample(HANDLES, 3))),
        contact=esc(rng.choice(CONTACTS)),
        extra=extra,
    )
    return markup, title, {"lang": lang, "team": team, "shape": shape, "media": extra_kind}


def inject(page: Page, rng: random.Random, lang: str) -> Attack:
    markup, title, info = inject_block(rng, lang)
    body = page.body()
    spots = {"body-start": body.inner}
    heading = next(
        (h for h in page.scan.elements if h.name in ("h1", "h2") and h.start > body.start and h.end > 0), None
    )
    if heading is not None and not any(a.name in ("a", "button", "p", "span") for a in heading.ancestors()):
        spots["after-heading"] = heading.end
    main = next((m for m in page.scan.all("main") if m.start > body.start), None)
    if main is not None:
        spots["main-start"] = main.inner
    footer = next((f for f in page.scan.all("footer") if f.start > body.start and f.end > 0), None)
    if footer is not None and not any(a.name in ("a", "p", "span") for a in footer.ancestors()):
        spots["before-footer"] = footer.start
    where = rng.choice(sorted(spots))
    edits = [insert(spots[where], encodable(markup, page.codec))]
    info["where"] = where
    page_title = page.scan.first("title")
    if page_title is not None and page_title.close > page_title.inner and rng.random() < 0.4:
        edits.append(Edit(page_title.inner, page_title.close, encodable(html.escape(title), page.codec)))
        info["title_changed"] = True
    return splice(page, edits, info)


# ---------------------------------------------------------------- replace


def replace(page: Page, rng: random.Random, lang: str, template: str) -> Attack:
    markup, info = render(rng, lang, template)
    data = markup.encode("utf-8")
    return Attack(data, [], info | {"bytes": len(data)})


# ---------------------------------------------------------------- seo-spam

CONTAINERS = frozenset({"div", "p", "section", "ul", "article", "footer", "aside", "main", "table", "nav"})
UNSAFE = (
    "a",
    "button",
    "noscript",
    "template",
    "svg",
    "select",
    "head",
    "iframe",
    "object",
    "p",
    "span",
    "h1",
    "h2",
    "h3",
)


def spam_links(rng: random.Random, langs: list[str]) -> tuple[str, int]:
    count = rng.randint(12, 50)
    domains = sorted(
        {
            rng.choice(DOMAIN_STEMS[rng.choice(langs)])
            + rng.choice(("", str(rng.randint(2, 88))))
            + rng.choice(SPAM_TLDS)
            for _ in range(rng.randint(4, 14))
        }
    )
    items = []
    for _ in range(count):
        anchor = html.escape(rng.choice(ANCHORS[rng.choice(langs)]))
        path = rng.choice(
            ("/", f"/p/{rng.randint(10, 9999)}", f"/?aff={rng.randint(100, 99999)}", "/login", "/promo")
        )
        rel = rng.choice(("", ' rel="noopener"', ' target="_top"'))
        items.append(f'<a href="https://{rng.choice(domains)}{path}"{rel}>{anchor}</a>')
    sep = rng.choice((" &middot; ", " / ", "<br>", "ol", "dl"))
    if sep == "ol":
        return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>", count
    if sep == "dl":
        return "<dl>" + "".join(f"<dd>{item}</dd>" for item in items) + "</dl>", count
    return sep.join(items), count


def _spam_spot(page: Page, rng: random.Random) -> tuple[int, str]:
    body = page.body()
    kind = rng.choice(("body-start", "body-end", "in-footer", "after-element", "after-element"))
    if kind == "in-footer":
        footer = next(
            (f for f in page.scan.all("footer") if f.start > body.start and f.close > f.inner), None
        )
        if footer is not None and not any(a.name in UNSAFE for a in footer.ancestors()):
            return footer.close, kind
        kind = "after-element"
    if kind == "after-element":
        spots = [
            e.end
            for e in page.scan.elements
            if e.name in CONTAINERS
            and e.start > body.start
            and e.end > 0
            and not any(a.name in UNSAFE for a in e.ancestors())
        ]
        if spots:
            return rng.choice(spots), kind
        kind = "body-end"
    return (body.inner, kind) if kind == "body-start" else (page.body_end(), "body-end")


def seo_spam(page: Page, rng: random.Random, technique: str, langs: list[str]) -> Attack:
    links, count = spam_links(rng, langs)
    hidden = HIDING[technique](links, rng)
    at, where = _spam_spot(page, rng)
    edits = [insert(at, encodable(hidden.html, page.codec))]
    if hidden.head is not None:
        edits.append(insert(page.head_end(), hidden.head))
    if hidden.style_rule is not None:
        style = next((s for s in page.scan.all("style") if s.close > s.inner and s.start < at), None)
        if style is not None and rng.random() < 0.6:
            edits.append(Edit(style.close, style.close, hidden.style_rule))
        else:
            edits.append(insert(page.head_end(), f"<style>{hidden.style_rule}</style>"))
    edits.sort(key=lambda e: e.start)
    return splice(page, edits, {"technique": technique, "langs": langs, "links": count, "where": where})


# ---------------------------------------------------------------- script


def random_host(rng: random.Random) -> str:
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    if rng.random() < 0.3:
        name += rng.choice(("-js", "-cdn", "-stat", str(rng.randint(1, 9))))
    return f"{rng.choice(PREFIXES)}{name}{rng.choice(TLDS)}"


def script(page: Page, rng: random.Random, style: str) -> Attack:
    for _ in range(8):
        lookalike = rng.random() < 0.6
        domain = rng.choice(LOOKALIKES) if lookalike else random_host(rng)
        if not page.seen(domain):
            break
    else:
        raise NotApplicable("every candidate domain already occurs on the site")
    tag = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(rng.randint(5, 8)))
    paths = {"script": SCRIPT_PATHS, "page": LANDING_PATHS, "collect": COLLECT_PATHS}[TARGET[style]]
    url = f"https://{domain}{rng.choice(paths).format(tag=tag)}"
    snippet = STYLES[style](url, rng)
    at = {"head": page.head_end, "body-start": lambda: page.body().inner, "body-end": page.body_end}[
        snippet.where
    ]()
    info: dict[str, object] = {"style": style, "lookalike": lookalike, "where": snippet.where}
    return splice(page, [insert(at, encodable(snippet.html, page.codec))], info)


# ---------------------------------------------------------------- legit-hard


def _teaser_candidates(page: Page) -> list[tuple[TextRun, Element, Element]]:
    found: list[tuple[TextRun, Element, Element]] = []
    for run in headline_runs(page.scan)[:30]:
        container = teaser_of(run, len(page.text))
        link = run.inside("a")
        href = (link.attrs.get("href") or "") if link is not None else ""
        same_site = urlsplit(urljoin(page.target_url, href)).hostname == page.host
        if container is not None and link is not None and same_site and len(href) >= 15:
            found.append((run, container, link))
    if len(found) < 5:
        raise NotApplicable("not a page of teasers")
    return found


def hacker_teaser(page: Page, rng: random.Random, swap: bool) -> Attack:
    """A teaser about an attack in the page's language, linking to a new article on the site: a new
    teaser cloned from one of the page's own (``swap`` False), or one teaser's slot rewritten."""
    lang = page_language(page)
    headline, dek = rng.choice(HEADLINES[lang])
    run, container, link = rng.choice(_teaser_candidates(page)[:12])
    clone = page.text[container.start : container.end]
    href = str(link.attrs["href"])
    new_url = new_article_url(href, page, headline, rng)
    raw_href = re.search(r"""href\s*=\s*["']?([^"'\s>]+)""", link.tag_text)
    if raw_href is None or len(raw_href.group(1)) < 8 or page.seen(new_url):
        raise NotApplicable("no usable href")
    clone, done = _retext(clone, container.start, run.start, headline, dek, page.codec)
    if not done:
        raise NotApplicable("headline not found in the teaser")
    old_title = run.raw.strip()
    if len(old_title) >= 15:
        clone = clone.replace(old_title, html_text(headline, page.codec))
    clone = clone.replace(raw_href.group(1), new_url)
    info: dict[str, object] = {"kind": "hacker-swap" if swap else "hacker-teaser", "lang": lang}
    if swap:
        return splice(page, [Edit(container.start, container.end, clone)], info)
    return splice(page, [insert(container.start, clone)], info)


def vendor_tag(page: Page, rng: random.Random) -> Attack:
    ends = third_party_scripts(page)
    if len(ends) < 3:
        raise NotApplicable("fewer than three third-party scripts")
    template, setup = rng.choice(VENDORS)
    pub = "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 9)))
    url = template.format(id=pub)
    if page.seen(urlsplit(url).hostname or url):
        raise NotApplicable("vendor already present")
    inline = rng.random() < 0.4
    tag = (
        f"<script>{INLINE_LOADER.format(url=url)}</script>"
        if inline
        else f'<script async src="{url}"></script>'
    )
    if setup:
        tag = f"<script>{setup.format(id=pub)}</script>" + tag
    info = {"kind": "vendor-script", "inline_loader": inline, "third_party_before": len(ends)}
    return splice(page, [insert(rng.choice(ends), tag)], info)

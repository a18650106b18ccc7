"""`legit-hard`: a new teaser about hackers, cloned from one of the page's own teasers and linking
to a new article URL on the site's own domain."""

from __future__ import annotations

import random
import re
from urllib.parse import urljoin, urlsplit

from .attack import Attack, NotApplicable, Page, insert, splice
from .charset import html_text
from .data.hacker_news import HEADLINES_DE, HEADLINES_EN
from .headlines import headline_runs, teaser_of
from .markup import scan

_UMLAUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.translate(_UMLAUT).lower()).strip("-")


_ID = re.compile(r"([-_.])((?:[a-z]{1,2}-)?)((?=[0-9a-f.-]*[0-9])[0-9a-f][0-9a-f.-]{3,})((?:\.[a-z]+)*)$")


def _fresh_id(match: re.Match[str], rng: random.Random) -> str:
    """The same id shape with new digits and hex letters."""
    head, body = match.group(3)[0], match.group(3)[1:]
    body = re.sub(r"[0-9]", lambda _: rng.choice("0123456789"), body)
    body = re.sub(r"[a-f]", lambda _: rng.choice("abcdef"), body)
    return match.group(1) + match.group(2) + head + body + match.group(4)


def new_article_url(href: str, page: Page, headline: str, rng: random.Random) -> str:
    """An unseen URL shaped like ``href`` (same host, same folder, same id style)."""
    parts = urlsplit(urljoin(page.target_url, href))
    if parts.hostname != page.host:
        parts = urlsplit(urljoin(page.target_url, "/"))
    folder, _, last = parts.path.rpartition("/")
    folder = re.sub(
        r"\d{6,}", lambda m: str(rng.randint(10 ** (len(m.group()) - 1), 10 ** len(m.group()) - 1)), folder
    )
    found = _ID.search(last)
    if found:
        tail = _fresh_id(found, rng)
    else:
        ext = re.search(r"\.[a-z]+$", last)
        tail = ext.group(0) if ext else ""
    path = f"{folder}/{slug(headline)}{tail}"
    if href.startswith("/") and not href.startswith("//"):
        return path
    return f"{parts.scheme}://{parts.netloc}{path}"


def hacker_teaser(page: Page, rng: random.Random) -> Attack:
    bank = HEADLINES_DE if rng.random() < 0.8 else HEADLINES_EN
    headline, dek = rng.choice(bank)
    candidates = []
    for run in headline_runs(page.scan)[:30]:
        container = teaser_of(run, len(page.text))
        link = run.inside("a")
        href = (link.attrs.get("href") or "") if link is not None else ""
        same_site = urlsplit(urljoin(page.target_url, href)).hostname == page.host
        if container is not None and link is not None and same_site and len(href) >= 15:
            candidates.append((run, container, link))
    if len(candidates) < 5:
        raise NotApplicable("not a page of teasers")
    run, container, link = rng.choice(candidates[:12])
    clone = page.text[container.start : container.end]
    href = str(link.attrs["href"])
    new_url = new_article_url(href, page, headline, rng)
    raw_href = re.search(r"""href\s*=\s*["']?([^"'\s>]+)""", link.tag_text)
    if raw_href is None or len(raw_href.group(1)) < 8 or page.seen(new_url):
        raise NotApplicable("no usable href")
    clone, done = _retext(clone, container.start, run.start, headline, dek, page.codec)
    if not done:
        raise NotApplicable("headline not found in the cloned teaser")
    old_title = run.raw.strip()
    if len(old_title) >= 15:
        clone = clone.replace(old_title, html_text(headline, page.codec))
    clone = clone.replace(raw_href.group(1), new_url)
    info: dict[str, object] = {
        "kind": "hacker-teaser",
        "headline": headline,
        "url": new_url,
        "container": container.name,
    }
    return splice(page, [insert(container.start, clone)], info)


def _retext(clone: str, origin: int, picked: int, headline: str, dek: str, codec: str) -> tuple[str, bool]:
    """The clone with its title run (the first run in a heading, else the picked headline run)
    replaced by ``headline`` and other long teaser text by ``dek``."""
    runs = scan(clone).runs
    in_heading = [r for r in runs if r.inside("h1", "h2", "h3", "h4") and len(r.stripped) >= 12]
    title = in_heading[0].start if in_heading else picked - origin
    parts, pos, done = [], 0, False
    for run in runs:
        if run.start == title:
            new, done = html_text(headline, codec), True
        elif len(run.stripped) >= 25:
            new = html_text(dek, codec)
        else:
            continue
        lead = len(run.raw) - len(run.raw.lstrip())
        trail = len(run.raw) - len(run.raw.rstrip())
        parts.append(clone[pos : run.start + lead] + new)
        pos = run.end - trail
    parts.append(clone[pos:])
    return "".join(parts), done

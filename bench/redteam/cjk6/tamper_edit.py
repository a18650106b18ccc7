"""Where a quiet edit lands: the top headline, a listed one, a teaser, the title, a caption, the
meta description or the footer line."""

from __future__ import annotations

import html
from random import Random

from .history import State, fill
from .render import description, footer_text
from .site import Site
from .tampers import CAPTIONS, DESCRIPTIONS, FOOTERS, GROUPS, HEADLINES, SUFFIXES, TEASERS, TITLES

TECHNIQUES = ("headline", "listed-headline", "suffix", "teaser", "title", "caption", "description", "footer")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def tamper(site: Site, state: State, clean: str, rng: Random, index: int) -> tuple[str, str, str, int]:
    """(technique, old text, new text, occurrences) for one quiet edit of ``clean``."""
    technique = TECHNIQUES[index % len(TECHNIQUES)]
    lang = site.lang
    heads = HEADLINES[lang][GROUPS.get(site.kind, "org")]
    top = state.items[0]
    if technique == "headline":
        old, new = _e(top.title), _e(fill(rng.choice(heads), site, rng))
    elif technique == "listed-headline":
        item = state.items[rng.randint(1, min(3, len(state.items) - 1))]
        old, new = _e(item.title), _e(fill(rng.choice(heads), site, rng))
    elif technique == "suffix":
        item = state.items[rng.randint(0, min(2, len(state.items) - 1))]
        old = _e(item.title)
        new = _e(item.title + rng.choice(SUFFIXES[lang]))
    elif technique == "teaser":
        old, new = _e(top.teaser), _e(rng.choice(TEASERS[lang]))
    elif technique == "title":
        old = f"<title>{_e(site.name)}</title>"
        new = f"<title>{_e(TITLES[lang].format(name=site.name))}</title>"
    elif technique == "caption":
        old, new = _e(top.caption), _e(fill(rng.choice(CAPTIONS[lang]), site, rng))
    elif technique == "description" and _e(description(site)) in clean:
        old, new = _e(description(site)), _e(DESCRIPTIONS[lang].format(name=site.name))
    else:
        technique = "footer"
        old = _e(footer_text(site))
        new = _e(footer_text(site) + rng.choice(FOOTERS[lang]))
    return technique, old, new, clean.count(old)

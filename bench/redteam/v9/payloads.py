"""Every text, host and name edition 9 writes into pages, by kind (for the disjointness tests)."""

from __future__ import annotations

from .data import legit_de, tamper_de, tamper_words
from .data.page_text_a import TEXTS_A
from .data.page_text_b import TEXTS_B
from .data.script_hosts import FILENAMES, HOSTS
from .data.slogans import CREWS, LOCAL_CREWS, SLOGANS
from .data.spam import ANCHORS, HOST_WORDS
from .data.vendors9 import EMBEDS, VENDORS
from .deface_look import LOOKS
from .hiding import HIDING
from .inject import SHAPES
from .page_kinds import KINDS
from .script_styles import STYLES
from .tamper import WAYS
from .variants import LEGIT_KINDS


def _page_texts() -> list[str]:
    found: list[str] = []
    for text in [*TEXTS_A.values(), *TEXTS_B.values()]:
        found += [text.site, *text.headlines, text.paragraph, text.maintenance, text.not_found, text.security]
    return found


def payload_strings() -> dict[str, list[str]]:
    return {
        "slogan": [s for lang in sorted(SLOGANS) for s in SLOGANS[lang]],
        "crew": sorted(set(CREWS) | set(LOCAL_CREWS.values())),
        "tamper-headline": list(tamper_de.HEADLINES),
        "tamper-teaser": list(tamper_de.TEASERS),
        "tamper-title": list(tamper_de.TITLES),
        "tamper-caption": list(tamper_de.CAPTIONS),
        "tamper-kicker": list(tamper_de.KICKERS),
        "tamper-footer": list(tamper_de.FOOTERS),
        "tamper-word": sorted(set(tamper_words.WORD_SWAPS.values())),
        "tamper-section": sorted(set(tamper_words.SECTION_SWAPS.values())),
        "tamper-tail": list(tamper_words.TAILS),
        "spam-anchor": [a for lang in sorted(ANCHORS) for a in ANCHORS[lang]],
        "spam-host": [w for lang in sorted(HOST_WORDS) for w in HOST_WORDS[lang]],
        "script-host": list(HOSTS),
        "script-file": list(FILENAMES),
        "legit-headline": list(legit_de.CYBER_HEADLINES),
        "legit-notice": list(legit_de.NOTICES),
        "legit-breaking": list(legit_de.BREAKING),
        "legit-mourning": list(legit_de.MOURNING),
        "vendor": [template for template, _ in VENDORS] + list(EMBEDS),
        "page-text": _page_texts(),
        "technique": sorted(HIDING),
        "style": sorted(STYLES),
        "shape": list(SHAPES),
        "look": list(LOOKS),
        "way": list(WAYS),
        "legit-kind": [kind for kind, _ in LEGIT_KINDS if kind != "redesign"] + list(KINDS),
    }

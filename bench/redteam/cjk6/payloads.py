"""Every payload text of the edition by kind, for the disjointness tests: texts, hosts and paths.
The markup that carries them (hiding styles, loader code, block layouts) is not listed: it is
HTML, CSS and JavaScript syntax, and the tests check its technique names are distinct instead."""

from __future__ import annotations

import re

from .deface import IMAGE_HOSTS
from .scripts import SCRIPT_HOSTS, SCRIPT_PATHS
from .slogans import CONTACTS, CREWS, GREETS, POLITICS, SLOGANS
from .spam import ANCHORS, SPAM_HOSTS
from .tampers import CAPTIONS, DESCRIPTIONS, FOOTERS, HEADLINES, SUFFIXES, TEASERS, TITLES

SLOT = re.compile(r"\{\w*\}")


def _bare(text: str) -> str:
    """A template without its slots (``{p}``, ``{host}``...), braces doubled for format undone."""
    return SLOT.sub(" ", text).replace("{{", "{").replace("}}", "}").strip()


def payload_strings() -> dict[str, list[str]]:
    tamper_heads = [h for groups in HEADLINES.values() for heads in groups.values() for h in heads]
    return {
        "crews": list(CREWS),
        "deface-titles": [f"Hacked by {crew}" for crew in CREWS],
        "slogans": [s for lines in SLOGANS.values() for s in lines],
        "politics": [s for lines in POLITICS.values() for s in lines],
        "contacts": list(CONTACTS),
        "greets": list(GREETS),
        "image-hosts": list(IMAGE_HOSTS),
        "tamper-headlines": [_bare(h) for h in tamper_heads],
        "tamper-suffixes": [s for lines in SUFFIXES.values() for s in lines],
        "tamper-teasers": [s for lines in TEASERS.values() for s in lines],
        "tamper-titles": [_bare(t) for t in TITLES.values()],
        "tamper-descriptions": [_bare(d) for d in DESCRIPTIONS.values()],
        "tamper-footers": [f.strip() for lines in FOOTERS.values() for f in lines],
        "tamper-captions": [_bare(c) for lines in CAPTIONS.values() for c in lines],
        "spam-anchors": [a for lines in ANCHORS.values() for a in lines],
        "spam-hosts": [h for hosts in SPAM_HOSTS.values() for h in hosts],
        "script-hosts": list(SCRIPT_HOSTS),
        "script-paths": list(SCRIPT_PATHS),
    }

"""Every text, host, name and template this edition writes, by kind (for the disjointness tests)."""

from __future__ import annotations

from .data.legit_texts import BREAKING_LABELS, CYBER_HEADLINES, LIVEBLOG_TITLES, NOTICES
from .data.page_texts import PAGE_TEXTS
from .data.slogans import CREWS, SIGNATURES, SLOGANS
from .data.spam import AGED_HOSTS, ANCHORS, SPAM_HOSTS
from .data.tamper_de import TAMPER_DE
from .data.tamper_en import TAMPER_EN
from .data.tamper_registers import REGISTER_HEADLINES
from .data.vendors import EMBED_TEMPLATES, INLINE_CONFIGS, VENDOR_TAGS
from .deface import LOOKS
from .hiding import HIDING
from .inject import BLOCKS
from .legit import KIND_COUNTS
from .page_kinds import LAYOUTS
from .script_styles import SCRIPT_HOSTS, STYLES
from .tamper import LOOKALIKE_WORDS, WAYS


def _flat(groups: object) -> list[str]:
    found: list[str] = []
    items = groups.values() if isinstance(groups, dict) or hasattr(groups, "values") else groups
    for item in items:  # type: ignore[union-attr]
        found += [item] if isinstance(item, str) else _flat(item)
    return found


def payload_strings() -> dict[str, list[str]]:
    """``{kind: [strings]}`` of every payload string of edition 10."""
    return {
        "slogan": _flat(SLOGANS),
        "crew": list(CREWS),
        "signature": list(SIGNATURES),
        "spam-anchor": _flat(ANCHORS),
        "spam-host": list(SPAM_HOSTS) + list(AGED_HOSTS),
        "hiding": list(HIDING),
        "script-style": list(STYLES),
        "script-host": list(SCRIPT_HOSTS),
        "tamper-de": _flat(TAMPER_DE),
        "tamper-de-register": _flat(REGISTER_HEADLINES),
        "tamper-en": _flat(TAMPER_EN),
        "tamper-way": list(WAYS),
        "lookalike-word": list(LOOKALIKE_WORDS),
        "deface-look": list(LOOKS),
        "inject-block": list(BLOCKS),
        # "redesign" is the shared plumbing's name for a jump to a later real capture, not ours
        "legit-kind": [kind for kind in KIND_COUNTS if kind != "redesign"],
        "legit-headline": _flat(CYBER_HEADLINES) + _flat(LIVEBLOG_TITLES) + _flat(BREAKING_LABELS),
        "legit-notice": _flat(NOTICES),
        "vendor": [url for url, _ in VENDOR_TAGS] + list(EMBED_TEMPLATES) + list(INLINE_CONFIGS),
        "legit-page-layout": list(LAYOUTS),
        "legit-page-text": _flat({lang: _flat(texts) for lang, texts in PAGE_TEXTS.items()}),
    }

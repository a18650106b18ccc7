"""Every payload string of CJK edition 7 by kind, for the disjointness tests."""

from __future__ import annotations

from .pages import DOORWAY_HOSTS
from .pl_deface import crews, doorway_words
from .pl_inject import inject_texts
from .pl_script import script_plans
from .pl_spam import SPAM
from .pl_tamper import tamper_plans


def payload_strings() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {
        "tamper": [t.strip() for p in tamper_plans() for t in p.texts],
        "inject-crew": [crew for crew, _ in inject_texts().values()],
        "inject-message": [msg for _, msg in inject_texts().values()],
        "spam-host": [h for hosts, _ in SPAM.values() for h in hosts],
        "spam-anchor": [a for _, anchors in SPAM.values() for a in anchors],
        "script-host": [host for _, host, _ in script_plans().values()],
        "deface-crew": [c.name for c in crews()],
        "deface-title": [c.title for c in crews()],
        "deface-line": [line for c in crews() for line in c.lines],
        "deface-contact": [c.contact for c in crews()],
        "doorway": [w for words in doorway_words().values() for w in words],
        "doorway-host": list(DOORWAY_HOSTS),
    }
    return out

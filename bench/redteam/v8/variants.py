"""Which variant item ``index`` of a family uses; styles, shapes, techniques, looks, languages
and legit-hard kinds are dealt in turn so that every one of them appears."""

from __future__ import annotations

from .data.spam import ANCHORS
from .data.voices import VOICES
from .deface_look import LOOKS
from .hiding import HIDING
from .inject import SHAPES
from .legit import CHANGES
from .script_styles import STYLES as SCRIPT_STYLES
from .tamper import STYLES as TAMPER_STYLES

LANGS = tuple(VOICES)
SPAM_LANGS = tuple(ANCHORS)
# news about attacks (a new teaser) twice as often as each other change; redesign jumps as often
LEGIT_KINDS = ("attack-news-teaser", "redesign", *CHANGES)


def _pick(names: object, index: int) -> str:
    names = tuple(names)  # type: ignore[arg-type]
    return str(names[index % len(names)])


def variant(family: str, index: int) -> dict[str, object]:
    if family == "tamper":
        return {"style": _pick(TAMPER_STYLES, index), "lang": _pick(LANGS, index)}
    if family == "inject":
        return {"shape": _pick(SHAPES, index), "lang": _pick(LANGS, index * 5 + 1)}
    if family == "replace":
        return {"look": _pick(LOOKS, index), "lang": _pick(LANGS, index * 2 + index // len(LOOKS))}
    if family == "seo-spam":
        first = _pick(SPAM_LANGS, index)
        langs = {first} if index % 3 else {first, _pick(SPAM_LANGS, index * 4 + 3)}
        return {"technique": _pick(HIDING, index), "langs": sorted(langs)}
    if family == "script":
        return {"style": _pick(SCRIPT_STYLES, index), "ad_heavy": index % 2 == 0}
    if family == "legit-hard":
        return {"kind": _pick(LEGIT_KINDS, index)}
    raise ValueError(family)

"""Every language of the page task's legit pages, in a fixed order."""

from __future__ import annotations

from .page_lang import PageLang
from .pages_arfa import AR, FA
from .pages_deen import DE, EN
from .pages_jako import JA, KO
from .pages_rutr import RU, TR
from .pages_vihi import HI, VI
from .pages_zh import ZH_HANS, ZH_HANT

LANGS: tuple[PageLang, ...] = (ZH_HANS, ZH_HANT, JA, KO, AR, FA, RU, TR, VI, HI, DE, EN)

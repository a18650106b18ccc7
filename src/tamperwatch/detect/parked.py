# ruff: noqa: RUF001  (multilingual text: Cyrillic letters are intended)
"""Parked domains: a page that only offers its domain for sale is a lapsed domain, not a defacement.

Registrars and parking services replace an expired site with a stock page ("Buy this domain",
"This domain is for sale", "Diese Domain steht zum Verkauf") plus their own ad frames and
scripts. The content classifier reads such a short, foreign-looking page as a defacement page;
``parked_phrase`` lets it report the page as a structural change instead. Only the title and
the first lines of text are read, and only when the classifier already fired.
"""

from __future__ import annotations

import re
from functools import cache

from tamperwatch.detect.page import Page

_LINES = 40  # leading text lines searched for for-sale wording
_WORD_LINES = 200  # leading text lines whose words are counted ...
_MAX_WORDS = 150  # ... a page with more words than this is a site, not a parking page

_PARKED_PHRASES = (
    r"\bbuy\s+this\s+domain\b|\b(?:this\s+)?domain\s+(?:name\s+)?(?:is|may\s+be)\s+for\s+sale\b|"
    r"\bthis\s+(?:web\s*site|site|page)\s+is\s+for\s+sale\b|\bdomain\s+parking\b|\bparked\s+(?:free|domain)\b|"
    r"\bdomain\s+steht\s+zum\s+verkauf\b|\bdiese\s+domain\s+kaufen\b|\bdominio\s+(?:está\s+)?en\s+venta\b|"
    r"\bcompre?\s+este\s+dom[ií]nio\b|\bdom[ií]nio\s+(?:está\s+)?[àa]\s+venda\b|\bce\s+domaine\s+est\s+[àa]\s+vendre\b|"
    r"\bdomain\s+ini\s+dijual\b|\balan\s+ad[ıi]\s+sat[ıi]l[ıi]kt[ıi]r\b|\bдомен\s+продаётся|\bдомен\s+продается|"
    r"هذا\s+النطاق\s+للبيع|此域名(?:正在)?出售|该域名(?:正在)?出售"
)


@cache
def _parked() -> re.Pattern[str]:
    return re.compile(_PARKED_PHRASES, re.IGNORECASE | re.UNICODE)


def parked_phrase(page: Page) -> str:
    """The for-sale wording that marks ``page`` as a parked domain, or '' when it is not one."""
    lines = page.text_lines[:_LINES]
    if sum(len(line.split()) for line in page.text_lines[:_WORD_LINES]) > _MAX_WORDS:
        return ""
    for text in (page.title, *lines):
        match = _parked().search(text)
        if match:
            return match.group(0)
    return ""

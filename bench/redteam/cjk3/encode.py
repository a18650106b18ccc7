"""A page's bytes and headers as the site's server sends them: its codec, its declared label (in
the HTTP header, in a meta tag, or both, as the site does it)."""

from __future__ import annotations

from .sites import Site

# how a browser decodes each label (WHATWG Encoding Standard), as Python codecs
WHATWG = {
    "utf-8": "utf-8", "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs", "shift_jis": "cp932", "euc-kr": "cp949", "euc-jp": "euc_jp",
}  # fmt: skip


def headers(site: Site, gen: int = 0) -> dict[str, str]:
    """The content-type the server sends (some servers name the charset, some do not)."""
    if site.declare == "header" or (site.declare == "both" and gen == 0):
        return {"content-type": f"text/html; charset={site.label}"}
    return {"content-type": "text/html"}


def encode(text: str, codec: str) -> bytes:
    """Characters the codec lacks become numeric references, as a CMS writing a legacy charset does."""
    return text.encode(codec, errors="xmlcharrefreplace")


def browser_codec(label: str) -> str:
    return WHATWG[label.lower()]

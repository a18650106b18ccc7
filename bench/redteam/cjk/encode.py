"""A capture's bytes and headers as the site's server sends them: the CMS's real codec (GBK under a
gb2312 label, Big5-HKSCS under big5), characters outside it as numeric references, and the charset in
the HTTP header, the page, or both."""

from __future__ import annotations

import zlib

from .model import View
from .templates.common import charset_label

HEADER_SPELLING = {
    "utf-8": ("UTF-8", "utf-8"),
    "gbk": ("GBK", "gbk"),
    "gb2312": ("GB2312", "gb2312"),
    "gb18030": ("GB18030", "gb18030"),
    "big5": ("Big5", "BIG5"),
    "shift_jis": ("Shift_JIS", "shift_jis"),
}


def codec(view: View) -> str:
    return "utf-8" if view.redesigned and view.site.redesign_charset else view.site.codec


def headers(view: View) -> dict[str, str]:
    site = view.site
    if "header" not in site.transport:
        return {"content-type": "text/html"}
    label = charset_label(view)
    spelling = HEADER_SPELLING.get(label, (label, label))[zlib.crc32(site.key.encode()) % 2]
    sep = "; " if zlib.crc32(site.host.encode()) % 3 else ";"
    return {"content-type": f"text/html{sep}charset={spelling}"}


def served(view: View, text: str) -> tuple[bytes, dict[str, str]]:
    return text.encode(codec(view), errors="xmlcharrefreplace"), headers(view)

"""What an attack returns, and where in a page it writes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BODY = re.compile(r"<body\b[^>]*>", re.I)
HEAD_END = re.compile(r"</head\s*>", re.I)
BODY_END = re.compile(r"</body\s*>", re.I)
HEADERISH = re.compile(
    r'<(?:header|div)\b[^>]*\b(?:id|class)="(?:header|head|hd|tops|top-bar|site-header|gnb|kx-head|nav-bar|'
    r"yz-header|qlzf-head|tmp_header|masthead|cx-top|tmp_wrapper|container|page)\b[^\"]*\"[^>]*>",
    re.I,
)
TITLE = re.compile(r"<title>.*?</title>", re.I | re.S)


@dataclass
class Attack:
    text: str | None  # the page's markup, encoded in the site's charset by the caller
    data: bytes | None = None  # a whole new file (replace)
    headers: dict[str, str] | None = None
    info: dict[str, object] = field(default_factory=dict)


def after(pattern: re.Pattern[str], page: str, block: str) -> str:
    match = pattern.search(page)
    if match is None:
        raise ValueError(f"no {pattern.pattern!r} in the page")
    return page[: match.end()] + block + page[match.end() :]


def before(pattern: re.Pattern[str], page: str, block: str) -> str:
    match = pattern.search(page)
    if match is None:
        raise ValueError(f"no {pattern.pattern!r} in the page")
    return page[: match.start()] + block + page[match.start() :]


def in_header(page: str, block: str) -> tuple[str, str]:
    """``block`` inside the page's header element, or right after ``<body>`` when it has none."""
    if HEADERISH.search(page):
        return after(HEADERISH, page, block), "header"
    return after(BODY, page, block), "body-top"


def set_title(page: str, title: str) -> str:
    return TITLE.sub(lambda _: f"<title>{title}</title>", page, count=1)

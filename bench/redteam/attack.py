"""What every page alteration shares: the decoded page, spliced results, and a refusal."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

from .charset import decode, page_codec
from .markup import Element, Scan, scan
from .splice import ByteEdit, Edit, apply_edits


class NotApplicable(Exception):
    """This page offers no place for this alteration (no headline, no <body>, ...)."""


@dataclass
class Page:
    """One snapshot to alter, with what we know of its site."""

    raw: bytes
    content_type: str | None
    target_url: str
    history: tuple[bytes, ...] = ()  # the scenario's other snapshots, for "never seen on the site"

    @cached_property
    def codec(self) -> str:
        return page_codec(self.raw, self.content_type)

    @cached_property
    def text(self) -> str:
        return decode(self.raw, self.codec)

    @cached_property
    def scan(self) -> Scan:
        return scan(self.text)

    @property
    def host(self) -> str:
        return urlsplit(self.target_url).hostname or ""

    def seen(self, needle: str) -> bool:
        """Whether ``needle`` occurs in this page or any snapshot of its history."""
        data = needle.encode()
        return data in self.raw or any(data in other for other in self.history)

    def body(self) -> Element:
        body = self.scan.first("body")
        if body is None:
            raise NotApplicable("no <body>")
        return body

    def head_end(self) -> int:
        """Just before ``</head>``, else just after ``<head>``, else before ``<body>``."""
        head = self.scan.first("head")
        if head is not None and head.close > 0 and self.text[head.close : head.close + 6].lower() == "</head":
            return head.close
        if head is not None:
            return head.inner
        return self.body().start

    def body_end(self) -> int:
        """Just before ``</body>``, else the end of the page."""
        body = self.body()
        if body.close > 0 and self.text[body.close : body.close + 6].lower() == "</body":
            return body.close
        low = self.text.lower()
        at = low.rfind("</body")
        return at if at > body.inner else len(self.text)


@dataclass
class Attack:
    """The altered snapshot, where it was spliced, and what was done (for the manifest)."""

    data: bytes
    edits: list[ByteEdit]
    info: dict[str, object] = field(default_factory=dict)


def splice(page: Page, edits: list[Edit], info: dict[str, object]) -> Attack:
    data, landed = apply_edits(page.raw, page.text, page.codec, edits)
    return Attack(data, landed, info)


def insert(at: int, html: str) -> Edit:
    return Edit(at, at, html)

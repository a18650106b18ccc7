"""RecentPages: what each target's last parsed page derived, kept for its next check.

Every judged check compares the new capture with the last clean one, and that one is, nearly
always, the page the previous check parsed itself. Its views (text lines, headings, article links,
link texts...) are kept here, per target, so the next check adopts them instead of deriving them
again from the stored body. The body is still loaded (a pruned one still means no reference),
and a kept page is only adopted for the same body, content type, address, ignore selectors,
length limit and engine: each adopted view is exactly what the page would derive itself.

Bounded: about ``budget`` bytes of views (least recently used target out first), estimated from
the text they hold; only small derived views are kept, never a parse tree nor the markup. With
more changing targets than fit, the rest are parsed as before.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from tamperwatch.detect.page import Page

# bytes of kept views (estimated): a page's views take 20 to 200 kB, so a few hundred targets
RECENT_PAGES_BYTES = 24 * 1024 * 1024
_STR_BYTES = 56  # what a short str costs besides its characters (CPython object header)
_ITEM_BYTES = 64  # a container's slot and a small tuple or frozenset around an item
MAX_DEPTH = 4  # levels of containers read in a kept view: (config, {text: (title, ...)})
# Page.features that are a function of the page alone (no parse-tree node, no profile) and that
# the detectors read on the previous page: its article links, link texts, headline script and
# language, the lines its links show, its metadata, the languages and scripts its lines are
# written in, the sentences its style rules write
KEPT_FEATURES = (
    "rewrite.articles",
    "rewrite.links",
    "rewrite.script",
    "rewrite.language",
    "slots.anchors",
    "metadata.fields",
    "foreign_text.body_language",
    "unseen_language.languages",
    "unseen_script.scripts",
    "generated_text.texts",
)

Key = tuple[str, str, str, tuple[str, ...], int, int]


@dataclass(frozen=True, slots=True)
class _Kept:
    key: Key
    views: dict[str, object]
    size: int


def _size(value: object, depth: int = MAX_DEPTH) -> int:
    """Estimated bytes of a kept view: its strings, containers read ``depth`` levels deep (a
    feature is often ``(config, payload)``: the payload's texts count); deeper ones count a slot."""
    if isinstance(value, str):
        return _STR_BYTES + len(value)
    if depth <= 0:
        return _ITEM_BYTES
    if isinstance(value, dict):
        return sum(_ITEM_BYTES + _size(k, depth - 1) + _size(v, depth - 1) for k, v in value.items())
    if isinstance(value, tuple | list | set | frozenset):
        return sum(_ITEM_BYTES + _size(item, depth - 1) for item in value)
    return _ITEM_BYTES


def _view_size(name: str, value: object, lines: frozenset[str]) -> int:
    """Estimated bytes of the kept view ``name``: a page's languages by text are mostly its own
    ``lines`` (counted with ``text_lines``) with a short code each; other texts count in full."""
    if name == "languages" and isinstance(value, dict):
        return sum(_ITEM_BYTES + (0 if text in lines else _size(text)) for text in value)
    return _size(value)


def page_key(page: Page, content_hash: str, engine_id: int) -> Key:
    """What a page's derived views depend on: its body (by hash), how it is decoded (the
    content type), its address, the selectors removed, the length analysed, and the engine whose
    detectors derived them."""
    capture = page.capture
    content_type = capture.header("content-type")
    return (content_hash, content_type, page.url, page.ignore_selectors, page.max_chars, engine_id)


class RecentPages:
    def __init__(self, budget: int = RECENT_PAGES_BYTES) -> None:
        self.budget = budget
        self.size = 0  # estimated bytes kept
        self._kept: OrderedDict[int, _Kept] = OrderedDict()

    def __len__(self) -> int:
        return len(self._kept)

    def keep(self, target_id: int, page: Page, content_hash: str, engine_id: int) -> None:
        """Remember what ``page`` (the capture of ``content_hash``) has derived, as ``target_id``'s last."""
        self.forget(target_id)
        if self.budget <= 0 or not content_hash:
            return
        views = page.kept_views(KEPT_FEATURES)
        kept_lines = views.get("text_lines", ())
        lines = frozenset(kept_lines) if isinstance(kept_lines, tuple) else frozenset()
        size = sum(_view_size(name, view, lines) for name, view in views.items())
        kept = _Kept(page_key(page, content_hash, engine_id), views, size)
        if kept.size > self.budget:
            return
        self._kept[target_id] = kept
        self.size += kept.size
        while self.size > self.budget:
            _, dropped = self._kept.popitem(last=False)
            self.size -= dropped.size

    def forget(self, target_id: int) -> None:
        """Drop what is kept for ``target_id`` (its page changed, or it was judged otherwise)."""
        dropped = self._kept.pop(target_id, None)
        if dropped is not None:
            self.size -= dropped.size

    def adopt(self, target_id: int, page: Page, content_hash: str, engine_id: int) -> bool:
        """Fill ``page`` (a fresh parse of ``content_hash``) with the views kept for the same
        page of ``target_id``; False when none are kept for it."""
        kept = self._kept.get(target_id)
        if kept is None or kept.key != page_key(page, content_hash, engine_id):
            return False
        page.adopt(kept.views)
        return True

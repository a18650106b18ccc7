"""Site identity: a page that no longer links to any of the site's own sections and never names the site.

A redesign changes the template but keeps who the site is: its navigation still leads to its own
sections, and its name is still in the title, the header or the footer. A replacement keeps
neither. From known-good captures this learns the site's stable internal link paths (those in
nearly every capture: the menu, not the day's articles) and its stable title words (those in
every title: the site's name, not the headline). A page that keeps at most
``max_kept_paths`` of the stable paths AND whose title and text contain none of the stable title
words is a content finding: the page stands on its own, whoever wrote it and in whatever words.
Either loss alone says nothing (a new URL scheme, a new title style). No word list: what is
learned is the site's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart, decayed_counts
from tamperwatch.detect.page import Page
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class IdentityConfig:
    decay: float = 0.8  # weight of the older captures each time one is learned
    stable: float = 0.75  # a path or title word in at least this share of the (decayed) captures is stable
    max_tracked: int = 400  # paths and title words kept per site (most frequent first)
    min_stable_paths: int = 4  # fewer stable internal links: too little to judge a replacement by
    min_word_chars: int = 3  # shorter title words are not the site's name ...
    min_cjk_word_chars: int = 2  # ... nor CJK words shorter than this
    max_kept_paths: float = 0.1  # at most this share of the stable paths left counts as 'none of them'
    min_cjk_name_chars: int = 3  # a shorter CJK name must appear whole to count as named ...
    cjk_named_share: float = 0.5  # ... a longer one counts when this share of its pairs is in the text
    score: float = 0.6  # a replaced page: decisive on its own (verdict.MIN_DECISIVE is 0.5)
    max_links: int = 3000  # links of a page read
    max_path_chars: int = 200  # characters of a link's path kept
    max_word_chars: int = 60  # characters of a title word kept


_DEFAULT = IdentityConfig()
# words of a title; "_" separates them ('快讯_新闻_潮讯', as Chinese CMS titles do)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_PATHS_FEATURE = "identity.internal_paths"  # key of the per-page cache (Page.features)


def internal_paths(page: Page, config: IdentityConfig = _DEFAULT) -> set[str]:
    """Paths of the links that stay on the page's own host (query and fragment dropped); computed
    once per page (a clean check screens the page, then learns from it)."""
    cached = page.features.get(_PATHS_FEATURE)
    if isinstance(cached, set):
        return cached
    out: set[str] = set()
    for node in page.tree.css("a[href]")[: config.max_links]:
        href = (node.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        resolved = page.resolve(href)
        if resolved is None:
            continue
        _, _, host, path = resolved
        if host.lower() != page.host:
            continue
        path = path.rstrip("/").lower() or "/"
        out.add(path[: config.max_path_chars])
    page.features[_PATHS_FEATURE] = out
    return out


def title_words(title: str, config: IdentityConfig = _DEFAULT) -> set[str]:
    words = set()
    for word in _WORD.findall(title.casefold()):
        least = config.min_cjk_word_chars if _CJK.search(word) else config.min_word_chars
        if len(word) >= least and not word.isdigit():
            words.add(word[: config.max_word_chars])
    return words


def named(word: str, text: str, config: IdentityConfig = _DEFAULT) -> bool:
    """Whether ``text`` names ``word``: the word itself, or for a run of CJK characters (a name
    written without spaces) at least ``cjk_named_share`` of its character pairs."""
    if word in text:
        return True
    if not _CJK.search(word) or len(word) < config.min_cjk_name_chars:
        return False
    pairs = {word[i : i + 2] for i in range(len(word) - 1)}
    return sum(1 for pair in pairs if pair in text) >= config.cjk_named_share * len(pairs)


def _decayed(counts: object, seen: set[str], config: IdentityConfig) -> dict[str, float]:
    return decayed_counts(counts, seen, config.decay, config.max_tracked)


def _stable(part: ProfilePart, key: str, config: IdentityConfig) -> list[str]:
    weight = float(part.get("n", 0.0))
    if weight <= 0:
        return []
    return [k for k, v in dict(part.get(key, {})).items() if float(v) / weight >= config.stable]


class IdentityDetector:
    name: ClassVar[str] = "identity"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[IdentityConfig]] = IdentityConfig

    def __init__(self, config: IdentityConfig | None = None) -> None:
        self.config = config or IdentityConfig()
        self.max_kept_paths = self.config.max_kept_paths
        self.score = self.config.score

    @classmethod
    def from_settings(cls, settings: Settings) -> IdentityDetector:
        return cls(tuned(settings, cls.name, IdentityConfig()))

    def learn(self, part: ProfilePart, page: Page) -> None:
        c = self.config
        paths = _decayed(part.get("paths"), internal_paths(page, c), c)
        part["paths"] = {k: round(v, 3) for k, v in paths.items()}
        part["words"] = {
            k: round(v, 3) for k, v in _decayed(part.get("words"), title_words(page.title, c), c).items()
        }
        part["n"] = round(float(part.get("n", 0.0)) * c.decay + 1.0, 3)

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        c = self.config
        paths, words = _stable(part, "paths", c), _stable(part, "words", c)
        if len(paths) < c.min_stable_paths or not words:
            return []
        linked = internal_paths(page, c)
        kept = sum(1 for p in paths if p in linked) / len(paths)
        if kept > self.max_kept_paths:
            return []
        text = f"{page.title}\n{page.text}".casefold()
        if any(named(word, text, c) for word in words):
            return []
        return [
            Finding(
                self.name,
                self.score,
                f"the page links to {kept:.0%} of the site's {len(paths)} usual sections and never names "
                f"the site ({', '.join(sorted(words)[:3])}): it stands in for the site",
                evidence={
                    "kept_paths": round(kept, 3),
                    "stable_paths": len(paths),
                    "site_words": sorted(words)[:10],
                },
            )
        ]

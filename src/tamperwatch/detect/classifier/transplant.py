# ruff: noqa: RUF001  (multilingual text: full-width and Arabic punctuation, dashes are intended)
"""Training-time augmentation: legit pages rewritten into other languages and scripts.

The dev corpus holds Chinese, Arabic, Russian... text almost only inside defacement pages, so
a model trained on it alone learns "non-European script = defacement" and calls ordinary
Chinese news pages defaced. A transplant keeps a legit page's markup byte for byte and
replaces its visible text (title, headings, link texts, paragraphs, the description meta) with
text in a target language, so the same page structure is seen as legit in every language.

Text comes from the ``wordfreq`` package's frequency lists (words sampled by tempered
frequency into sentences of realistic length; Chinese and Japanese joined without spaces),
traditional Chinese is converted from simplified with ``opencc`` (the
``opencc-python-reimplemented`` package), and Thai, which ``wordfreq`` lacks, takes the
``Faker`` package's Thai word list. These are training-only dependencies (``pip install
'.[train]'``), imported when a transplant is first built; nothing is downloaded. No word list
is written here: the text is whatever those packages hold. Defacement pages are never
transplanted.
"""

from __future__ import annotations

import html
import random
import re
import zlib
from bisect import bisect
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate

#: Target languages of the transplants, in the order they are assigned.
LANGUAGES: tuple[str, ...] = (
    "zh-hans", "zh-hant", "ja", "ko", "ar", "fa", "ru", "uk", "tr", "id", "vi", "hi", "th", "es", "pt", "fr",
)

_NO_SPACES = frozenset({"zh-hans", "zh-hant", "ja", "th"})
_LATIN = frozenset({"tr", "id", "vi", "es", "pt", "fr"})
_CASED = _LATIN | {"ru", "uk"}
_FULL_STOP = {"zh-hans": "。", "zh-hant": "。", "ja": "。", "hi": "।", "th": " "}
_COMMA = {"zh-hans": "，", "zh-hant": "，", "ja": "、", "ar": "،", "fa": "،", "th": " "}
_WORDFREQ_CODE = {"zh-hans": "zh", "zh-hant": "zh"}
_VOCABULARY = 8000
_TEMPER = 0.6  # frequency ** 0.6: common words dominate, as in text, without drowning content words
# Sentence lengths in words: normal around a mean, at least a minimum.
_SENTENCE_MEAN = 15
_SENTENCE_SPREAD = 6  # standard deviation
_MIN_SENTENCE = 4
_COMMA_FROM = 9  # a sentence this long may get a comma ...
_COMMA_CHANCE = 0.6  # ... with this probability ...
_COMMA_MARGIN = 3  # ... at least this many words from either end
_PHRASE_WORDS = 7  # a text run of at most this many words is replaced by a phrase, longer ones by sentences

# Raw markup that is not visible text: comments, script-like elements with their content, tags.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|$)|<(script|style|noscript|template|textarea|svg|select)\b[^>]*>.*?(?:</\1\s*>|$)|<[^>]*>?",
    re.S | re.I,
)
_TEXT_META = re.compile(
    r"""<meta\b(?=[^>]*\b(?:name|property)\s*=\s*["']?(?:description|og:title|og:description)\b)[^>]*>""",
    re.I,
)
_CONTENT_ATTR = re.compile(r"""(\bcontent\s*=\s*)(["'])(.*?)\2""", re.I | re.S)
_SEPARATOR = re.compile(r"(\s+[|\-–—·•:»/]\s+)")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Vocabulary:
    words: tuple[str, ...]
    cumulative: tuple[float, ...]

    def sample(self, rng: random.Random, k: int) -> list[str]:
        total = self.cumulative[-1]
        return [self.words[min(len(self.words) - 1, bisect(self.cumulative, rng.random() * total))]
                for _ in range(k)]


def _usable(word: str, lang: str) -> bool:
    if any(c.isdigit() for c in word) or not any(c.isalpha() for c in word):
        return False
    if lang not in _LATIN and word.isascii():
        return False  # stray Latin tokens in a non-Latin list ("www", "ok")
    return not (lang == "ko" and len(word) < 2)  # Korean particles are listed as separate tokens


@cache
def _vocabulary(lang: str) -> _Vocabulary:
    if lang == "th":
        from faker.providers.lorem.th_TH import Provider  # wordfreq has no Thai list

        words = [w for w in Provider.word_list if _usable(w, lang)]
        return _Vocabulary(tuple(words), tuple(accumulate([1.0] * len(words))))
    import wordfreq

    code = _WORDFREQ_CODE.get(lang, lang)
    frequency = wordfreq.get_frequency_dict(code)  # read as listed: no tokeniser (jieba, MeCab) needed
    words = [w for w in wordfreq.top_n_list(code, _VOCABULARY) if _usable(w, lang)]
    weights = [frequency[w] ** _TEMPER for w in words]
    return _Vocabulary(tuple(words), tuple(accumulate(weights)))


@lru_cache(maxsize=1)
def _to_traditional() -> object:
    import opencc

    return opencc.OpenCC("s2t")


class TextWriter:
    """Writes text in one language, about as long (in words) as the text it replaces."""

    def __init__(self, lang: str, seed: int) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown transplant language {lang!r}")
        self.lang = lang
        self.rng = random.Random(seed)
        self.vocabulary = _vocabulary(lang)

    def _join(self, words: list[str]) -> str:
        return ("" if self.lang in _NO_SPACES else " ").join(words)

    def _capitalise(self, text: str) -> str:
        return text[:1].upper() + text[1:] if self.lang in _CASED else text

    def phrase(self, n_words: int) -> str:
        """A short run of words (a link text, a menu entry, a title part), no final stop."""
        return self._capitalise(self._join(self.vocabulary.sample(self.rng, max(1, n_words))))

    def sentences(self, n_words: int) -> str:
        """Sentences totalling about ``n_words`` words, with commas and full stops."""
        out: list[str] = []
        left = max(1, n_words)
        stop = _FULL_STOP.get(self.lang, ".")
        comma = _COMMA.get(self.lang, ",")
        while left > 0:
            size = min(left, max(_MIN_SENTENCE, int(self.rng.gauss(_SENTENCE_MEAN, _SENTENCE_SPREAD))))
            left -= size
            words = self.vocabulary.sample(self.rng, size)
            if size >= _COMMA_FROM and self.rng.random() < _COMMA_CHANCE:
                cut = self.rng.randint(_COMMA_MARGIN, size - _COMMA_MARGIN)
                words[cut - 1] += comma
            out.append(self._capitalise(self._join(words)) + stop)
        spacer = "" if self.lang in {"zh-hans", "zh-hant", "ja"} else " "
        return spacer.join(s.strip() for s in out)

    def replace(self, original: str) -> str:
        """Text for a visible text run: same surrounding space, separators (' | ', ' - ') kept."""
        parts = _SEPARATOR.split(original)
        out = []
        for k, part in enumerate(parts):
            if k % 2 or not any(c.isalpha() for c in html.unescape(part)):
                out.append(part)
                continue
            words = len(_WORD.findall(part))
            lead = part[: len(part) - len(part.lstrip())]
            trail = part[len(part.rstrip()):]
            text = self.phrase(words) if words <= _PHRASE_WORDS else self.sentences(words)
            out.append(lead + html.escape(self.convert(text), quote=False) + trail)
        return "".join(out)

    def convert(self, text: str) -> str:
        if self.lang == "zh-hant":
            return str(_to_traditional().convert(text))  # type: ignore[attr-defined]
        return text


def _replace_meta(tag: str, writer: TextWriter) -> str:
    def swap(match: re.Match[str]) -> str:
        text = writer.replace(html.unescape(match.group(3)))
        quote = match.group(2)
        return f"{match.group(1)}{quote}{html.escape(html.unescape(text), quote=True)}{quote}"

    return _CONTENT_ATTR.sub(swap, tag, count=1)


def transplant_html(source: str, lang: str, seed: int = 0) -> str:
    """``source`` with its visible text (and description meta) rewritten into ``lang``; markup kept."""
    writer = TextWriter(lang, seed)
    out: list[str] = []
    pos = 0
    for match in _MARKUP.finditer(source):
        text = source[pos : match.start()]
        if text:
            out.append(writer.replace(text) if not text.isspace() else text)
        tag = match.group(0)
        out.append(_replace_meta(tag, writer) if _TEXT_META.match(tag) else tag)
        pos = match.end()
    tail = source[pos:]
    out.append(writer.replace(tail) if tail and not tail.isspace() else tail)
    return "".join(out)


def seed_of(key: str, lang: str) -> int:
    """A stable seed for one source page and language."""
    return zlib.crc32(f"{key}|{lang}".encode())


def languages_for(n: int, per_example: int) -> tuple[str, ...]:
    """The ``per_example`` languages of the ``n``-th legit example (rotating, so all are used alike)."""
    return tuple(LANGUAGES[(n * per_example + j) % len(LANGUAGES)] for j in range(per_example))

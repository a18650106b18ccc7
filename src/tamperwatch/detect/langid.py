"""Language of a short text (a headline), from a packaged character n-gram model.

The model (``detect/model/langid.npz``, built by ``langid_build.py`` from word frequencies of
each language) holds, per language, log-probabilities of hashed character 1- to 3-grams of
words. A text's language is the one under which its n-grams are most likely; ``identify``
answers only when the winner leads the runner-up by ``MIN_MARGIN`` nats per n-gram (short or
mixed texts get ''). Close pairs that share most words (Indonesian and Malay, Norwegian and
Danish, Czech and Slovak, Bulgarian and Macedonian) are reported as one. Loaded on first use
(numpy, about 1 MB), never at import.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

MODEL_PATH = Path(__file__).with_name("model") / "langid.npz"
BUCKETS = 1 << 15
LANGUAGES = (
    "en", "de", "fr", "es", "pt", "it", "nl", "ca", "ro", "pl", "cs", "sk", "sl", "sh", "hu",
    "fi", "sv", "nb", "da", "is", "lt", "lv", "tr", "id", "ms", "vi", "fil",
    "ru", "uk", "bg", "mk", "el", "ar", "fa", "ur", "he", "hi", "bn", "ta", "zh", "ja", "ko",
)  # fmt: skip
SAME = {"ms": "id", "da": "nb", "sk": "cs", "mk": "bg"}  # reported as the first of a close pair
MIN_MARGIN = 0.35  # nats per n-gram the winner must lead by
# words whose per-language sums are kept (about 700 bytes each: a 42-float vector, its key and the
# cache's link); a page's words repeat across its detectors and its next check
WORD_CACHE = 16_384
# texts whose language is kept: a page's headlines are read by several detectors, and again as
# the previous page of the next check
TEXT_CACHE = 8192
READ_CHARS = 2000  # characters of a text whose language is identified
LONG_WORD = 64  # longer words are scored without being kept (no real word is this long)
MIN_NGRAMS = 40  # fewer n-grams (about four short words) answer ''
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Japanese is written with kana and Korean with Hangul: a text without them is not in either,
# whatever its n-grams say (Chinese, traditional characters above all, shares Japanese kanji
# words). Kana letters only: the middle dot and the long-vowel mark ('約翰・李') are written in
# Chinese too, and so is a single stylish 'の' ('台灣の美食'): it takes ``MIN_OWN_LETTERS``.
_OWN_SCRIPT = {
    "ja": re.compile(
        "[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff6f\uff71-\uff9d]"
    ),
    "ko": re.compile("[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]"),
}
MIN_OWN_LETTERS = 2  # letters of its own script a Japanese or Korean text holds at least
_NOT_PROSE = re.compile(r"\S*(?:://|@|www\.)\S*|\S+\.(?:[a-z]{2,4})(?:/\S*)?(?=\s|$)", re.IGNORECASE)


def ngram_buckets(word: str) -> tuple[int, ...]:
    """Hash buckets of the 1- to 3-grams of `` word `` (boundaries included). Not cached: a word is
    hashed only when ``_word_scores`` does not hold it (a tuple of Python ints is about 1 kB a
    word, which kept 50,000 words at some 50 MB)."""
    padded = f" {word.lower()} "
    grams = [padded[i : i + n] for n in (1, 2, 3) for i in range(len(padded) - n + 1)]
    return tuple(zlib.crc32(g.encode("utf-8")) & (BUCKETS - 1) for g in grams if g.strip())


@cache
def _model() -> tuple[npt.NDArray[np.float32], tuple[str, ...]]:
    import numpy as np  # on first use: a process whose pages never change never loads it

    with np.load(MODEL_PATH, allow_pickle=False) as data:
        return data["table"].astype(np.float32), tuple(str(x) for x in data["languages"])


def _word_scores(word: str) -> tuple[npt.NDArray[np.float64], int]:
    """Per language, the summed log-probabilities of ``word``'s n-grams, and how many there are:
    a text's scores are the sums of its words', so each word is looked up once per process. A
    word longer than ``LONG_WORD`` (a hostile page's run of letters) is summed, never kept."""
    return _summed(word) if len(word) > LONG_WORD else _cached_word_scores(word)


@lru_cache(maxsize=WORD_CACHE)
def _cached_word_scores(word: str) -> tuple[npt.NDArray[np.float64], int]:
    return _summed(word)


def _summed(word: str) -> tuple[npt.NDArray[np.float64], int]:
    buckets = ngram_buckets(word)
    return _model()[0][:, buckets].sum(axis=1, dtype="float64"), len(buckets)


def _scores(text: str) -> list[float] | None:
    """Per language (in the model's order), the mean log-probability of ``text``'s n-grams, or
    None when it has fewer than ``MIN_NGRAMS``."""
    words = [_word_scores(word) for word in _WORD.findall(text)]
    count = sum(n for _, n in words)
    if count < MIN_NGRAMS:
        return None
    total = words[0][0].copy()
    for sums, _ in words[1:]:
        total += sums
    return [float(x) for x in total / count]


def identify(text: str) -> str:
    """The language code of ``text``, or '' when it is too short or no language clearly leads (its
    first ``READ_CHARS`` characters are read, and they are what the cache keeps)."""
    return _identify(text[:READ_CHARS])


@lru_cache(maxsize=TEXT_CACHE)
def _identify(text: str) -> str:
    scores = _scores(text)
    if scores is None:
        return ""
    languages = _model()[1]
    order = sorted(range(len(languages)), key=lambda i: -scores[i])
    best = SAME.get(languages[order[0]], languages[order[0]])
    if not written_in_own_script(best, text):
        return ""  # Chinese read as Japanese: the identifier cannot tell the two apart here
    for other in order[1:]:
        code = SAME.get(languages[other], languages[other])
        if code != best:
            return best if scores[order[0]] - scores[other] >= MIN_MARGIN else ""
    return best


def written_in_own_script(code: str, text: str) -> bool:
    """Whether ``text`` holds the letters its language ``code`` is always written with (kana for
    Japanese, Hangul for Korean); True for languages without such a script of their own."""
    own = _OWN_SCRIPT.get(code)
    if own is None:
        return True
    return any(found >= MIN_OWN_LETTERS for found, _ in enumerate(own.finditer(text), start=1))


def foreign_to(text: str, usual: Iterable[str]) -> str:
    """The language of ``text`` when it is clearly none of ``usual`` (the page's own languages):
    the best-scoring language leads each of them by ``MIN_MARGIN`` nats per n-gram. Two close
    languages that both beat the page's (Spanish and Portuguese on a German page) need not be
    told apart for that, so a text ``identify`` leaves open can still be foreign. '' when the text
    is too short, when one of ``usual`` is the best, or when none of ``usual`` is known."""
    scores = _scores(_NOT_PROSE.sub(" ", text[:2000]))  # addresses and handles are in no language
    if scores is None:
        return ""
    languages = _model()[1]
    codes = {known_code(u) for u in usual}
    own = [i for i, code in enumerate(languages) if SAME.get(code, code) in codes]
    if not own:
        return ""
    best = max(range(len(languages)), key=lambda i: scores[i])
    if best in own or scores[best] - max(scores[i] for i in own) < MIN_MARGIN:
        return ""
    code = SAME.get(languages[best], languages[best])
    return code if written_in_own_script(code, text) else ""


def known_code(code: str) -> str:
    """``code`` as the identifier reports it (the first of a close pair), or '' when it does not
    know the language."""
    code = SAME.get(code, code)
    return code if code in LANGUAGES else ""


def other_languages(texts: Iterable[str], language: str) -> set[str]:
    """The languages other than ``language`` that ``texts`` are identified as (each on its own)."""
    return {code for code in (identify(t) for t in texts) if code and code != language}

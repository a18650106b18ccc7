"""What the language identifier keeps per process stays bounded however much text a long-running
``serve`` reads (one cache of at most ``WORD_CACHE`` words, one of ``TEXT_CACHE`` texts), and what
it keeps never changes an answer."""

from __future__ import annotations

import random
import string
from functools import _lru_cache_wrapper

from tamperwatch.detect import langid

TEXT = "Der Stadtrat hat am Montag den neuen Haushalt für Schulen und Bibliotheken beschlossen"
WORDS_A_TEXT = 8


def distinct_words(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choices(string.ascii_lowercase, k=rng.randint(6, 10))))
    return sorted(words)


def kept_entries() -> int:
    """Entries held by every cache of the identifier."""
    caches = [f for f in vars(langid).values() if isinstance(f, _lru_cache_wrapper)]
    return sum(f.cache_info().currsize for f in caches)


def test_what_is_kept_per_process_is_bounded_whatever_words_come() -> None:
    words = distinct_words(2 * langid.WORD_CACHE, seed=7)
    for i in range(0, len(words), WORDS_A_TEXT):
        text = " ".join(words[i : i + WORDS_A_TEXT])
        langid.identify(text)
        langid.foreign_to(text, ["de"])
    # the model itself is one entry; every other entry is a word or a text
    assert kept_entries() <= langid.WORD_CACHE + langid.TEXT_CACHE + 1


def test_scores_are_the_mean_over_every_ngram_cold_or_warm() -> None:
    table, _ = langid._model()
    buckets = [b for word in langid._WORD.findall(TEXT) for b in langid.ngram_buckets(word)]
    expected = table[:, buckets].sum(axis=1, dtype="float64") / len(buckets)
    langid._cached_word_scores.cache_clear()
    cold = langid._scores(TEXT)
    warm = langid._scores(TEXT)
    assert cold is not None and warm == cold
    assert max(abs(a - b) for a, b in zip(cold, expected, strict=True)) < 1e-9
    assert langid.foreign_to(TEXT, ["en"]) == "de"


def test_hostile_long_words_and_texts_are_not_kept_whole() -> None:
    """A page of endless letter runs costs what it reads, not what it keeps: words longer than
    ``LONG_WORD`` are never cached, and a text is cached by its first ``READ_CHARS`` characters."""
    langid._cached_word_scores.cache_clear()
    langid._identify.cache_clear()
    runs = ("".join(random.Random(i).choices(string.ascii_lowercase, k=2000)) for i in range(20))
    long_words = " ".join(runs)
    langid.identify(long_words)
    assert langid._cached_word_scores.cache_info().currsize == 0
    assert langid._identify.cache_info().currsize == 1
    # the same first characters are the same entry, whatever follows them
    langid.identify(long_words + " and a tail that is never read")
    assert langid._identify.cache_info().currsize == 1

"""TextMemo: what a pure function of a text answered, kept by the text's digest.

A page's inline scripts are, check after check, the same analytics snippets, consent managers and
theme code: reading one for the addresses it loads costs a millisecond or more of regular
expressions, and the answer depends on its text alone. A ``TextMemo`` wraps such a function and
keeps its last ``size`` answers keyed by a 128-bit BLAKE2b digest of the text, so what it keeps
is the answers (small tuples), never the texts (a script may be 200,000 characters). With
``weigh``, an answer heavier than ``max_weight`` is returned but not kept, so the ``size`` kept
answers stay small whatever a page holds. The least recently used answer goes first. Answers must
be immutable: every caller gets the same object. Safe to share between threads (each step is one
dictionary operation; a race costs a recomputation).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from contextlib import suppress
from hashlib import blake2b
from typing import Generic, TypeVar

T = TypeVar("T")
DIGEST_BYTES = 16  # 128 bits: no page can hand in two texts of one digest
_MISSING = object()


class TextMemo(Generic[T]):
    def __init__(
        self,
        function: Callable[[str], T],
        size: int,
        weigh: Callable[[T], int] | None = None,
        max_weight: int = 0,
    ) -> None:
        self.function = function
        self.size = size
        self.weigh, self.max_weight = weigh, max_weight  # heavier answers are given, not kept
        self._answers: OrderedDict[bytes, T] = OrderedDict()

    def __len__(self) -> int:
        return len(self._answers)

    def __call__(self, text: str) -> T:
        key = blake2b(text.encode("utf-8", "surrogatepass"), digest_size=DIGEST_BYTES).digest()
        answers = self._answers
        found = answers.get(key, _MISSING)
        if found is not _MISSING:
            with suppress(KeyError):  # another thread's check dropped it meanwhile: the answer stands
                answers.move_to_end(key)
            return found  # type: ignore[return-value]
        answer = self.function(text)
        if self.weigh is not None and self.weigh(answer) > self.max_weight:
            return answer  # a hostile script's hundred-kilobyte address list is not kept
        answers[key] = answer
        while len(answers) > self.size:
            try:
                answers.popitem(last=False)
            except KeyError:
                break
        return answer

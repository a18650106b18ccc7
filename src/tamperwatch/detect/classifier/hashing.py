"""Character n-gram hashing in pure numpy, identical at training and at run time.

Text becomes an array of Unicode code points; the n-grams of every length in
``[n_min, n_max]`` get a rolling 64-bit hash mixed with a per-field seed, folded into
``2**bits`` buckets. Works for any script (no tokeniser, no vocabulary). Counts per
bucket are damped with ``log1p`` and L2-normalised per field.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_MULT = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(29)
_HIGH = np.uint64(32)

IndexArray = npt.NDArray[np.int64]
ValueArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class NgramHasher:
    """Hashes character n-grams of one text field into ``2**bits`` buckets."""

    bits: int = 20
    n_min: int = 1
    n_max: int = 4

    @property
    def n_features(self) -> int:
        return 1 << self.bits

    def buckets(self, text: str, seed: int) -> IndexArray:
        """Bucket of every n-gram of `` text `` (padded with one space each side)."""
        padded = f" {text} "
        codes = np.frombuffer(padded.encode("utf-32-le", "replace"), dtype="<u4").astype(np.uint64)
        out: list[IndexArray] = []
        rolling = np.zeros(len(codes), dtype=np.uint64)
        mask = np.uint64(self.n_features - 1)
        for n in range(1, self.n_max + 1):
            length = len(codes) - n + 1
            if length <= 0:
                break
            rolling = rolling[:length] * _MULT + codes[n - 1 : n - 1 + length] + np.uint64(1)
            if n < self.n_min:
                continue
            mixed = (rolling ^ np.uint64((seed * 131 + n) * 0x5BD1E995)) * _MIX
            mixed ^= mixed >> _SHIFT
            mixed *= _MIX
            out.append(((mixed >> _HIGH) & mask).astype(np.int64))
        return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)

    def vector(self, text: str, seed: int) -> tuple[IndexArray, ValueArray]:
        """Sparse (indices, values) of one field: log1p counts, L2-normalised."""
        buckets = self.buckets(text, seed)
        if buckets.size == 0:
            return buckets, np.zeros(0, dtype=np.float64)
        index, counts = np.unique(buckets, return_counts=True)
        values = np.log1p(counts.astype(np.float64))
        values /= float(np.sqrt(np.dot(values, values)))
        return index, values

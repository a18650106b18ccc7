"""Inclusion proofs for many leaves of one tree: the tree's levels are built once (O(n) hashes),
then each proof is read off them in O(log n). ``merkle.inclusion_proof`` rebuilds subtrees for every
proof, which costs O(n) each: fine for one observation, too slow for a bundle of thousands.

The levels pair neighbours and carry an odd last node up unchanged; that is the same tree as
RFC 9162's split at the largest power of two (tests check both agree).
"""

from __future__ import annotations

from collections.abc import Sequence

from tamperwatch.archive.merkle import EMPTY_ROOT, node_hash


class TreeProver:
    def __init__(self, leaves: Sequence[bytes]) -> None:
        self.size = len(leaves)
        level = list(leaves)
        self.levels = [level]
        while len(level) > 1:
            up = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
            if len(level) % 2:
                up.append(level[-1])
            self.levels.append(up)
            level = up

    def root(self) -> bytes:
        return self.levels[-1][0] if self.size else EMPTY_ROOT

    def proof(self, index: int) -> list[bytes]:
        """PATH(index, D[0:size]) of RFC 9162 2.1.3.1, bottom-up."""
        if not 0 <= index < self.size:
            raise ValueError(f"leaf {index} is not in a tree of {self.size}")
        path: list[bytes] = []
        for level in self.levels[:-1]:
            sibling = index ^ 1
            if sibling < len(level):
                path.append(level[sibling])
            index >>= 1
        return path

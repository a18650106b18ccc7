"""The bundle's prover builds the same tree and proofs as RFC 9162's definition (archive/merkle.py)."""

from __future__ import annotations

import hashlib

from tamperwatch.archive.merkle import inclusion_proof, leaf_hash, root_of, verify_inclusion
from tamperwatch.evidence.prover import TreeProver


def test_every_proof_of_every_tree_size_up_to_70_matches_rfc_9162() -> None:
    leaves = [leaf_hash(hashlib.sha256(str(i).encode()).digest()) for i in range(70)]
    for size in range(1, 71):
        prover = TreeProver(leaves[:size])
        assert prover.root() == root_of(leaves[:size])
        for index in range(size):
            proof = prover.proof(index)
            assert proof == inclusion_proof(leaves[:size], index), (size, index)
            assert verify_inclusion(index, size, leaves[index], proof, prover.root())


def test_an_empty_tree_has_the_empty_root() -> None:
    assert TreeProver([]).root() == root_of([])

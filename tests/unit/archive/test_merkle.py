"""merkle.py against the recursive definition of RFC 9162 2.1.1, for every tree size up to 40."""

from __future__ import annotations

import hashlib

from tamperwatch.archive.merkle import (
    Frontier,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_of,
    verify_consistency,
    verify_inclusion,
)

SIZES = range(41)


def _mth(data: list[bytes]) -> bytes:
    if not data:
        return hashlib.sha256(b"").digest()
    if len(data) == 1:
        return hashlib.sha256(b"\x00" + data[0]).digest()
    k = 1
    while k * 2 < len(data):
        k *= 2
    return hashlib.sha256(b"\x01" + _mth(data[:k]) + _mth(data[k:])).digest()


def test_roots_match_the_recursive_definition_and_the_frontier_round_trips() -> None:
    frontier = Frontier()
    for n in SIZES:
        data = [f"entry {i}".encode() for i in range(n)]
        assert root_of([leaf_hash(d) for d in data]) == _mth(data)
        assert frontier.size == n and frontier.root() == _mth(data)
        assert Frontier.from_bytes(n, frontier.to_bytes()).root() == frontier.root()
        frontier.append(leaf_hash(f"entry {n}".encode()))
    assert node_hash(b"a", b"b") == hashlib.sha256(b"\x01ab").digest()


def test_every_inclusion_and_consistency_proof_verifies_and_a_wrong_one_does_not() -> None:
    for n in SIZES:
        data = [f"entry {i}".encode() for i in range(n)]
        leaves = [leaf_hash(d) for d in data]
        root = _mth(data)
        for i in range(n):
            proof = inclusion_proof(leaves, i)
            assert verify_inclusion(i, n, leaves[i], proof, root)
            assert not verify_inclusion(i, n, leaf_hash(b"other"), proof, root)
        for m in range(1, n + 1):
            proof = consistency_proof(leaves, m)
            assert verify_consistency(m, n, _mth(data[:m]), root, proof)
            if m < n:
                changed = [*data[: m - 1], b"changed", *data[m:]]
                assert not verify_consistency(m, n, _mth(data[:m]), _mth(changed), proof)

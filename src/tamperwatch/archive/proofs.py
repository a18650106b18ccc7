"""Proofs a third party can check with the public key alone: an observation's inclusion in a signed
checkpoint, and one checkpoint's consistency with a later one (RFC 9162 2.1.3 and 2.1.4).

Both read the leaves through ``audit.LogSource``; the checker needs only SHA-256 and Ed25519
(docs/archive.md shows the steps, tests/unit/archive/test_log_proofs.py does them independently).
"""

from __future__ import annotations

from typing import Any

from tamperwatch.archive.audit import LEAF_PAGE, LogSource
from tamperwatch.archive.base import Observation
from tamperwatch.archive.chain import canonical_bytes, record_hash_of
from tamperwatch.archive.errors import ArchiveError
from tamperwatch.archive.log import Checkpoint, LeafRow
from tamperwatch.archive.merkle import consistency_proof, inclusion_proof, root_of, verify_consistency

PROOF_FORMAT = 1


class ProofError(ArchiveError):
    """No proof can be made (unknown record, checkpoint not covering it, damaged log)."""


async def leaf_hashes(source: LogSource, size: int) -> list[bytes]:
    """The first ``size`` leaf hashes; ProofError when the log has a gap there."""
    hashes: list[bytes] = []
    for start in range(0, size, LEAF_PAGE):
        for leaf in await source.log_leaves(start, min(size, start + LEAF_PAGE)):
            if leaf.idx != len(hashes):
                raise ProofError(f"log entry {len(hashes)} is missing: run `tamperwatch archive verify`")
            hashes.append(leaf.leaf_hash())
    if len(hashes) != size:
        raise ProofError(f"the log has {len(hashes)} entries, fewer than the checkpoint's {size}")
    return hashes


async def observation_proof(
    source: LogSource, observation: Observation, leaf: LeafRow, checkpoint: Checkpoint
) -> dict[str, Any]:
    """Everything needed to check one observation against a signed checkpoint."""
    if leaf.idx >= checkpoint.tree_size:
        raise ProofError(
            f"observation {observation.target_id}/{observation.seq} is log entry {leaf.idx}, after the "
            f"checkpoint's {checkpoint.tree_size} entries: "
            "write a newer one (`tamperwatch archive checkpoint`)"
        )
    if record_hash_of(observation) != observation.record_hash or observation.record_hash != leaf.record_hash:
        raise ProofError(
            f"observation {observation.target_id}/{observation.seq} no longer matches its log entry: "
            "run `tamperwatch archive verify`"
        )
    hashes = await leaf_hashes(source, checkpoint.tree_size)
    if root_of(hashes).hex() != checkpoint.root_hash:
        raise ProofError("the log no longer matches the checkpoint: run `tamperwatch archive verify`")
    return {
        "format": PROOF_FORMAT,
        "observation": {
            "target_id": observation.target_id,
            "seq": observation.seq,
            "at": observation.at.isoformat(),
            "http_status": observation.http_status,
            "content_hash": observation.content_hash,
            "verdict": observation.verdict,
            "canonical": canonical_bytes(observation).decode(),
            "record_hash": observation.record_hash,
            "signature": observation.signature,
        },
        "leaf_index": leaf.idx,
        "leaf_input": leaf.leaf_input().decode(),
        "inclusion_proof": [h.hex() for h in inclusion_proof(hashes, leaf.idx)],
        "checkpoint": checkpoint.tree_head(),
        "public_key": checkpoint.public_key,
    }


async def checkpoint_consistency(source: LogSource, old: Checkpoint, new: Checkpoint) -> dict[str, Any]:
    """PROOF(old.tree_size, new tree) for a holder of ``old`` to check ``new`` extends it."""
    if old.tree_size > new.tree_size:
        raise ProofError(
            f"the older checkpoint has more entries ({old.tree_size}) than the newer ({new.tree_size})"
        )
    hashes = await leaf_hashes(source, new.tree_size)
    proof = consistency_proof(hashes, old.tree_size) if old.tree_size else []
    old_root, new_root = bytes.fromhex(old.root_hash), bytes.fromhex(new.root_hash)
    if not verify_consistency(old.tree_size, new.tree_size, old_root, new_root, proof):
        raise ProofError(
            f"the log's first {old.tree_size} entries no longer hash to the older checkpoint's root: "
            "run `tamperwatch archive verify --checkpoint` with it"
        )
    return {
        "format": PROOF_FORMAT,
        "first": old.tree_head(),
        "second": new.tree_head(),
        "consistency_proof": [h.hex() for h in proof],
    }

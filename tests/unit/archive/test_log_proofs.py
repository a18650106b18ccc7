"""Proofs checked by a verifier written here from RFC 9162 and docs/archive.md alone: the verifier
functions use nothing of tamperwatch, only hashlib, struct and the Ed25519 primitive. What
`tamperwatch archive checkpoint --since` and `archive prove` print is what a third party checks."""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from typer.testing import CliRunner

from tamperwatch.settings import Settings

from .helpers import cli_app, record_checks

# --- the independent verifier --------------------------------------------------------------


def _node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def tree_head_ok(head: dict[str, Any], public_pem: str) -> bool:
    """Ed25519 over 'tamperwatch-checkpoint-v1\\n' || timestamp u64 || size u64 || root || heads digest."""
    message = (
        b"tamperwatch-checkpoint-v1\n"
        + struct.pack(">QQ", head["timestamp"], head["tree_size"])
        + bytes.fromhex(head["root_hash"])
        + bytes.fromhex(head["heads_sha256"])
    )
    key = load_pem_public_key(public_pem.encode())
    assert isinstance(key, Ed25519PublicKey)
    try:
        key.verify(bytes.fromhex(head["signature"]), message)
    except InvalidSignature:
        return False
    return True


def consistency_ok(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: list[bytes]
) -> bool:
    """RFC 9162 section 2.1.4.2, written out step by step."""
    if first == second:
        return not proof and first_root == second_root
    if first & (first - 1) == 0:
        proof = [first_root, *proof]
    fn, sn = first - 1, second - 1
    while fn % 2 == 1:
        fn, sn = fn // 2, sn // 2
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            fr, sr = _node(c, fr), _node(c, sr)
            while fn % 2 == 0 and fn != 0:
                fn, sn = fn // 2, sn // 2
        else:
            sr = _node(sr, c)
        fn, sn = fn // 2, sn // 2
    return sn == 0 and fr == first_root and sr == second_root


def inclusion_ok(index: int, size: int, leaf: bytes, proof: list[bytes], root: bytes) -> bool:
    """RFC 9162 section 2.1.3.2."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            r = _node(p, r)
            while fn % 2 == 0 and fn != 0:
                fn, sn = fn // 2, sn // 2
        else:
            r = _node(r, p)
        fn, sn = fn // 2, sn // 2
    return sn == 0 and r == root


def observation_bundle_ok(bundle: dict[str, Any], pinned_pem: str) -> bool:
    """An observation: its fields hash to its record hash, signed by the key; the record hash is in
    the leaf; the leaf is in the tree; the tree head is signed by the same key."""
    obs = bundle["observation"]
    record_hash = hashlib.sha256(obs["canonical"].encode()).hexdigest()
    fields = json.loads(obs["canonical"].split("\n", 1)[1])
    key = load_pem_public_key(pinned_pem.encode())
    assert isinstance(key, Ed25519PublicKey)
    try:
        key.verify(bytes.fromhex(obs["signature"]), bytes.fromhex(record_hash))
    except InvalidSignature:
        return False
    expected_leaf = (
        f"tamperwatch-log-v1\nobservation {bundle['leaf_index']} {fields[0]} {fields[1]} {record_hash}"
    )
    head = bundle["checkpoint"]
    return (
        record_hash == obs["record_hash"]
        and fields[4] == obs["content_hash"]
        and bundle["leaf_input"] == expected_leaf
        and inclusion_ok(
            bundle["leaf_index"],
            head["tree_size"],
            hashlib.sha256(b"\x00" + expected_leaf.encode()).digest(),
            [bytes.fromhex(h) for h in bundle["inclusion_proof"]],
            bytes.fromhex(head["root_hash"]),
        )
        and tree_head_ok(head, pinned_pem)
    )


# --- the archive under test ---------------------------------------------------------------


def _record(settings: Settings, first_minute: int, checks: int) -> None:
    record_checks(settings, "https://p.example/", range(first_minute, first_minute + checks), same_for=3)


def _cli(settings: Settings, *args: str) -> dict[str, Any]:
    result = CliRunner().invoke(cli_app(settings), ["archive", *args])
    assert result.exit_code == 0, result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


@pytest.mark.parametrize(("first", "second"), [(7, 7), (7, 19), (8, 13), (1, 32), (13, 30)])
def test_consistency_between_two_checkpoints_checks_out_independently(
    settings: Settings, tmp_path: Path, first: int, second: int
) -> None:
    _record(settings, 0, first)
    old = _cli(settings, "checkpoint", "--output", str(tmp_path / "old.json"))
    assert old["tree_size"] == first and tree_head_ok(old, old["public_key"])
    _record(settings, first, second - first)
    new = _cli(settings, "checkpoint", "--since", str(tmp_path / "old.json"))
    assert new["tree_size"] == second and tree_head_ok(new, old["public_key"])
    proof = [bytes.fromhex(h) for h in new["consistency"]["consistency_proof"]]
    old_root, new_root = bytes.fromhex(old["root_hash"]), bytes.fromhex(new["root_hash"])
    assert consistency_ok(first, second, old_root, new_root, proof)
    if proof:  # any changed byte of the proof, or another root, fails
        assert not consistency_ok(first, second, old_root, new_root, [proof[0][::-1], *proof[1:]])
    if first != second:
        assert not consistency_ok(first, second, hashlib.sha256(b"other").digest(), new_root, proof)


def test_a_rewritten_history_has_no_consistency_proof(settings: Settings, tmp_path: Path) -> None:
    """After one of the log's first entries changes, no proof links the old checkpoint to a new one."""
    import sqlite3

    _record(settings, 0, 5)
    _cli(settings, "checkpoint", "--output", str(tmp_path / "old.json"))
    _record(settings, 5, 4)
    with sqlite3.connect(settings.data_dir / "tamperwatch.db") as conn:
        conn.execute("UPDATE log_leaves SET record_hash = substr(record_hash, 2) || '0' WHERE idx = 2")
    result = CliRunner().invoke(
        cli_app(settings), ["archive", "checkpoint", "--since", str(tmp_path / "old.json")]
    )
    assert result.exit_code == 2 and "no longer hash to the older checkpoint's root" in result.output


def test_one_observation_is_provable_to_a_third_party(settings: Settings) -> None:
    _record(settings, 0, 11)
    pinned = _cli(settings, "checkpoint")["public_key"]
    for seq in (1, 6, 11):
        bundle = _cli(settings, "prove", "1", str(seq))
        assert bundle["observation"]["seq"] == seq and bundle["leaf_index"] == seq - 1
        assert observation_bundle_ok(bundle, pinned)
    forged = json.loads(json.dumps(bundle))
    forged["observation"]["canonical"] = forged["observation"]["canonical"].replace('"clean"', '"defaced"')
    assert not observation_bundle_ok(forged, pinned)
    moved = json.loads(json.dumps(bundle))
    moved["leaf_index"] -= 1
    assert not observation_bundle_ok(moved, pinned)


def test_prove_refuses_an_edited_observation(settings: Settings) -> None:
    import sqlite3

    _record(settings, 0, 4)
    with sqlite3.connect(settings.data_dir / "tamperwatch.db") as conn:
        conn.execute("UPDATE observations SET verdict = 'defaced' WHERE seq = 2")
    result = CliRunner().invoke(cli_app(settings), ["archive", "prove", "https://p.example/", "2"])
    assert result.exit_code == 2 and "no longer matches its log entry" in result.output

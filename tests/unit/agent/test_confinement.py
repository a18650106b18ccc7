"""Any sequence of attacks on a web root (writes, deletes, new folders, symlinks to outside, renames,
mode changes) is undone by one full check, to the exact golden tree, and nothing outside the root
is ever read through, written, or deleted."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .guarded import build
from .sitekit import state

PATHS = [
    "index.html", "about.html", "css", "css/site.css", "news", "news/2026", "news/2026/item.html",
    "img", "img/logo.png", "shell.php", "evil", "evil/x.php", "news/2026/new.html",
]  # fmt: skip
MODES = [0o777, 0o600, 0o000, 0o755]

Op = tuple[str, str, str, int]
ops = st.lists(
    st.tuples(
        st.sampled_from(["write", "delete", "mkdir", "symlink", "chmod", "rename"]),
        st.sampled_from(PATHS),
        # never a real system file: the attacker runs as this user (root in CI) and writes through
        # its own symlinks; "@outside/passwd" stands in for /etc/passwd
        st.sampled_from([*PATHS, "@outside", "@outside/secret.txt", "@outside/passwd"]),
        st.sampled_from(MODES),
    ),
    min_size=1,
    max_size=12,
)


def attack(root: Path, outside: Path, op: Op) -> None:
    kind, rel, other, mode = op
    path = root / rel
    target = str(outside) + other[len("@outside") :] if other.startswith("@outside") else other
    try:
        if kind == "write":
            path.write_bytes(b"<h1>defaced</h1>")
        elif kind == "delete":
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        elif kind == "mkdir":
            path.mkdir()
        elif kind == "symlink":
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif path.exists() or path.is_symlink():
                path.unlink()
            path.symlink_to(target)
        elif kind == "chmod":
            os.chmod(path, mode, follow_symlinks=False)
        elif kind == "rename" and not other.startswith(("@", "/")):
            os.rename(path, root / other)
    except (OSError, NotImplementedError):
        pass  # an attack that does not apply to the tree as it is


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops)
def test_one_full_check_undoes_any_attack_without_touching_anything_outside(attacks: list[Op]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        outside = tmp_path / "outside"
        outside.mkdir()
        (outside / "secret.txt").write_bytes(b"outside the root")
        (outside / "passwd").write_bytes(b"root:x:0:0:root:/root:/bin/bash\n")
        guarded = build(tmp_path)
        for op in attacks:
            attack(guarded.root, outside, op)
        before = state(outside)  # the attacker may write there through a symlink; the agent never
        guarded.guard.rescan("start", hash_all=True)
        for path in [guarded.root, *guarded.root.rglob("*")]:  # a chmod 000 folder blocks reading
            if path.is_dir() and not path.is_symlink():
                path.chmod(path.stat().st_mode | 0o700)
        assert state(guarded.root) == guarded.golden
        assert state(outside) == before


def real_rels(root: Path, rel: str) -> set[str]:
    """Where a write to ``rel`` really lands, relative to ``root`` (symlinks followed: its folder's,
    and its own), as inotify names it; nothing for places outside the root."""
    path = Path(rel)
    places = {Path(os.path.realpath(root / path.parent)) / path.name, Path(os.path.realpath(root / path))}
    return {str(p.relative_to(root)) for p in places if root in p.parents}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops)
def test_judging_just_the_paths_the_events_name_undoes_any_attack(attacks: list[Op]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        (tmp_path / "outside").mkdir()
        guarded = build(tmp_path)
        named: set[str] = set()
        for op in attacks:
            touched = [op[1], op[2]] if op[0] == "rename" and not op[2].startswith(("@", "/")) else [op[1]]
            for rel in touched:  # inotify names the real place a write lands (through a symlink)
                named.update({rel} | real_rels(guarded.root, rel))
            attack(guarded.root, tmp_path / "outside", op)
        guarded.guard.check(named)
        for path in [guarded.root, *guarded.root.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(path.stat().st_mode | 0o700)
        assert state(guarded.root) == guarded.golden

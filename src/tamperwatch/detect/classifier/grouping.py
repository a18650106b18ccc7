"""Site groups for grouped cross-validation: no site may sit in both a training and a test fold.

Two examples share a group when they share a site host (a scenario's target host, or a
single page's canonical / ``og:url`` host) or when their text is near-identical (cosine of
the n-gram vectors >= ``similarity``): mirrors of one attacker's template, or one
defacement page reused for a ``replace`` scenario, always land in the same fold.

For a stricter figure, ``attacker_groups`` also merges every defacement page signed by the
same attacker (the handle after "hacked by", "owned by", "pwned by" ... in the title or the
headings): leave-attackers-out cross-validation, where no attacker's pages are in training and
test at once. These handles are read for evaluation only; the model never sees them as such.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt
from scipy import sparse

from tamperwatch.detect.page import Page


def canonical_host(page: Page) -> str:
    """Host the page says it lives at (canonical link or og:url), or ''."""
    node = page.tree.css_first('link[rel="canonical"]')
    ref = node.attributes.get("href") if node is not None else None
    if not ref:
        node = page.tree.css_first('meta[property="og:url"]')
        ref = node.attributes.get("content") if node is not None else None
    try:
        host = urlsplit((ref or "").strip()).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def site_groups(
    hosts: list[str], text_matrix: sparse.csr_matrix, similarity: float = 0.8
) -> npt.NDArray[np.int64]:
    """Group id per example; ``text_matrix`` rows are L2-normalised n-gram vectors."""
    n = len(hosts)
    uf = _UnionFind(n)
    first_of_host: dict[str, int] = {}
    for i, host in enumerate(hosts):
        if host:
            uf.union(i, first_of_host.setdefault(host, i))
    norms = np.sqrt(np.asarray(text_matrix.multiply(text_matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    unit = sparse.diags(1.0 / norms) @ text_matrix
    sims = (unit @ unit.T).tocoo()
    for a, b, v in zip(sims.row, sims.col, sims.data, strict=True):
        if a < b and v >= similarity:
            uf.union(int(a), int(b))
    roots = [uf.find(i) for i in range(n)]
    ids = {root: k for k, root in enumerate(dict.fromkeys(roots))}
    return np.asarray([ids[r] for r in roots], dtype=np.int64)


# "<verb> by <handle>": the signature line of a defacement page, leetspeak spellings included.
_SIGNED_BY = re.compile(
    r"(?:h[a4]ck(?:e|3)?d|[o0]wn(?:e|3)?d|pwn(?:e|3)?d|p[a4]wn(?:e|3)?d|t[o0]uch(?:ed)?|stamped|infected|"
    r"blocked|locked|defaced|knocked out|signed|presented)\s+(?:by|8y)\b[\s:~\-\[\]+=>.]*(.{0,80})",
    re.I,
)
_HANDLE_STOP = frozenset({"the", "mr", "team", "by", "from", "and", "x", "we", "i"})
_HANDLE_END = re.compile(r"\s[|&/\-\u2013\u2014~]\s|[|&\[\]<>\"“”(){}!]")


def attacker_handle(*texts: str) -> str:
    """The attacker's signature in a defacement page's title / headings, normalised, or ''.

    The first token after "hacked by" (or owned, pwned, touched, stamped... by), lower case,
    letters and digits only, skipping "the", "mr", "team" and tokens under 3 characters:
    "Hacked By ./Mr. R013X 404" -> "r013x", "owned by DZ-313 cyber" -> "dz313".
    """
    for text in texts:
        for match in _SIGNED_BY.finditer(text):
            tail = _HANDLE_END.split(match.group(1), maxsplit=1)[0]
            for token in tail.split():
                key = "".join(c for c in token.lower() if c.isalnum())
                if len(key) >= 3 and key not in _HANDLE_STOP:
                    return key
    return ""


def attacker_groups(groups: npt.NDArray[np.int64], handles: Sequence[str]) -> npt.NDArray[np.int64]:
    """``groups`` with every example of one attacker handle merged (no handle: group kept)."""
    uf = _UnionFind(len(groups))
    first: dict[tuple[str, int], int] = {}
    for i, (group, handle) in enumerate(zip(groups.tolist(), handles, strict=True)):
        uf.union(i, first.setdefault(("group", group), i))
        if handle:
            uf.union(i, first.setdefault(("handle", hash(handle)), i))
    roots = [uf.find(i) for i in range(len(groups))]
    ids = {root: k for k, root in enumerate(dict.fromkeys(roots))}
    return np.asarray([ids[r] for r in roots], dtype=np.int64)

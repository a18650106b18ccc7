"""Site groups for grouped cross-validation: no site may sit in both a training and a test fold.

Two examples share a group when they share a site host (a scenario's target host, or a
single page's canonical / ``og:url`` host) or when their text is near-identical (cosine of
the n-gram vectors >= ``similarity``): mirrors of one attacker's template, or one
defacement page reused for a ``replace`` scenario, always land in the same fold.
"""

from __future__ import annotations

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

"""Evidence from tamperwatch's own signed archive: the observations of a watched target near the
claimed time, with the bodies the blob store still holds (pruned bodies are simply absent)."""

from __future__ import annotations

from datetime import datetime, timedelta

from tamperwatch.archive.base import Archive
from tamperwatch.verify.evidence import ArchivedCapture, url_key

HISTORY = timedelta(days=30)  # observations this long before the claimed time are history
AFTER = timedelta(days=2)
MAX_OBSERVATIONS = 100_000  # observations listed per target


class ArchiveSource:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.name = "archive"

    async def captures(self, url: str, around: datetime) -> list[ArchivedCapture]:
        key = url_key(url)
        targets = [t for t in await self.archive.list_targets() if url_key(t.url) == key]
        out: list[ArchivedCapture] = []
        seen: set[str] = set()
        for target in targets:
            for obs in await self.archive.observations(target.id, limit=MAX_OBSERVATIONS):
                if obs.http_status != 200 or not obs.content_hash or obs.content_hash in seen:
                    continue
                if not around - HISTORY <= obs.at <= around + AFTER:
                    continue
                body = await self.archive.load_body(obs.content_hash)
                if not body:
                    continue
                seen.add(obs.content_hash)
                label = f"archive (signed observation {obs.seq} of target {target.id})"
                out.append(ArchivedCapture(url=target.url, time=obs.at, html=body, source=label))
        return out

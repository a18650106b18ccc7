"""Claim verification wired from Settings: what the CLI calls, and the function the API will call.

``open_verifier(settings)`` builds a ``Verifier`` over tamperwatch's own archive (when the data
folder holds one), the ``cdx_url`` web archive (when set), Chromium and the detection engine.
``sources_for(paths_or_urls, settings, fetcher)`` turns ``--source`` values into evidence sources.
``verify_claim(settings, url, time, screenshot, sources)`` is the one-call form.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from tamperwatch.capture.base import Fetcher
from tamperwatch.settings import Settings
from tamperwatch.verify.analysis import ReachOf, Verifier
from tamperwatch.verify.claim import Claim, Verification
from tamperwatch.verify.evidence import EvidenceSource

ARCHIVE_DB = "tamperwatch.db"  # the embedded archive's database in the data folder


def sources_for(values: Sequence[str], fetcher: Fetcher) -> list[EvidenceSource]:
    """``--source`` values: an http(s) URL is a CDX endpoint, anything else a WARC/WACZ path."""
    from tamperwatch.verify.cdx import CdxSource
    from tamperwatch.verify.warc import WarcSource

    files = [Path(v) for v in values if not v.startswith(("http://", "https://"))]
    out: list[EvidenceSource] = [
        CdxSource(v, fetcher) for v in values if v.startswith(("http://", "https://"))
    ]
    if files:
        out.append(WarcSource(files))
    return out


def reach_describer(settings: Settings) -> ReachOf:
    """The site's reach from the top-sites list imported with ``tamperwatch reach import``."""
    from tamperwatch.errors import ConfigError
    from tamperwatch.verify.reach import reach_of

    def describe(url: str) -> dict[str, Any]:
        try:
            return reach_of(settings, url).to_json()
        except ConfigError:  # a URL without a host name has no reach to report
            return {}

    return describe


@asynccontextmanager
async def open_verifier(
    settings: Settings, use_archive: bool = True
) -> AsyncIterator[tuple[Verifier, Fetcher]]:
    from tamperwatch import ocr
    from tamperwatch.capture.http import HttpFetcher
    from tamperwatch.detect.engine import DetectionEngine
    from tamperwatch.verify.cdx import CdxSource
    from tamperwatch.verify.render import ChromiumRenderer

    fetcher = HttpFetcher.from_settings(settings)
    renderer = ChromiumRenderer.from_settings(settings)
    sources: list[EvidenceSource] = []
    async with AsyncExitStack() as stack:
        stack.push_async_callback(fetcher.aclose)
        stack.push_async_callback(renderer.aclose)
        if use_archive and (settings.database_url or (settings.data_dir / ARCHIVE_DB).is_file()):
            from tamperwatch.runtime import open_archive
            from tamperwatch.verify.own_archive import ArchiveSource

            sources.append(ArchiveSource(await stack.enter_async_context(open_archive(settings))))
        if settings.cdx_url:
            sources.append(CdxSource(settings.cdx_url, fetcher))
        engine = DetectionEngine.from_settings(settings)
        yield Verifier(sources, renderer, engine, ocr.read_tiled, reach=reach_describer(settings)), fetcher


async def verify_claim(
    settings: Settings,
    url: str,
    time: datetime,
    screenshot: bytes,
    sources: Sequence[str] = (),
    claim_id: str = "",
) -> Verification:
    """Verify one claim against the configured evidence plus ``sources`` (WARC/WACZ paths, CDX URLs)."""
    async with open_verifier(settings) as (verifier, fetcher):
        return await verifier.verify(Claim(url, time, screenshot, claim_id), sources_for(sources, fetcher))

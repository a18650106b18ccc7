"""Evidence sources: WARC and WACZ files as crawlers write them, a CDX web archive, our own archive."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.function_fetcher import FunctionFetcher
from tamperwatch.errors import ConfigError
from tamperwatch.verify.cdx import CdxSource, parse_cdx_json, replay_template
from tamperwatch.verify.evidence import ArchivedCapture, MemorySource, near, url_key
from tamperwatch.verify.warc import WarcSource, read_archive_file
from tamperwatch.verify.warc_write import warc_bytes

URL = "https://www.example.org/news/"
T = datetime(2025, 3, 1, 5, 12, 9, tzinfo=UTC)


def _cap(hours: float, body: str = "page", url: str = URL) -> ArchivedCapture:
    html = f"<html><body><h1>{body}</h1></body></html>".encode()
    return ArchivedCapture(url, T + timedelta(hours=hours), html, "test")


def test_url_key_ignores_what_archives_spell_differently() -> None:
    assert url_key("HTTPS://WWW.Example.org:443/news/#top") == url_key("http://example.org/news")
    assert url_key("https://example.org/a?x=1") != url_key("https://example.org/a?x=2")
    assert url_key("example.org/news/") == url_key("https://www.example.org/news")


def test_near_keeps_the_window_nearest_first_once_each() -> None:
    caps = [_cap(-30), _cap(3, "b"), _cap(-1, "a"), _cap(-1, "a"), _cap(24 * 40)]
    assert [c.html for c in near(caps, T, timedelta(hours=48))] == [
        _cap(-1, "a").html,
        _cap(3, "b").html,
        _cap(-30).html,
    ]


async def test_warc_with_requests_gzip_payloads_and_unordered_records_reads_every_capture(
    tmp_path: Path,
) -> None:
    caps = [_cap(2, "later"), _cap(-2, "earlier"), _cap(0, "other", url="https://other.example/")]
    path = tmp_path / "x.warc.gz"
    path.write_bytes(warc_bytes(caps, with_requests=True, gzip_payloads=True))
    found = await WarcSource([path]).captures(URL, T)
    assert sorted((c.time, c.html) for c in found) == sorted((c.time, c.html) for c in caps[:2])


async def test_wacz_is_read_through_its_archive_member(tmp_path: Path) -> None:
    path = tmp_path / "x.wacz"
    with zipfile.ZipFile(path, "w") as wacz:
        wacz.writestr("archive/data.warc.gz", warc_bytes([_cap(1, "in wacz")]))
        wacz.writestr("datapackage.json", json.dumps({"profile": "data-package", "wacz_version": "1.1.1"}))
    (found,) = await WarcSource([path]).captures(URL, T)
    assert b"in wacz" in found.html and found.source == "wacz:x.wacz"


def test_a_file_that_is_no_archive_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.warc.gz"
    bad.write_bytes(b"this is not a warc")
    with pytest.raises(ConfigError, match="not a readable WARC or WACZ"):
        read_archive_file(bad)
    with pytest.raises(ConfigError, match="no such evidence file"):
        read_archive_file(tmp_path / "missing.warc")


def test_cdx_answers_of_wayback_and_pywb_shape_are_read() -> None:
    wayback = json.dumps(
        [
            ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"],
            ["org,example)/news", "20250301041000", URL, "text/html", "200", "X", "10"],
            ["org,example)/news", "20250301050000", URL, "text/html", "404", "Y", "10"],
        ]
    ).encode()
    assert parse_cdx_json(wayback) == [(datetime(2025, 3, 1, 4, 10, tzinfo=UTC), URL)]
    pywb = (
        b'{"urlkey": "k", "timestamp": "20250301041000", "url": "%s", "mime": "text/html", "status": "200"}\n'
        % URL.encode()
    )
    assert parse_cdx_json(pywb) == [(datetime(2025, 3, 1, 4, 10, tzinfo=UTC), URL)]
    assert (
        replay_template("http://127.0.0.1:8080/coll/cdx") == "http://127.0.0.1:8080/coll/{timestamp}id_/{url}"
    )
    assert replay_template("https://web.archive.org/cdx/search/cdx").endswith("/web/{timestamp}id_/{url}")


async def test_cdx_source_queries_then_fetches_raw_captures_through_the_fetcher() -> None:
    rows = [["timestamp", "original", "mimetype", "statuscode"], ["20250301041000", URL, "text/html", "200"]]

    def handler(request: FetchRequest) -> tuple[int, bytes]:
        if "/cdx?" in request.url:
            return 200, json.dumps(rows).encode()
        assert request.url == f"http://archive.test/coll/20250301041000id_/{URL}"
        return 200, b"<html><body>archived</body></html>"

    fetcher = FunctionFetcher(handler)
    (found,) = await CdxSource("http://archive.test/coll/cdx", fetcher).captures(URL, T)
    assert found.html == b"<html><body>archived</body></html>" and found.time.hour == 4
    assert "from=20250130" in fetcher.requests[0].url  # the month of history before the claimed time


async def test_memory_source_is_the_twin() -> None:
    assert len(await MemorySource([_cap(0), _cap(1, url="https://x.example/")]).captures(URL, T)) == 1


async def test_own_archive_gives_the_bodies_of_a_watched_targets_observations_near_the_time() -> None:
    from tamperwatch.archive.memory import MemoryArchive
    from tamperwatch.models import Capture, Status, Target, Verdict
    from tamperwatch.verify.own_archive import ArchiveSource

    archive = MemoryArchive()
    target = await archive.add_target(Target(url="https://example.org/news"))
    for hours, body in ((-100 * 24, b"<p>long ago</p>"), (-3, b"<p>before</p>"), (1, b"<p>after</p>")):
        capture = Capture(
            url=target.url, fetched_at=T + timedelta(hours=hours), status=200, body=body,
            headers=(("content-type", "text/html"),),
        )  # fmt: skip
        await archive.record_check(target, capture, Verdict(Status.CLEAN, 0.0))
    found = await ArchiveSource(archive).captures("https://www.example.org/news/", T)
    assert sorted(c.html for c in found) == [b"<p>after</p>", b"<p>before</p>"]
    assert all("signed observation" in c.source for c in found)

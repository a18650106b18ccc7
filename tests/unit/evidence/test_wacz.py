"""Captures as WACZ 1.1.1: a package any WACZ reader opens (warcio reads its records), checked
offline by its own digests."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from tamperwatch.evidence.layout import sha256_hex
from tamperwatch.evidence.wacz import CaptureRecord, surt, write_wacz
from tamperwatch.evidence.wacz_check import check_wacz

AT = datetime(2026, 11, 1, 8, 0, 0, 123456, tzinfo=UTC)
BODY = "<html><body>你好</body></html>".encode()


def _wacz(tmp_path: Path) -> Path:
    path = tmp_path / "c.wacz"
    records = [
        CaptureRecord("https://www.example.org/news/1", AT, 200, BODY, "1/1"),
        CaptureRecord("https://www.example.org/", AT, 304, b"<html>home</html>", "2/7"),
    ]
    write_wacz(records, path, AT, "tamperwatch test", "captures")
    return path


def test_a_written_wacz_holds_the_captured_bytes_and_checks_clean(tmp_path: Path) -> None:
    path = _wacz(tmp_path)
    with zipfile.ZipFile(path) as wacz:
        names = set(wacz.namelist())
        assert names == {
            "archive/data.warc.gz",
            "indexes/index.cdx",
            "pages/pages.jsonl",
            "datapackage.json",
            "datapackage-digest.json",
        }
        package = json.loads(wacz.read("datapackage.json"))
        assert package["wacz_version"] == "1.1.1"
        for res in package["resources"]:
            assert res["hash"] == "sha256:" + sha256_hex(wacz.read(res["path"]))
        digest = json.loads(wacz.read("datapackage-digest.json"))
        assert digest["hash"] == "sha256:" + sha256_hex(wacz.read("datapackage.json"))
        pages = wacz.read("pages/pages.jsonl").decode().splitlines()
        assert json.loads(pages[0])["format"] == "json-pages-1.0" and len(pages) == 3
        assert wacz.getinfo("archive/data.warc.gz").compress_type == zipfile.ZIP_STORED
        records = list(ArchiveIterator(io.BytesIO(wacz.read("archive/data.warc.gz"))))
        index = wacz.read("indexes/index.cdx").decode().splitlines()
    first = records[0]
    assert (
        first.rec_type == "response"
        and first.rec_headers.get_header("WARC-Date") == "2026-11-01T08:00:00.123456Z"
    )
    assert first.http_headers.get_statuscode() == "200"
    assert index[0].startswith("org,example)/ 20261101080000 ")  # CDXJ, sorted by SURT
    report = check_wacz(path.read_bytes(), "c.wacz")
    assert report.problems == []
    assert [(c.observation, c.payload_sha256) for c in report.captures] == [
        ("1/1", sha256_hex(BODY)),
        ("2/7", sha256_hex(b"<html>home</html>")),
    ]


def test_a_changed_resource_is_named(tmp_path: Path) -> None:
    path = _wacz(tmp_path)
    changed = tmp_path / "changed.wacz"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "pages/pages.jsonl":
                data = data.replace(b"news/1", b"news/2")
            dst.writestr(info, data)
    problems = check_wacz(changed.read_bytes(), "c.wacz").problems
    assert problems == ["c.wacz pages/pages.jsonl: its SHA-256 or size differs from datapackage.json"]


def test_garbage_is_one_problem_not_an_exception() -> None:
    assert check_wacz(b"not a zip", "c.wacz").problems[0].startswith("c.wacz: not a readable zip file")


def test_surt_keys() -> None:
    assert surt("https://WWW.Example.org/A/b?x=1") == "org,example)/a/b?x=1"
    assert surt("http://news.example.com.cn:8080/") == "cn,com,example,news:8080)/"


def test_records_are_not_decompressed_past_the_limit(tmp_path: Path) -> None:
    """A gzip bomb in the WARC stops at the limit: one problem, nothing held whole."""
    path = tmp_path / "big.wacz"
    write_wacz([CaptureRecord("https://example.org/", AT, 200, b"\0" * 3_000_000, "1/1")], path, AT, "t", "t")
    assert path.stat().st_size < 100_000  # compresses to almost nothing
    problems = check_wacz(path.read_bytes(), "c.wacz", max_warc_bytes=1_000_000).problems
    assert problems == [
        "c.wacz archive/data.warc.gz: cannot be read (ValueError: its records hold more than 1,000,000 bytes)"
    ]
    assert check_wacz(path.read_bytes(), "c.wacz").problems == []

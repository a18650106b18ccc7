"""Exposed files are confirmed by what they contain; soft-404 pages never confirm anything."""

from __future__ import annotations

import pytest

from tamperwatch.audit import signs
from tamperwatch.audit.soft404 import Baseline

HOME = (
    "<!doctype html><html><head><title>Portal</title></head>"
    "<body><h1>Welcome</h1><p>News and services.</p></body></html>"
)


@pytest.mark.parametrize(
    ("sign", "content", "expected"),
    [
        (signs.git_head, b"ref: refs/heads/main\n", True),
        (signs.git_head, b"0123456789abcdef0123456789abcdef01234567\n", True),
        (signs.git_head, HOME.encode(), False),
        (
            signs.git_config,
            b'[core]\n\tbare = false\n[remote "origin"]\n\turl = git@example.org:x.git\n',
            True,
        ),
        (signs.git_config, b"<html><body>[core] values</body></html>", False),
        (signs.svn_db, b"SQLite format 3\x00rest", True),
        (signs.env_file, b"APP_KEY=base64:abc\nDB_PASSWORD=hunter2\n", True),
        (signs.env_file, b"<!doctype html><p>A=1</p>\n<p>B=2</p>", False),
        (signs.php_config, b"<?php\ndefine('DB_PASSWORD', 'x');\n", True),
        (signs.php_config, HOME.encode(), False),
        (signs.sql_dump, b"-- MySQL dump 10.13\nCREATE TABLE users (id int);\n", True),
        (signs.sql_dump, b"<html><body>CREATE TABLE is a statement</body></html>", False),
        (signs.archive, b"PK\x03\x04...", True),
        (signs.archive, b"\x1f\x8b\x08...", True),
        (signs.archive, HOME.encode(), False),
        (signs.directory_listing, b"<html><head><title>Index of /uploads/</title></head></html>", True),
        (signs.directory_listing, b"<title>Directory listing for /</title>", True),
        (signs.apache_status, b"<h1>Apache Server Status for example.org</h1>", True),
        (signs.nginx_status, b"Active connections: 1 \nserver accepts handled requests\n 1 1 1 \n", True),
        (signs.phpinfo, b"<title>PHP 8.2.1 - phpinfo()</title>", True),
        (signs.any_login, b'<form><input type="password" name="p"></form>', True),
        (signs.any_login, HOME.encode(), False),
    ],
)
def test_signs(sign: signs.Sign, content: bytes, expected: bool) -> None:
    assert bool(sign(content.decode("utf-8", "replace"), content)) is expected


def test_soft_404_page_matches_its_baseline_even_when_it_echoes_the_path() -> None:
    page = "<html><body><h1>Sorry</h1><p>The page {} was not found. Try the search.</p></body></html>"
    base = Baseline.of(
        200, page.format("/tamperwatch-audit-1f2e3d4c5b6a7988"), "/tamperwatch-audit-1f2e3d4c5b6a7988"
    )
    assert base.matches(200, page.format("/.git/HEAD"), "/.git/HEAD")
    assert not base.matches(404, page.format("/.git/HEAD"), "/.git/HEAD")  # another status class
    assert not base.matches(200, "ref: refs/heads/main", "/.git/HEAD")


def test_evidence_is_short_and_on_one_line() -> None:
    quoted = signs.quote("a\nb  " + "x" * 500)
    assert "\n" not in quoted and len(quoted) <= 161

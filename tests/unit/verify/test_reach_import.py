"""`tamperwatch reach import`: a Tranco-format list streamed into the data folder, replacing the
previous one atomically; a bad line is one error with its number, and nothing is replaced."""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tamperwatch.settings import Settings
from tamperwatch.verify.reach import reach_of
from tamperwatch.verify.reach_list import reach_path


def _run(settings: Settings, *args: str) -> Result:
    from tamperwatch.cli.app import app

    return CliRunner().invoke(app, ["--data-dir", str(settings.data_dir), *args])


def _list(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\r\n" for line in lines))
    return path


def test_import_then_lookup(settings: Settings, tmp_path: Path) -> None:
    csv = _list(
        tmp_path / "top-1m.csv", [f"{i},site{i}.com" for i in range(1, 1001)] + ["1001,example.com.cn"]
    )
    result = _run(settings, "reach", "import", str(csv), "--name", "tranco-2026-11-01")
    assert result.exit_code == 0, result.output
    assert "imported 1,001 domains as tranco-2026-11-01" in result.stdout
    reach = reach_of(settings, "https://news.example.com.cn/a/20240912/123.html")
    assert (reach.rank, reach.list_size, reach.list_name, reach.deep_page) == (
        1001,
        1001,
        "tranco-2026-11-01",
        True,
    )
    shown = _run(settings, "reach", "show", "https://www.site7.com/")
    assert shown.stdout.strip() == (
        "site7.com is ranked 7 of 1,001 (tranco-2026-11-01); the claimed page is the home page"
    )
    assert '"rank": null' in _run(settings, "reach", "show", "https://elsewhere.org/", "--json").stdout


def test_a_new_import_replaces_the_list_and_says_which(settings: Settings, tmp_path: Path) -> None:
    _run(settings, "reach", "import", str(_list(tmp_path / "a.csv", ["1,old.com"])), "--name", "old")
    newer = tmp_path / "tranco-2026-12-01.csv.gz"
    with gzip.open(newer, "wt") as handle:
        handle.write("rank,domain\n1,new.com\n2,old.com\n")
    result = _run(settings, "reach", "import", str(newer))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("imported 2 domains as tranco-2026-12-01 in ")
    assert result.stdout.rstrip().endswith("; replaced old (1 domains)")
    assert reach_of(settings, "https://old.com/").rank == 2
    zipped = tmp_path / "tranco.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("top-1m.csv", "1,zipped.com\n")
    assert _run(settings, "reach", "import", str(zipped)).exit_code == 0
    assert reach_of(settings, "https://zipped.com/").rank == 1


@pytest.mark.parametrize(
    ("lines", "error"),
    [
        (["1,a.com", "2,b.com", "x,c.com"], "line 3: rank 'x' is not a whole number from 1"),
        (["1,a.com", "2,b.com,extra"], "line 2: expected RANK,DOMAIN, found 3 fields"),
        (["1,a.com", "2,not a domain"], "line 2: 'not a domain' is not a domain name"),
        (["1,a.com", "2,b.com", "3,A.com"], "line 3: the domain is listed twice"),
        (["1,a.com", "0,b.com"], "line 2: rank '0' is not a whole number from 1"),
        ([], "no RANK,DOMAIN lines"),
    ],
)
def test_a_bad_line_is_named_and_the_list_in_use_is_kept(
    settings: Settings, tmp_path: Path, lines: list[str], error: str
) -> None:
    assert _run(settings, "reach", "import", str(_list(tmp_path / "good.csv", ["1,kept.com"]))).exit_code == 0
    before = reach_path(settings.data_dir).read_bytes()
    result = _run(settings, "reach", "import", str(_list(tmp_path / "bad.csv", lines)))
    assert result.exit_code == 2
    assert error in result.output and "nothing was imported" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert reach_path(settings.data_dir).read_bytes() == before
    assert [p.name for p in settings.data_dir.iterdir() if "reach" in p.name] == [
        reach_path(settings.data_dir).name
    ]


def test_bytes_that_are_not_text_are_a_bad_line(settings: Settings, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"1,a.com\n2,\xff\xfe.com\n")
    result = _run(settings, "reach", "import", str(bad))
    assert result.exit_code == 2 and "not UTF-8 text" in result.output
    assert not reach_path(settings.data_dir).exists()

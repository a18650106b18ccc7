"""`tamperwatch verify`: usage and input mistakes are one line on stderr and exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tamperwatch.cli.app import app
from tamperwatch.cli.entry import run_command


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run_command(lambda: app(args, prog_name="tamperwatch"))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _narrow(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COLUMNS", "30")  # a narrow terminal must not wrap the error line
    monkeypatch.setenv("TAMPERWATCH_DATA_DIR", str(tmp_path / "data"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["verify", "--url", "https://e.org/"], "give --url, --time and --screenshot"),
        (
            ["verify", "--url", "https://e.org/", "--time", "soon", "--screenshot", "x.png"],
            "--time: not an ISO",
        ),
        (["verify", "--batch", "missing.jsonl"], "no such claims file"),
        (
            ["verify", "--batch", "c.jsonl", "--url", "https://e.org/"],
            "--batch reads the claims from its file",
        ),
    ],
)
def test_mistakes_are_one_line_and_status_2(
    args: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(args, capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and message in err


def test_a_bad_line_in_the_claims_file_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        '{"id": "c-1", "url": "https://e.org/", "time": "2025-03-01T05:00:00Z"}\n', encoding="utf-8"
    )
    code, _, err = _run(["verify", "--batch", str(claims)], capsys)
    assert code == 2 and "claims.jsonl:1: 'screenshot' must be a non-empty string" in err


def test_a_claim_whose_screenshot_cannot_be_read_is_answered_unverifiable_and_the_batch_ends_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TAMPERWATCH_RENDER_ENABLED", "true")  # no page is rendered: the claim fails first
    (tmp_path / "shot.png").write_bytes(b"not a picture at all")
    claims = tmp_path / "claims.jsonl"
    line = {"id": "c-bad", "url": "https://e.org/", "time": "2025-03-01T05:00:00Z", "screenshot": "shot.png"}
    claims.write_text(json.dumps(line) + "\n", encoding="utf-8")
    verdicts = tmp_path / "verdicts.jsonl"
    code, _, err = _run(["verify", "--batch", str(claims), "--output", str(verdicts)], capsys)
    assert code == 1
    assert "claim c-bad: screenshot of claim c-bad: not a picture" in err
    (answer,) = [json.loads(x) for x in verdicts.read_text().splitlines()]
    assert answer["verdict"] == "unverifiable" and answer["confidence"] == 0.0

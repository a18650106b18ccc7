"""`tamperwatch verify` end to end on one claim: a WARC the test writes, a screenshot rendered from
its defaced capture, Chromium rendering the evidence; the answer on stdout as JSON, the HTML report
and the STIX bundle written; and `--batch` over the same claim writes its verdict line."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from tamperwatch.cli.app import app
from tamperwatch.cli.entry import run_command
from tamperwatch.settings import Settings
from tamperwatch.verify.evidence import ArchivedCapture
from tamperwatch.verify.render import VIEWPORTS, ChromiumRenderer
from tamperwatch.verify.warc_write import write_warc

pytestmark = [pytest.mark.browser, pytest.mark.slow]

URL = "https://city.example.org/"
T = datetime(2025, 5, 1, 9, 30, tzinfo=UTC)
ROWS = "".join(
    f"<li><a href='/n/{i}'>Road works on street {i} end next week, the city says</a></li>" for i in range(12)
)
CLEAN = (
    f"<html lang='en'><head><title>City</title></head><body><h1>City news</h1><ul>{ROWS}</ul></body></html>"
)
DEFACED = (
    "<html><head><title>owned</title></head><body style='background:#111;color:#f33;font:30px sans-serif'>"
    "<h1>OWNED BY THE CLI TEST TEAM</h1><p>Patch your server, admin.</p>"
    "<p>Greetings to every crew out there</p>"
    "</body></html>"
)


@pytest.fixture(autouse=True)
def _render(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TAMPERWATCH_RENDER_ENABLED", "true")  # the suite turns it off; this test renders
    monkeypatch.setenv("TAMPERWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "40")


async def _claim(tmp_path: Path) -> tuple[Path, Path]:
    caps = [
        ArchivedCapture(URL, T - timedelta(days=20), CLEAN.encode(), "t"),
        ArchivedCapture(URL, T - timedelta(hours=6), CLEAN.encode(), "t"),
        ArchivedCapture(URL, T - timedelta(hours=1), DEFACED.encode(), "t"),
    ]
    warc = tmp_path / "evidence.warc.gz"
    write_warc(warc, caps, with_requests=True)
    renderer = ChromiumRenderer.from_settings(Settings(_env_file=None, render_enabled=True))  # type: ignore[call-arg]
    try:
        (render,) = await renderer.render(caps[-1], [VIEWPORTS[2]])
    finally:
        await renderer.aclose()
    picture = Image.open(io.BytesIO(render.png)).convert("RGB").crop((0, 0, 1280, 700)).resize((1000, 547))
    shot = tmp_path / "claim.jpg"
    picture.save(shot, "JPEG", quality=72)
    return warc, shot


def test_one_claim_json_html_and_stix_then_the_batch_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc, shot = asyncio.run(_claim(tmp_path))  # the command runs its own event loop: this test has none
    html, stix = tmp_path / "report.html", tmp_path / "bundle.json"
    args = ["verify", "--url", URL, "--time", T.isoformat(), "--screenshot", str(shot), "--source", str(warc)]
    code = run_command(
        lambda: app([*args, "--json", "--html", str(html), "--stix", str(stix)], prog_name="tamperwatch")
    )
    out = capsys.readouterr().out
    assert code == 0
    doc = json.loads(out)
    assert doc["verdict"] == "confirmed", doc["reasons"]
    assert doc["best_match"]["capture_defaced"] is True
    assert "<script" not in html.read_text() and "data:image/png;base64," in html.read_text()
    assert any(o["type"] == "opinion" for o in json.loads(stix.read_text())["objects"])

    claims = tmp_path / "claims.jsonl"
    line = {
        "id": "c-cli",
        "url": URL,
        "time": "2025-05-01T09:30:00Z",
        "screenshot": shot.name,
        "sources": [warc.name],
    }
    claims.write_text(json.dumps(line) + "\n")
    verdicts = tmp_path / "verdicts.jsonl"
    code = run_command(
        lambda: app(["verify", "--batch", str(claims), "--output", str(verdicts)], prog_name="tamperwatch")
    )
    assert code == 0
    (answer,) = [json.loads(x) for x in verdicts.read_text().splitlines()]
    assert answer["id"] == "c-cli" and answer["verdict"] == "confirmed" and 0 < answer["confidence"] <= 1

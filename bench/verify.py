"""Claim verification bench: time to verify one claim (p50/p95) and batch throughput, beside the
peer that sets its floor: Chromium rendering the same captures at the same viewports, alone.

Claims are built here (no corpus needed): a news page's history of three clean captures and a
defaced one, the claimed screenshot a render of the defaced capture cropped and rescaled, and
alternately a doctored one (a box pasted on a clean capture's render). One Verifier (one warm
browser, one detection engine, one OCR engine) verifies them in turn, as ``verify --batch`` does.

    python -m bench.verify [--claims 8] [--json bench/out/verify.json]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

from tamperwatch import ocr
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.settings import Settings
from tamperwatch.verify.analysis import Verifier
from tamperwatch.verify.claim import Claim
from tamperwatch.verify.evidence import ArchivedCapture, MemorySource
from tamperwatch.verify.render import VIEWPORTS, ChromiumRenderer

URL = "https://courier.example/"
T = datetime(2025, 3, 1, 5, tzinfo=UTC)
TOPICS = tuple("tram zoo park pool port fair dam mill pier canal".split())  # noqa: SIM905


def _news(seed: int) -> bytes:
    items = "".join(
        f"<li><a href='/a/{i}'>{TOPICS[(seed + i) % len(TOPICS)].title()} story {i}: what the city decided "
        f"about the {TOPICS[(seed * 3 + i) % len(TOPICS)]} this week</a></li>"
        for i in range(30)
    )
    return (
        "<html lang='en'><head><title>Daily Courier</title><style>body{font:16px serif;margin:20px}"
        "h1{background:#123;color:#fff;padding:10px}</style></head>"
        f"<body><h1>Daily Courier</h1><ul>{items}</ul></body></html>"
    ).encode()


DEFACED = (
    b"<html><head><title>Hacked</title></head><body style='background:#000;color:#0f0;font:28px monospace'>"
    b"<h1>HACKED BY BENCH CREW</h1><p>Your security is low.</p><p>Greetings to all the crews.</p>"
    b"<p>We were here and we will come back.</p></body></html>"
)


async def _claims(renderer: ChromiumRenderer, n: int) -> tuple[list[Claim], list[ArchivedCapture]]:
    captures = [ArchivedCapture(URL, T - timedelta(hours=h), _news(h), "bench") for h in (50, 30, 12)]
    captures.append(ArchivedCapture(URL, T - timedelta(hours=2), DEFACED, "bench"))
    claims = []
    for i in range(n):
        source = captures[-1] if i % 2 == 0 else captures[-2]
        (render,) = await renderer.render(source, [VIEWPORTS[i % 3]])
        picture = Image.open(io.BytesIO(render.png)).convert("RGB")
        picture = picture.crop((5, 0, picture.width - 5, min(picture.height, 900)))
        picture = picture.resize((picture.width * 3 // 4, picture.height * 3 // 4))
        if i % 2:
            ImageDraw.Draw(picture).rectangle((100, 200, 500, 320), fill=(0, 0, 0))
        buf = io.BytesIO()
        picture.save(buf, "JPEG", quality=75)
        claims.append(Claim(URL, T, buf.getvalue(), f"b-{i}"))
    return claims, captures


async def run(n: int) -> dict[str, object]:
    settings = Settings(_env_file=None)
    renderer = ChromiumRenderer.from_settings(settings)
    try:
        claims, captures = await _claims(renderer, n)
        verifier = Verifier(
            [MemorySource(captures)], renderer, DetectionEngine.from_settings(settings), ocr.read_tiled
        )
        await verifier.verify(claims[0])  # warm: browser started, models loaded
        each = []
        started = time.perf_counter()
        answers: dict[str, int] = {}
        for claim in claims:
            t0 = time.perf_counter()
            result = await verifier.verify(claim)
            each.append(time.perf_counter() - t0)
            answers[result.answer.value] = answers.get(result.answer.value, 0) + 1
        batch = time.perf_counter() - started
        renders = []
        for capture in captures[-3:]:
            t0 = time.perf_counter()
            await renderer.render(capture)
            renders.append(time.perf_counter() - t0)
    finally:
        await renderer.aclose()
    each.sort()
    return {
        "claims": n,
        "answers": answers,
        "verify_p50_s": round(statistics.median(each), 2),
        "verify_p95_s": round(each[min(len(each) - 1, round(0.95 * (len(each) - 1)))], 2),
        "batch_claims_per_min": round(60 * n / batch, 1),
        "peer_render_capture_4_viewports_s": round(statistics.median(renders), 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=8)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    figures = asyncio.run(run(args.claims))
    print(
        f"verify: one claim p50 {figures['verify_p50_s']} s, p95 {figures['verify_p95_s']} s; "
        f"batch {figures['batch_claims_per_min']} claims/min ({figures['answers']})"
    )
    print(
        f"  peer: rendering one capture at the {len(VIEWPORTS)} viewports alone takes "
        f"{figures['peer_render_capture_4_viewports_s']} s (p50)"
    )
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

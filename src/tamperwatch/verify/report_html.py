"""A self-contained HTML report of one verification, for an analyst's ticket.

One file, nothing fetched: the claimed screenshot (differing regions outlined in red, a status
bar in grey) beside the archived render aligned to it, both inline as ``data:`` URIs; the verdict,
the reasons and every finding. Every text is escaped; there is no script, and a Content Security
Policy forbids any (``default-src 'none'``), so a hostile claim cannot run code in the reader.
"""

from __future__ import annotations

import base64
from html import escape

import numpy as np

from tamperwatch.verify.claim import Verification
from tamperwatch.verify.images import Bgr, decode, encode_png
from tamperwatch.verify.report_json import report_json

REGION_BGR = (0, 0, 255)
IGNORED_BGR = (160, 160, 160)
OUTLINE_PX = 3
MAX_SHOWN_HEIGHT = 4000  # pictures are cut to this height in the report
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
STYLE = """body{font:15px/1.45 system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}.v{font-weight:bold;text-transform:uppercase}
.confirmed{color:#b00}.doctored{color:#a60}.refuted{color:#060}.unverifiable{color:#555}
.pics{display:flex;gap:1em;align-items:flex-start}.pics figure{margin:0;flex:1;min-width:0}
.pics img{max-width:100%;border:1px solid #999}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"""


def _data_uri(image: Bgr) -> str:
    return "data:image/png;base64," + base64.b64encode(encode_png(image[:MAX_SHOWN_HEIGHT])).decode()


def pictures(result: Verification) -> tuple[Bgr, Bgr | None]:
    """The screenshot with its regions outlined, and the best render warped onto its frame."""
    import cv2

    shot = decode(result.claim.screenshot, "screenshot").copy()
    best = result.best
    aligned = None
    if best is not None and best.render_png:
        render = decode(best.render_png, "render")
        matrix = np.array(best.matrix, np.float64)
        aligned = np.asarray(
            cv2.warpAffine(render, matrix, (shot.shape[1], shot.shape[0]), borderValue=(255, 255, 255)),
            np.uint8,
        )
        for region, colour in [(r, REGION_BGR) for r in best.regions] + [
            (r, IGNORED_BGR) for r in best.ignored
        ]:
            for picture in (shot, aligned):
                cv2.rectangle(
                    picture,
                    (region.x, region.y),
                    (region.x + region.w, region.y + region.h),
                    colour,
                    OUTLINE_PX,
                )
    return shot, aligned


def html_report(result: Verification) -> str:
    shot, aligned = pictures(result)
    doc = report_json(result)
    answer = result.answer.value
    rows = "".join(
        f"<tr><td>{escape(f['kind'])}</td><td>{f['confidence']:.2f}</td><td>{escape(f['explanation'])}</td></tr>"
        for f in doc["findings"]
    )
    reasons = "".join(f"<li>{escape(r)}</li>" for r in result.reasons)
    render_fig = (
        f'<figure><img alt="archived render" src="{_data_uri(aligned)}"><figcaption>Archived capture '
        f"{escape(result.best.capture_label)}, rendered ({escape(result.best.viewport)}), "
        "aligned to the screenshot"
        "</figcaption></figure>"
        if aligned is not None and result.best is not None
        else "<figure><p>No archived render matches the screenshot.</p></figure>"
    )
    described = str(result.reach.get("description", ""))
    reach = f"<p>Reach: {escape(described)}</p>" if described else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>Claim verification: {escape(result.claim.url)}</title><style>{STYLE}</style></head>
<body><h1>Claimed defacement of {escape(result.claim.url)}</h1>
<p>Claimed time: {escape(doc["time"])} &middot; claim {escape(result.claim.id or "(no id)")} &middot;
captures near the time: {result.captures_near} of {result.captures_total}</p>
<p>Verdict: <span class="v {escape(answer)}">{escape(answer)}</span> (confidence {result.confidence:.2f})</p>
<ul>{reasons}</ul>{reach}
<div class="pics"><figure><img alt="claimed screenshot" src="{_data_uri(shot)}">
<figcaption>The claimed screenshot
(regions that differ from the archive outlined in red)</figcaption></figure>{render_fig}</div>
<h2>Findings</h2><table><tr><th>kind</th><th>confidence</th><th>explanation</th></tr>{rows}</table>
</body></html>
"""

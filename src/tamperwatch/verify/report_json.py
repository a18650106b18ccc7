"""The verification as one JSON document (``verify --json``, the API's answer)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from tamperwatch.verify.claim import Verification


def report_json(result: Verification) -> dict[str, Any]:
    best = result.best
    doc: dict[str, Any] = {
        **result.line(),
        "url": result.claim.url,
        "time": result.claim.time.isoformat().replace("+00:00", "Z"),
        "captures": {"near": result.captures_near, "total": result.captures_total},
        "findings": [
            {"kind": f.kind, "confidence": round(f.confidence, 3), "explanation": f.explanation, **f.data}
            for f in result.findings
        ],
        "reach": result.reach,
    }
    if best is not None:
        doc["best_match"] = {
            "capture": best.capture_label,
            "viewport": best.viewport,
            "matched": round(best.matched, 3),
            "text_support": round(best.text_support, 3),
            "capture_defaced": best.defaced,
            "features_matched": best.inliers,
            "render_to_screenshot": [list(row) for row in best.matrix],
            "differing_regions": [asdict(r) for r in best.regions],
            "ignored_regions": [asdict(r) for r in best.ignored],
        }
    return doc

"""Reports of a verification: JSON, self-contained HTML (escaped, no script), STIX 2.1."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from tamperwatch.verify.claim import Answer, Claim, Finding, Match, Verification
from tamperwatch.verify.compare import Region
from tamperwatch.verify.report_html import html_report
from tamperwatch.verify.report_json import report_json
from tamperwatch.verify.report_stix import stix_bundle

from .pictures import jpeg, page, png

HOSTILE = '<script>alert("x")</script>'


def _result(answer: Answer = Answer.DOCTORED) -> Verification:
    shot = jpeg(page(1, 600, 500))
    match = Match(
        "2025-03-01T04:00:00Z (warc:x.warc.gz)",
        datetime(2025, 3, 1, 4, tzinfo=UTC),
        "desktop-1366",
        0.86,
        140,
        (Region(100, 120, 200, 80, 0.05),),
        (Region(0, 0, 600, 20, 0.01, "status-bar"),),
        ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
        0.8,
        False,
        png(page(1, 600, 500)),
    )
    return Verification(
        Claim(f"https://example.org/{HOSTILE}", datetime(2025, 3, 1, 5, tzinfo=UTC), shot, "c-1"),
        answer,
        0.87,
        (f"a line {HOSTILE} is in no capture",),
        (Finding("novel-text", 0.7, f"text {HOSTILE}"),),
        match,
        2,
        3,
        {"description": "example.org is ranked 12 of 1,000 (tranco); the claimed page is a deep page"},
    )


def test_json_report_holds_the_verdict_line_and_the_evidence() -> None:
    doc = report_json(_result())
    assert doc["verdict"] == "doctored" and doc["confidence"] == 0.87
    assert doc["best_match"]["differing_regions"][0]["x"] == 100
    assert doc["captures"] == {"near": 2, "total": 3}
    json.dumps(doc)


def test_html_report_is_self_contained_escaped_and_scriptless() -> None:
    text = html_report(_result())
    assert HOSTILE not in text and "&lt;script&gt;" in text
    assert "<script" not in text.lower()
    assert "default-src 'none'" in text
    assert text.count('src="data:image/png;base64,') == 2
    assert "http://" not in text.replace("http-equiv", "") and "https://example.org" in text
    assert "ranked 12 of 1,000" in text


def test_stix_bundle_carries_an_opinion_on_the_claim() -> None:
    bundle = json.loads(stix_bundle(_result()))
    kinds = {o["type"] for o in bundle["objects"]}
    assert {"identity", "url", "observed-data", "report", "opinion", "note"} <= kinds
    opinion = next(o for o in bundle["objects"] if o["type"] == "opinion")
    assert opinion["opinion"] == "strongly-disagree"
    confirmed = json.loads(stix_bundle(_result(Answer.CONFIRMED)))
    assert next(o for o in confirmed["objects"] if o["type"] == "opinion")["opinion"] == "strongly-agree"

"""``POST /api/v1/claims``: verify someone's claim that a page was defaced (its URL, the claimed
time and their screenshot) with ``verify.service.verify_claim``: confirmed, refuted, doctored or
unverifiable, with the reasons and findings.

Extra evidence may name Wayback-compatible CDX endpoints only (http or https URLs; fetched through
the URL policy); paths of WARC files on the server are for the command line, never for the API.
Operators and admins; the answer takes a while (the captures are rendered in Chromium)."""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import ConfigDict, Field

from tamperwatch.api.auth import Writer
from tamperwatch.api.context import services_of
from tamperwatch.api.problems import PROBLEM_RESPONSES
from tamperwatch.api.schemas import Strict
from tamperwatch.api.screens import API_PREFIX

MAX_SCREENSHOT_BYTES = 20 * 1024 * 1024
MAX_SOURCES = 5

router = APIRouter(prefix=f"{API_PREFIX}/claims", tags=["claims"], responses=PROBLEM_RESPONSES)


class ClaimIn(Strict):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "url": "https://www.example.org/",
                    "time": "2026-11-30T08:00:00Z",
                    "screenshot": base64.b64encode(b"\x89PNG\r\n\x1a\n").decode(),
                    "id": "claim-1",
                }
            ]
        }
    )
    url: str = Field(min_length=1, max_length=2048)
    time: datetime = Field(description="When the claim says the page showed it (with a time zone).")
    screenshot: str = Field(max_length=MAX_SCREENSHOT_BYTES * 4 // 3 + 4, description="The image, base64.")
    sources: list[str] = Field(default_factory=list, max_length=MAX_SOURCES, description="CDX API URLs.")
    id: str = Field("", max_length=200)


class VerificationOut(Strict):
    id: str
    verdict: str
    confidence: float
    reasons: list[str]
    findings: list[dict[str, Any]]
    captures_near: int
    captures_total: int
    reach: dict[str, Any]


@router.post("")
async def verify(request: Request, body: ClaimIn, _: Writer) -> VerificationOut:
    api = services_of(request)
    if api.verify_claim is None:
        raise HTTPException(503, "claims are not verified by this process")
    if body.time.tzinfo is None:
        raise HTTPException(422, "time: give a time zone (e.g. 2026-11-30T08:00:00Z)")
    if not all(s.startswith(("http://", "https://")) for s in body.sources):
        raise HTTPException(422, "sources: only CDX API URLs (http or https); files are for the command line")
    try:
        screenshot = base64.b64decode(body.screenshot, validate=True)
    except (binascii.Error, ValueError):
        raise HTTPException(422, "screenshot: not base64") from None
    result = await api.verify_claim(body.url, body.time, screenshot, body.sources, body.id)
    return VerificationOut(
        id=result.claim.id,
        verdict=result.answer.value,
        confidence=result.confidence,
        reasons=list(result.reasons),
        findings=[
            {"kind": f.kind, "confidence": f.confidence, "explanation": f.explanation}
            for f in result.findings
        ],
        captures_near=result.captures_near,
        captures_total=result.captures_total,
        reach=result.reach,
    )

"""/api/v1/captures/{hash}: a stored capture's metadata, its body and its screenshots.

Captured content is hostile. A body is only ever a download: ``application/octet-stream`` as an
attachment under a sandboxing CSP, never rendered in the API's origin. A screenshot is served
inline only when its bytes are PNG, JPEG or WebP (sniffed here, not trusted); anything else is a
download too. Paths take only a 64-hex-digit SHA-256, so nothing can reach outside the blob store.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, Response

from tamperwatch.api import queries
from tamperwatch.api.auth import Reader
from tamperwatch.api.context import ApiServices, services_of
from tamperwatch.api.headers import DOWNLOAD_CSP
from tamperwatch.api.problems import PROBLEM_RESPONSES
from tamperwatch.api.schemas import CaptureOut
from tamperwatch.api.screens import API_PREFIX
from tamperwatch.archive.chain import from_micros

router = APIRouter(prefix=f"{API_PREFIX}/captures", tags=["captures"], responses=PROBLEM_RESPONSES)
ContentHash = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the content, hex.")]

IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def image_type(data: bytes) -> str | None:
    for magic, media in IMAGE_MAGIC.items():
        if data.startswith(magic):
            return media
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


async def _bytes(api: ApiServices, content_hash: str) -> bytes:
    data = await api.archive.load_body(content_hash)
    if data is None:
        raise HTTPException(404, f"no stored content {content_hash} (never stored, or pruned by retention)")
    return data


def _download(data: bytes, name: str) -> Response:
    return Response(
        data,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Content-Security-Policy": DOWNLOAD_CSP,
        },
    )


@router.get("/{content_hash}")
async def capture_meta(request: Request, content_hash: ContentHash, _: Reader) -> CaptureOut:
    api = services_of(request)
    row = await api.archive.db.read(queries.blob_row, content_hash)
    if row is None:
        raise HTTPException(404, f"no stored content {content_hash}")
    state = "pruned" if row["pruned_us"] is not None else "stored"
    return CaptureOut(
        content_hash=content_hash, state=state, size=row["size"], stored_at=from_micros(row["stored_us"])
    )


@router.get(
    "/{content_hash}/body",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}, "description": "The captured bytes."}},
)
async def capture_body(request: Request, content_hash: ContentHash, _: Reader) -> Response:
    """The captured bytes as a download (never rendered)."""
    return _download(await _bytes(services_of(request), content_hash), f"{content_hash[:16]}.bin")


@router.get(
    "/{content_hash}/image",
    response_class=Response,
    responses={
        200: {"content": {"image/png": {}, "image/jpeg": {}, "image/webp": {}}, "description": "An image."}
    },
)
async def capture_image(request: Request, content_hash: ContentHash, _: Reader) -> Response:
    """A screenshot or diff image of the evidence; served inline only when it is PNG, JPEG or WebP."""
    data = await _bytes(services_of(request), content_hash)
    media = image_type(data)
    if media is None:
        return _download(data, f"{content_hash[:16]}.bin")
    return Response(data, media_type=media, headers={"Content-Security-Policy": DOWNLOAD_CSP})

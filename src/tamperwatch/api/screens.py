"""`POST /api/v1/screens/{id}/frames`: a signage player pushes one screenshot (the body: PNG, JPEG or
WebP bytes) with its screen's token (`Authorization: Bearer TOKEN`).

The token is checked before any of the body is read; the body is read up to
`screen_max_frame_bytes` (a larger declared or streamed body is 413); the frame is judged by the
app's `ScreenHub`. Answers: 200 `{"t", "findings", "incidents"}`, 401 (no, wrong or revoked
token, or no such screen), 400 (not a usable picture; recorded), 413, 429 (the previous frame is
still being judged), 503 (the screen's library cannot be read). The REST API issue adds its routers
beside this one under the same `/api/v1` prefix."""

from __future__ import annotations

from fastapi import APIRouter, Header, HTTPException, Request

from tamperwatch.streams.library import LibraryError
from tamperwatch.streams.screens import FrameRefused, ScreenBusy, ScreenHub

API_PREFIX = "/api/v1"

router = APIRouter(prefix=f"{API_PREFIX}/screens", tags=["screens"])


def hub_of(request: Request) -> ScreenHub:
    hub = getattr(request.app.state, "screens", None)
    if hub is None:
        raise HTTPException(503, "screens are not served by this process")
    assert isinstance(hub, ScreenHub)
    return hub


async def read_capped(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 once it is (or says it will be) over `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"a frame may be at most {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"a frame may be at most {limit} bytes")
    return bytes(body)


@router.post("/{screen}/frames")
async def push_frame(screen: str, request: Request, authorization: str = Header("")) -> dict[str, object]:
    hub = hub_of(request)
    scheme, _, token = authorization.partition(" ")
    target = await hub.authenticate(screen, token.strip()) if scheme.lower() == "bearer" else None
    if target is None:
        raise HTTPException(401, "a valid screen token is required", headers={"WWW-Authenticate": "Bearer"})
    data = await read_capped(request, request.app.state.settings.screen_max_frame_bytes)
    try:
        result = await hub.push(target, data)
    except FrameRefused as exc:
        raise HTTPException(400, str(exc)) from None
    except ScreenBusy as exc:
        raise HTTPException(429, str(exc)) from None
    except LibraryError as exc:
        raise HTTPException(503, f"the screen's approved library cannot be read: {exc}") from None
    return {
        "t": result.t,
        "findings": [f.as_json() for f in result.findings],
        "incidents": [i.id for i in result.incidents],
    }

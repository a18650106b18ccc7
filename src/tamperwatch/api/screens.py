"""`POST /api/v1/screens/{id}/frames`: a signage player pushes one screenshot (the body: PNG, JPEG or
WebP bytes) with its screen's token (`Authorization: Bearer TOKEN`).

The token is checked before any of the body is read; the body is read up to
`screen_max_frame_bytes` (a larger declared or streamed body is 413); the frame is judged by the
app's `ScreenHub`. Answers: 200 `{"t", "findings", "incidents"}`, 401 (no, wrong or revoked
token, or no such screen), 400 (not a usable picture; recorded), 413, 429 (the previous frame is
still being judged), 503 (the screen's library cannot be read). The REST API issue adds its routers
beside this one under the same `/api/v1` prefix."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from fastapi import APIRouter, Header, HTTPException, Request

if TYPE_CHECKING:  # the stream code (OpenCV, about 60 MB) loads on the first push, not with the app
    from tamperwatch.archive.base import Archive
    from tamperwatch.pipeline.services import Services
    from tamperwatch.settings import Settings
    from tamperwatch.streams.screens import ScreenHub

API_PREFIX = "/api/v1"

router = APIRouter(prefix=f"{API_PREFIX}/screens", tags=["screens"])


def lazy_hub(settings: Settings, archive: Archive, services: Services) -> Callable[[], ScreenHub]:
    """A function that builds the screen hub once, when it is first needed."""
    built: list[ScreenHub] = []

    def hub() -> ScreenHub:
        if not built:
            from tamperwatch.streams.screens import ScreenHub

            built.append(ScreenHub.from_settings(settings, archive, services.incidents, services.events))
        return built[0]

    return hub


def hub_of(request: Request) -> ScreenHub:
    from tamperwatch.streams.screens import ScreenHub

    hub = getattr(request.app.state, "screens", None)
    if callable(hub) and not isinstance(hub, ScreenHub):
        hub = request.app.state.screens = hub()
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
    from tamperwatch.streams.library import LibraryError
    from tamperwatch.streams.screens import FrameRefused, ScreenBusy

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

"""Small test channels made with PyAV: approved pictures, a running clock and a scrolling ticker drawn
on top, and scripted trouble (another picture, new text, black, a frozen stretch)."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from fractions import Fraction
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

W, H = 320, 180
FPS = 25
CLOCK_BOX = {"x": 4, "y": 4, "w": 70, "h": 16}
TICKER_BOX = {"x": 0, "y": H - 18, "w": W, "h": 18}
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
TICKER = "Council approves new budget +++ Weather: sunny spells +++ Local team wins cup +++ "


def font(size: int, cjk: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = CJK_FONT if cjk else LATIN_FONT
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)  # Pillow's own scalable font where DejaVu is missing


def picture(seed: int, caption: str = "", size: tuple[int, int] = (W, H)) -> Image.Image:
    """A corner-rich picture (shapes of many greys and colours), with an optional caption bar."""
    rng = np.random.default_rng(seed)
    w, h = size
    im = Image.new("RGB", size, tuple(int(v) for v in rng.integers(40, 200, 3)))
    d = ImageDraw.Draw(im)
    for _ in range(60):
        x0, y0 = int(rng.integers(0, w)), int(rng.integers(0, h))
        x1, y1 = x0 + int(rng.integers(8, w // 4)), y0 + int(rng.integers(8, h // 4))
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            d.rectangle((x0, y0, x1, y1), fill=colour)
        else:
            d.ellipse((x0, y0, x1, y1), fill=colour)
    if caption:
        d.rectangle((0, h // 2 - 14, w, h // 2 + 14), fill=(20, 60, 120))
        d.text((10, h // 2 - 11), caption, font=font(18), fill=(255, 255, 255))
    return im


def banner(im: Image.Image, text: str, cjk: bool = False) -> Image.Image:
    """New text across an approved picture (the background kept)."""
    out = im.copy()
    d = ImageDraw.Draw(out)
    d.rectangle((0, 40, W, 76), fill=(180, 0, 0))
    d.text((12, 44), text, font=font(24, cjk), fill=(255, 255, 255))
    return out


def overlays(im: Image.Image, t: float) -> Image.Image:
    out = im.copy()
    d = ImageDraw.Draw(out)
    s = int(t)
    c = CLOCK_BOX
    d.rectangle((c["x"], c["y"], c["x"] + c["w"], c["y"] + c["h"]), fill=(0, 0, 0))
    stamp = f"12:{s // 60 % 60:02d}:{s % 60:02d}"
    d.text((c["x"] + 3, c["y"] + 1), stamp, font=font(12), fill=(255, 255, 255))
    k = TICKER_BOX
    d.rectangle((k["x"], k["y"], k["x"] + k["w"], k["y"] + k["h"]), fill=(150, 0, 0))
    d.text((k["x"] + W - int(t * 40) % (W * 4), k["y"] + 2), TICKER * 2, font=font(12), fill=(255, 255, 0))
    return out


Script = Callable[[float], Image.Image]


def encode(path: Path, seconds: float, script: Script, *, clock: bool = True, fps: int = FPS) -> Path:
    """Encode `script(t)` (the picture before overlays) as H.264, one keyframe a second."""
    import av

    container = av.open(str(path), "w")
    stream = container.add_stream("libx264", rate=fps)
    stream.width, stream.height, stream.pix_fmt = W, H, "yuv420p"
    stream.options = {"g": str(fps), "keyint_min": str(fps), "preset": "ultrafast", "crf": "26"}
    for i in range(int(seconds * fps)):
        t = i / fps
        im = script(t)
        if clock:
            im = overlays(im, t)
        frame = av.VideoFrame.from_image(im)
        frame.pts, frame.time_base = i, Fraction(1, fps)
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)
    container.close()
    return path


def library(folder: Path, pictures: list[Image.Image]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, im in enumerate(pictures):
        im.save(folder / f"item-{i:02d}.png")
    (folder / "ignore.json").write_text(json.dumps([CLOCK_BOX, TICKER_BOX]), encoding="utf-8")
    return folder


def playlist(pictures: list[Image.Image], each_s: float) -> Script:
    return lambda t: pictures[int(t // each_s) % len(pictures)]


def to_hls(video: Path, folder: Path, segment_s: int = 2) -> Path:
    """Re-mux an MP4 into a VOD HLS folder (index.m3u8 + MPEG-TS segments), no re-encoding."""
    import av

    folder.mkdir(parents=True, exist_ok=True)
    with av.open(str(video)) as inp:
        out = av.open(
            str(folder / "index.m3u8"),
            "w",
            format="hls",
            options={
                "hls_time": str(segment_s),
                "hls_playlist_type": "vod",
                "hls_segment_filename": str(folder / "seg%03d.ts"),
            },
        )
        copy_video(inp, out)
        out.close()
    return folder


def copy_video(inp: Any, out: Any) -> None:
    """Every video packet of `inp` into `out` as it is (no re-encoding)."""
    vin = inp.streams.video[0]
    vout = out.add_stream_from_template(vin)
    for packet in inp.demux(vin):
        if packet.dts is None:
            continue
        packet.stream = vout
        out.mux(packet)


def to_ts(video: Path, path: Path) -> Path:
    """Re-mux an MP4 into one MPEG-TS file (what an MPEG-TS-over-HTTP server sends), no re-encoding."""
    import av

    with av.open(str(video)) as inp, av.open(str(path), "w", format="mpegts") as out:
        copy_video(inp, out)
    return path


def ts_channel(folder: Path, pictures: list[Image.Image], seconds: float, each_s: float) -> bytes:
    """The bytes of an MPEG-TS channel showing `pictures` in turn (what a live TS source sends)."""
    video = encode(folder / "src.mp4", seconds, playlist(pictures, each_s))
    return to_ts(video, folder / "live.ts").read_bytes()


@contextlib.contextmanager
def loopback(handler: Callable[..., BaseHTTPRequestHandler]) -> Iterator[ThreadingHTTPServer]:
    """An HTTP server on 127.0.0.1 (a free port) in a thread of its own, for as long as the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()

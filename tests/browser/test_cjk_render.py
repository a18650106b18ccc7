"""A GBK-labelled Chinese page in real Chromium: the rendered DOM holds the right Chinese, the HTTP
tier's decoding agrees with the browser's, and the screenshot shows glyphs, not tofu boxes (the
CJK fonts come from Debian's fonts-noto-cjk, which `make install` installs)."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("playwright")

from aiohttp import web
from PIL import Image, ImageChops
from support.browser_pages import PageServer

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.browser import BrowserFetcher, Viewport
from tamperwatch.capture.browser_launch import LaunchSpec
from tamperwatch.capture.browser_pool import BrowserPool
from tamperwatch.capture.decoding import decode_body
from tamperwatch.detect.page import Page
from tamperwatch.policy import UrlPolicy

# 镕, 堃 and 喆 are GBK-only: a gb2312 label on them is the common case on Chinese portals.
HEADLINE = "朱镕基张堃王喆出席全市经济工作会议"
GLYPHS = ("镕", "堃")  # drawn large and apart, to compare in the screenshot
PAGE = (
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    "<title>市政府门户网站</title><style>body{margin:0} .g{position:absolute;top:300px;font-size:120px;"
    "line-height:1;font-family:sans-serif}</style></head>"
    f"<body><h1>{HEADLINE}</h1><p>本市今天召开会议。部署明年的重点工作。</p>"
    f"<span class='g' style='left:40px'>{GLYPHS[0]}</span>"
    f"<span class='g' style='left:400px'>{GLYPHS[1]}</span></body></html>"
)


class _BytesServer(PageServer):
    """The browser tests' page server, with pages served as raw bytes under a given Content-Type."""

    def __init__(self) -> None:
        super().__init__()
        self.raw: dict[str, tuple[str, bytes]] = {}

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.path in self.raw:
            self.counts[request.path] += 1
            content_type, body = self.raw[request.path]
            return web.Response(body=body, headers={"Content-Type": content_type})
        return await super()._handle(request)


def _crop(png: bytes, left: int) -> Image.Image:
    with Image.open(io.BytesIO(png)) as image:
        return image.convert("L").crop((left, 300, left + 120, 420))


async def test_a_gbk_labelled_chinese_page_renders_its_chinese() -> None:
    server = await _BytesServer().start()
    body = PAGE.encode("gbk")
    server.raw["/zh"] = ("text/html; charset=GBK", body)
    fetcher = BrowserFetcher(
        UrlPolicy([f"127.0.0.1/32:{server.port}"]),
        BrowserPool(LaunchSpec()),
        deadline_s=15,
        viewport=Viewport(800, 600),
    )
    try:
        capture = await fetcher.fetch(FetchRequest(server.url("/zh")))
    finally:
        await fetcher.aclose()
        await server.close()
    assert capture.ok, capture.error

    assert HEADLINE in capture.dom and "\ufffd" not in capture.dom
    assert Page(capture).title == "市政府门户网站"
    served = decode_body(body, "text/html; charset=GBK")  # the HTTP tier reads what the browser read
    assert HEADLINE in served and "市政府门户网站" in served

    first, second = _crop(capture.screenshot, 40), _crop(capture.screenshot, 400)
    assert first.getextrema()[0] < 128, "nothing drawn where the first glyph should be"
    assert ImageChops.difference(first, second).getbbox() is not None, "the two glyphs look alike: tofu"

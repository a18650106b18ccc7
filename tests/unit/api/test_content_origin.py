"""The content origin: captured pages only through short-lived signed URLs, sandboxed, framed only
by the dashboard; the dashboard embeds the last captured page from it and nothing else."""

from __future__ import annotations

from html.parser import HTMLParser

import httpx

from tamperwatch.api.content_origin import by_port, content_port_of, create_content_app, frame_ancestors
from tamperwatch.api.content_urls import ContentSigner

from .apikit import HOSTILE_BODY, PASSWORD, ApiEnv

HASH = "a" * 64


def test_signed_paths_expire_and_name_one_content_only() -> None:
    signer = ContentSigner.from_session_key(b"s" * 32)
    path = signer.path(HASH, now=1000.0, ttl_s=300)
    exp = int(path.split("exp=")[1].split("&")[0])
    sig = path.split("sig=")[1]
    assert signer.valid(HASH, exp, sig, now=1299.0)
    assert not signer.valid(HASH, exp, sig, now=1301.0)  # expired
    assert not signer.valid("b" * 64, exp, sig, now=1000.0)  # another content
    assert not signer.valid(HASH, exp + 3600, sig, now=1000.0)  # a later expiry
    assert not ContentSigner.from_session_key(b"t" * 32).valid(HASH, exp, sig, now=1000.0)
    assert (
        content_port_of(8080, None) == 8081
        and content_port_of(0, None) == 0
        and content_port_of(8080, 9000) == 9000
    )


async def test_captured_pages_are_served_sandboxed_and_only_with_a_live_signature() -> None:
    now = [1000.0]
    signer = ContentSigner(b"k" * 32)

    async def load(content_hash: str) -> bytes | None:
        return HOSTILE_BODY if content_hash == HASH else None

    app = create_content_app(load, signer, frame_ancestors(8080, False), clock=lambda: now[0])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://c") as client:
        reply = await client.get(signer.path(HASH, now[0]))
        assert reply.status_code == 200 and reply.content == HOSTILE_BODY
        csp = reply.headers["content-security-policy"]
        assert csp.startswith("sandbox;") and "allow-" not in csp and "default-src 'none'" in csp
        assert "script-src" not in csp and "frame-ancestors http://*:8080" in csp
        assert reply.headers["x-content-type-options"] == "nosniff" and "set-cookie" not in reply.headers
        now[0] += 301
        assert (await client.get(signer.path(HASH, 0.0))).status_code == 403
        assert (await client.get(signer.path("b" * 64, now[0]))).status_code == 404
        assert (await client.get(f"/c/{HASH}")).status_code == 422
        for path in ("/", "/api/v1/targets", "/login", "/c/../signing.key"):
            answer = await client.get(path)
            assert answer.status_code == 404 and "sandbox" in answer.headers["content-security-policy"]


async def test_each_port_reaches_only_its_own_app(env: ApiEnv) -> None:
    content = create_content_app(env.api.archive.load_body, ContentSigner(b"k" * 32), "http://*:1")
    both = by_port(env.app, content, 9999)
    on_content = httpx.ASGITransport(app=both, client=("127.0.0.1", 5000))
    async with httpx.AsyncClient(transport=on_content, base_url="http://127.0.0.1:9999") as client:
        assert (await client.get("/healthz")).status_code == 404  # the API is not on the content port
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=both), base_url="http://127.0.0.1:8080"
    ) as client:
        assert (await client.get("/healthz")).status_code == 200


class _Frames(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.frames: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "iframe":
            self.frames.append(dict(attrs))


async def test_the_target_page_frames_the_last_capture_from_the_content_origin(env: ApiEnv) -> None:
    env.api.content = ContentSigner(b"k" * 32)
    env.api.content_port = 8081
    client, _ = await env.login("viewer")
    page = await client.get(f"/targets/{env.target_id}")
    assert page.status_code == 200
    parser = _Frames()
    parser.feed(page.text)
    (frame,) = parser.frames
    assert "sandbox" in frame and not frame["sandbox"]  # sandboxed, with no allow-* at all
    src = str(frame["src"])
    assert src.startswith(f"http://testserver:8081/c/{env.body_hash}?exp=")
    assert page.headers["content-security-policy"].endswith("; frame-src http://testserver:8081")
    assert PASSWORD not in page.text

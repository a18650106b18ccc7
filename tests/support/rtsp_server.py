"""A minimal RTSP server on 127.0.0.1 (asyncio, in a thread of its own) for tests: it serves one
MPEG-TS stream as RTP (payload type 33, MP2T) interleaved in the RTSP connection (TCP only, as
tamperwatch asks), or answers with a redirect. It records every request line and every connection,
so a test can see what a client sent and that an address it should not reach was never reached."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

TS_PACKET = 188
TS_PER_RTP = 7  # 1316 bytes of MPEG-TS per RTP packet, as IPTV senders do
MP2T_PAYLOAD_TYPE = 33
SSRC = 0x5EED5EED
SESSION = "12345678"
HEADER_LIMIT = 64 * 1024
START_TIMEOUT_S = 10.0


@dataclass
class RtspServer:
    """What the server serves and what it saw. `redirect`: answer DESCRIBE (or OPTIONS, when
    `redirect_on` says so) with `redirect_status` and this Location; `frames_before_redirect`: send
    that many interleaved frames first (a 3xx after media); `hang_on`: a silent server."""

    ts: bytes = b""
    redirect: str = ""
    redirect_on: str = "DESCRIBE"
    redirect_status: int = 302
    frames_before_redirect: int = 0
    hang_on: str = ""  # a method never answered (the connection held open, silent)
    port: int = 0
    requests: list[str] = field(default_factory=list)
    transports: list[str] = field(default_factory=list)  # the Transport header of every SETUP
    connections: int = 0

    @property
    def url(self) -> str:
        return self.url_as("127.0.0.1")

    def url_as(self, host: str) -> str:
        return f"rtsp://{host}:{self.port}/live"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                if len(head) > HEADER_LIMIT:
                    return
                lines = head.decode("latin-1").split("\r\n")
                self.requests.append(lines[0])
                fields = (x.partition(":") for x in lines[1:] if x)
                headers = {k.strip().lower(): v.strip() for k, _, v in fields}
                if int(headers.get("content-length", "0")):
                    await reader.readexactly(int(headers["content-length"]))
                method = lines[0].split(" ", 1)[0]
                if not await self.answer(method, headers, writer):
                    return
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            return
        finally:
            writer.close()

    async def answer(self, method: str, headers: dict[str, str], writer: asyncio.StreamWriter) -> bool:
        cseq = headers.get("cseq", "0")
        if method == self.hang_on:
            await asyncio.Event().wait()  # until the client hangs up (the server is then stopped)
        if self.redirect and method == self.redirect_on:
            for i in range(self.frames_before_redirect):
                writer.write(interleaved(0, rtp(i, b"\x47" + bytes(TS_PACKET - 1))))
            writer.write(reply(cseq, f"{self.redirect_status} Moved", [f"Location: {self.redirect}"]))
            await writer.drain()
            return True
        if method == "OPTIONS":
            writer.write(reply(cseq, "200 OK", ["Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN"]))
        elif method == "DESCRIBE":
            writer.write(reply(cseq, "200 OK", ["Content-Type: application/sdp"], sdp()))
        elif method == "SETUP":
            self.transports.append(headers.get("transport", ""))
            if "TCP" not in headers.get("transport", ""):
                writer.write(reply(cseq, "461 Unsupported Transport", []))
            else:
                transport = "Transport: RTP/AVP/TCP;unicast;interleaved=0-1"
                writer.write(reply(cseq, "200 OK", [transport, f"Session: {SESSION}"]))
        elif method == "PLAY":
            writer.write(reply(cseq, "200 OK", [f"Session: {SESSION}"]))
            await writer.drain()
            await self.play(writer)
            return False  # the stream is over: the server hangs up, as a finished recording does
        else:
            writer.write(reply(cseq, "200 OK", [f"Session: {SESSION}"]))
        await writer.drain()
        return True

    async def play(self, writer: asyncio.StreamWriter) -> None:
        step = TS_PACKET * TS_PER_RTP
        for seq, i in enumerate(range(0, len(self.ts), step)):
            writer.write(interleaved(0, rtp(seq, self.ts[i : i + step])))
            if seq % 64 == 0:
                await writer.drain()
        await writer.drain()


def reply(cseq: str, status: str, headers: list[str], body: bytes = b"") -> bytes:
    lines = [f"RTSP/1.0 {status}", f"CSeq: {cseq}", *headers]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def sdp() -> bytes:
    return (
        "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=test\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\n"
        f"m=video 0 RTP/AVP {MP2T_PAYLOAD_TYPE}\r\na=rtpmap:{MP2T_PAYLOAD_TYPE} MP2T/90000\r\n"
        "a=control:track0\r\n"
    ).encode()


def rtp(seq: int, payload: bytes) -> bytes:
    header = struct.pack("!BBHII", 0x80, MP2T_PAYLOAD_TYPE, seq & 0xFFFF, seq * 3600 & 0xFFFFFFFF, SSRC)
    return header + payload


def interleaved(channel: int, payload: bytes) -> bytes:
    """One RTSP interleaved frame: '$', the channel, a 2-byte big-endian length, the payload."""
    return b"$" + bytes([channel]) + struct.pack("!H", len(payload)) + payload


@contextlib.contextmanager
def serving(server: RtspServer, tls: ssl.SSLContext | None = None) -> Iterator[RtspServer]:
    """`server` listening on 127.0.0.1 (a free port) for as long as the block runs (RTSPS with `tls`)."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop: asyncio.Future[None] | None = None

    async def main() -> None:
        nonlocal stop
        stop = loop.create_future()
        listener = await asyncio.start_server(server.handle, "127.0.0.1", 0, ssl=tls)
        server.port = listener.sockets[0].getsockname()[1]
        ready.set()
        async with listener:
            await stop
        handlers = asyncio.all_tasks() - {asyncio.current_task()}
        for task in handlers:  # connections still open (a hanging answer) end with the server
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    if not ready.wait(START_TIMEOUT_S):
        raise RuntimeError("the RTSP test server did not start")
    try:
        yield server
    finally:
        assert stop is not None
        loop.call_soon_threadsafe(stop.set_result, None)
        thread.join(START_TIMEOUT_S)
        loop.close()

"""HLS as tamperwatch reads it: playlists parsed here, segments taken through a `SegmentSource`
(function-backed here), live playlists followed, and what is not supported refused with one line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tamperwatch.streams.hls import HlsSegments, SegmentReader, best_variant, is_playlist, parse_playlist
from tamperwatch.streams.segments import POLICY, TOO_LARGE, FunctionRemote, HlsLimits, HlsSource, SegmentError
from tamperwatch.streams.source import StreamError

VOD = "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\na.ts\n#EXTINF:2.0,\nb.ts\n#EXT-X-ENDLIST\n"


def remote(files: dict[str, bytes], asked: list[str] | None = None) -> HlsSource:
    def get(url: str, max_bytes: int) -> bytes:
        if asked is not None:
            asked.append(url)
        if url not in files:
            raise SegmentError(f"{url}: HTTP 404", "status")
        return files[url]

    return HlsSource(FunctionRemote(get), HlsLimits(playlist_max_bytes=1000, segment_max_bytes=100))


def test_vod_playlist_gives_its_segments_in_order() -> None:
    src = remote(
        {"http://x/live/i.m3u8": VOD.encode(), "http://x/live/a.ts": b"A", "http://x/live/b.ts": b"B"}
    )
    assert list(HlsSegments("http://x/live/i.m3u8", src)) == [b"A", b"B"]


def test_master_playlist_picks_the_best_variant_that_fits() -> None:
    master = (
        "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360\nlow/i.m3u8\n"
        '#EXT-X-STREAM-INF:BANDWIDTH=5000000,RESOLUTION=1920x1080,CODECS="avc1.64,mp4a"\nhigh/i.m3u8\n'
        "#EXT-X-STREAM-INF:BANDWIDTH=90000000,RESOLUTION=16000x9000\nabsurd/i.m3u8\n"
    )
    pl = parse_playlist(master, "m")
    assert best_variant(pl.variants) == "high/i.m3u8"
    files = {"http://x/m.m3u8": master.encode(), "http://x/high/i.m3u8": VOD.encode()}
    files |= {"http://x/high/a.ts": b"A", "http://x/high/b.ts": b"B"}
    assert list(HlsSegments("http://x/m.m3u8", remote(files))) == [b"A", b"B"]


def test_live_playlist_is_followed_from_the_last_segment_taken() -> None:
    versions = [
        "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:7\n#EXTINF:2,\ns7.ts\n#EXTINF:2,\ns8.ts\n",
        "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:8\n#EXTINF:2,\ns8.ts\n#EXTINF:2,\ns9.ts\n",
        "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:9\n#EXTINF:2,\ns9.ts\n#EXTINF:2,\ns10.ts\n#EXT-X-ENDLIST\n",
    ]
    files = {f"http://x/s{i}.ts": f"S{i}".encode() for i in range(7, 11)}
    asked: list[str] = []
    src = remote(files, asked)
    src.playlist = lambda url: versions.pop(0).encode()  # type: ignore[method-assign]
    slept: list[float] = []
    got = list(HlsSegments("http://x/live.m3u8", src, sleep=slept.append))
    assert got == [b"S7", b"S8", b"S9", b"S10"]
    assert slept == [1.0, 1.0]  # half the target duration between reloads
    assert asked.count("http://x/s9.ts") == 1


def test_live_playlist_that_stops_growing_ends_with_an_error() -> None:
    live = "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\ns0.ts\n"
    src = remote({"http://x/l.m3u8": live.encode(), "http://x/s0.ts": b"S"})
    with pytest.raises(StreamError, match="stopped growing"):
        list(HlsSegments("http://x/l.m3u8", src, sleep=lambda s: None))


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("<html>not a playlist</html>", "not an HLS playlist"),
        ('#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI="k"\n#EXTINF:2,\na.ts\n', "encrypted"),
        ("#EXTM3U\n#EXT-X-BYTERANGE:100@0\n#EXTINF:2,\na.ts\n", "byte-range"),
        ("#EXTM3U\n#EXTINF:abc,\na.ts\n", "not a number"),
    ],
)
def test_unsupported_or_broken_playlists_are_refused_with_one_line(text: str, why: str) -> None:
    with pytest.raises(StreamError, match=why):
        parse_playlist(text, "p.m3u8")


def test_remote_limits_and_schemes() -> None:
    src = remote({"http://x/big.ts": b"x" * 101})
    with pytest.raises(SegmentError) as big:
        src.segment("http://x/big.ts")
    assert big.value.kind == TOO_LARGE
    with pytest.raises(SegmentError) as scheme:
        src.segment("file:///etc/passwd")
    assert scheme.value.kind == POLICY
    with pytest.raises(SegmentError, match="remote addresses are not read"):
        HlsSource(None, HlsLimits()).segment("http://x/a.ts")


def test_a_playlist_on_disk_reads_only_its_own_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.ts").write_bytes(b"secret")
    hls = tmp_path / "hls"
    hls.mkdir()
    (hls / "a.ts").write_bytes(b"A")
    (hls / "index.m3u8").write_text("#EXTM3U\n#EXTINF:2,\na.ts\n#EXTINF:2,\n../secret.ts\n#EXT-X-ENDLIST\n")
    chunks = iter(HlsSegments(str(hls / "index.m3u8"), HlsSource(None, HlsLimits())))
    assert next(chunks) == b"A"
    with pytest.raises(SegmentError, match="outside the playlist's folder"):
        next(chunks)


def test_segment_reader_reads_across_chunks_and_keeps_the_error() -> None:
    def chunks() -> Iterator[bytes]:
        yield b"abc"
        yield b""
        yield b"de"
        raise SegmentError("seg: refused", POLICY)

    reader = SegmentReader(chunks())
    assert reader.peek_first() == b"abc"
    assert reader.read(4) == b"abc" and reader.read(4) == b"de"
    with pytest.raises(SegmentError):
        reader.read(4)
    assert isinstance(reader.error, SegmentError)


def test_playlist_names() -> None:
    assert is_playlist("http://x/live/index.m3u8?token=1") and is_playlist("/data/hls/Index.M3U8")
    assert not is_playlist("http://x/live.ts") and not is_playlist("rtsp://x/m3u8")

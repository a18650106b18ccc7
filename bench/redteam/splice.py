"""Edits on a page's decoded text, applied so that every byte outside them is kept exactly."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` (character offsets in the decoded page) with ``new``."""

    start: int
    end: int
    new: str


@dataclass(frozen=True)
class ByteEdit:
    """Where an edit landed: ``source[start:end]`` became ``length`` new bytes at ``out_start``."""

    start: int
    end: int
    out_start: int
    length: int


def apply_edits(raw: bytes, text: str, codec: str, edits: list[Edit]) -> tuple[bytes, list[ByteEdit]]:
    """The page with ``edits`` spliced in; untouched spans are copied from ``raw`` byte for byte.

    ``text`` is ``raw`` decoded with ``codec`` and ``surrogateescape``. Each edit's new text must
    be encodable in ``codec`` (see ``charset.encodable``)."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    out: list[bytes] = []
    landed: list[ByteEdit] = []
    char_pos = byte_pos = out_len = 0
    for edit in ordered:
        if edit.start < char_pos or edit.end < edit.start:
            raise ValueError("overlapping edits")
        gap = len(text[char_pos : edit.start].encode(codec, "surrogateescape"))
        cut = len(text[edit.start : edit.end].encode(codec, "surrogateescape"))
        out.append(raw[byte_pos : byte_pos + gap])
        out_len += gap
        new = edit.new.encode(codec)
        landed.append(ByteEdit(byte_pos + gap, byte_pos + gap + cut, out_len, len(new)))
        out.append(new)
        out_len += len(new)
        byte_pos += gap + cut
        char_pos = edit.end
    out.append(raw[byte_pos:])
    return b"".join(out), landed

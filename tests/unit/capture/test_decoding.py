"""Body text decoding: charset lies and invalid bytes give readable text, never an exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tamperwatch.capture.decoding import decode_body


def test_declared_charset_is_used() -> None:
    assert decode_body("café".encode("iso-8859-15"), "text/html; charset=iso-8859-15") == "café"


def test_invalid_utf8_is_replaced_not_raised() -> None:
    assert decode_body(b"caf\xc3\xa9 \xff ok", "text/html; charset=utf-8") == "café \ufffd ok"


def test_unknown_charset_falls_back_to_utf8() -> None:
    assert decode_body("naïve".encode(), "text/html; charset=x-no-such") == "naïve"


def test_meta_charset_is_used_when_the_header_has_none() -> None:
    body = '<meta charset="koi8-r"><p>привет</p>'.encode("koi8-r")

    assert "привет" in decode_body(body, "text/html")


def test_a_utf16_claim_on_ascii_text_is_ignored() -> None:
    assert decode_body(b"<p>plain text</p>", "text/html; charset=utf-16") == "<p>plain text</p>"


def test_real_utf16_with_a_bom_is_decoded() -> None:
    assert decode_body("<p>hé</p>".encode("utf-16"), "text/html; charset=utf-8") == "<p>hé</p>"


@given(st.binary(max_size=300), st.text(max_size=40))
def test_any_bytes_with_any_content_type_decode_to_text(body: bytes, content_type: str) -> None:
    assert isinstance(decode_body(body, content_type), str)
    assert isinstance(decode_body(body, f"text/html; charset={content_type}"), str)

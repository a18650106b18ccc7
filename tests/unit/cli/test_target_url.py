"""Target URLs at the door: normalised so duplicates are found, refused with the fix when unusable.
Examples first, then properties (hypothesis) over generated URLs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from yarl import URL

from tamperwatch.target_url import UrlError, normalise_url


@pytest.mark.parametrize(
    ("given_url", "normal"),
    [
        ("HTTP://WWW.Example.ORG", "http://www.example.org/"),
        ("https://www.example.org:443/a#top", "https://www.example.org/a"),
        ("http://www.example.org:80/?q=1", "http://www.example.org/?q=1"),
        ("http://www.example.org:8080/", "http://www.example.org:8080/"),
        ("https://www.example.org./news", "https://www.example.org/news"),
        ("  https://www.example.org/  ", "https://www.example.org/"),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("https://XN--BCHER-KVA.example/", "https://xn--bcher-kva.example/"),
        ("https://例え.テスト/", "https://xn--r8jz45g.xn--zckzah/"),
        ("https://www.example.org/ünï?q=ß", "https://www.example.org/%C3%BCn%C3%AF?q=%C3%9F"),
        ("https://www.example.org/%C3%BC", "https://www.example.org/%C3%BC"),
        ("http://[2001:DB8:0:0::1]:8080/x", "http://[2001:db8::1]:8080/x"),
        ("http://127.0.0.1:8467/", "http://127.0.0.1:8467/"),
    ],
)
def test_normal_forms(given_url: str, normal: str) -> None:
    assert normalise_url(given_url) == normal


@pytest.mark.parametrize(
    ("bad", "phrase"),
    [
        ("https://user:pass@www.example.org/", "credentials"),
        ("https://user@www.example.org/", "credentials"),
        ("https://:@www.example.org/", "credentials"),
        ("https://www.example.org:99999/", "1 to 65535"),
        ("https://www.example.org:0/", "1 to 65535"),
        ("https://www.example.org:8o/", "1 to 65535"),
        ("https://www.exa mple.org/", "a space"),
        ("https://www.example.org/\x00", "control character"),
        ("https://-bad-.example/", "not a valid host name"),
        ("https://a..example/", "not a valid host name"),
        ("https://" + "a" * 64 + ".example/", "not a valid host name"),
        ("https://[::1/", "IPv6"),
        ("https://[zz::1]/", "IPv6"),
        ("ftp://www.example.org/", "not an http(s) URL"),
        ("www.example.org", "not an http(s) URL"),
        ("https:///path", "not an http(s) URL"),
        ("", "empty URL"),
        ("https://www.example.org/" + "a" * 3000, "TAMPERWATCH_MAX_URL_LENGTH"),
    ],
)
def test_refusals_say_what_to_fix(bad: str, phrase: str) -> None:
    with pytest.raises(UrlError, match=phrase.replace("(", r"\(").replace(")", r"\)")) as refused:
        normalise_url(bad)
    assert "\n" not in str(refused.value)


def test_the_length_limit_is_the_setting_given() -> None:
    url = "https://www.example.org/" + "a" * 100
    assert normalise_url(url, max_length=200) == url
    with pytest.raises(UrlError, match="at most 50"):
        normalise_url(url, max_length=50)


# --- properties -----------------------------------------------------------------------------------

_label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
_unicode_label = st.text(alphabet=st.sampled_from("abcdeéüößñ中文日本ки"), min_size=1, max_size=8)
_host = (
    st.lists(st.one_of(_label, _unicode_label), min_size=1, max_size=3)
    .map(".".join)
    .map(lambda h: h + ".example")
)
_path = st.lists(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs"), blacklist_characters="/?#%\\"),
        max_size=8,
    ),
    max_size=4,
).map(lambda parts: "/" + "/".join(parts))
_query = st.one_of(st.just(""), st.from_regex(r"[a-z]{1,5}=[a-z0-9]{0,5}", fullmatch=True))
_port = st.one_of(st.just(""), st.integers(1, 65535).map(lambda p: f":{p}"))
_fragment = st.one_of(st.just(""), st.from_regex(r"#[a-z0-9]{0,6}", fullmatch=True))


def _valid_host(host: str) -> bool:
    try:
        normalise_url(f"https://{host}/")
    except UrlError:
        return False
    return True


@st.composite
def urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https"]))
    host = draw(_host.filter(_valid_host))
    query = draw(_query)
    return f"{scheme}://{host}{draw(_port)}{draw(_path)}{'?' + query if query else ''}{draw(_fragment)}"


def _respell(normal: str, data: st.DataObject) -> str:
    """The same page in another spelling: case of scheme and host, default port, fragment."""
    scheme, rest = normal.split("://", 1)
    authority, slash, path = rest.partition("/")
    host, colon, port = authority.rpartition(":") if not authority.endswith("]") else (authority, "", "")
    if not colon:
        host, port = authority, ""
    if data.draw(st.booleans()):
        scheme = scheme.upper()
    if data.draw(st.booleans()):
        host = host.upper()
    if not port and data.draw(st.booleans()):
        port = "80" if scheme.lower() == "http" else "443"
    fragment = data.draw(st.sampled_from(["", "#section", "#"]))
    return f"{scheme}://{host}{':' + port if port else ''}{slash}{path}{fragment}"


@settings(max_examples=200, deadline=None)
@given(urls())
def test_normalising_is_idempotent(url: str) -> None:
    once = normalise_url(url)
    assert normalise_url(once) == once


@settings(max_examples=200, deadline=None)
@given(urls(), st.data())
def test_spellings_of_one_page_collapse(url: str, data: st.DataObject) -> None:
    normal = normalise_url(url)
    assert normalise_url(_respell(normal, data)) == normal


@settings(max_examples=200, deadline=None)
@given(urls())
def test_a_normal_url_is_plain_ascii_that_yarl_reads_the_same(url: str) -> None:
    normal = normalise_url(url)
    assert normal.isascii() and "#" not in normal and " " not in normal
    parsed = URL(normal, encoded=True)
    assert parsed.scheme in ("http", "https") and parsed.raw_host
    assert str(parsed) == normal


@settings(max_examples=200, deadline=None)
@given(
    urls(),
    st.text(
        alphabet=st.characters(blacklist_characters="@/?#[]\\ ", blacklist_categories=("Cs", "Cc")),
        max_size=8,
    ),
    st.one_of(st.none(), st.text(alphabet="abc:12", max_size=6)),
)
def test_credentials_are_never_accepted(url: str, user: str, password: str | None) -> None:
    scheme, rest = url.split("://", 1)
    userinfo = user if password is None else f"{user}:{password}"
    with pytest.raises(UrlError):
        normalise_url(f"{scheme}://{userinfo}@{rest}")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_normalised_or_refused_with_a_url_error(text: str) -> None:
    try:
        normal = normalise_url(text)
    except UrlError as refused:
        assert "\n" not in str(refused)
        return
    assert normalise_url(normal) == normal and "@" not in normal.split("/")[2]


@settings(max_examples=100, deadline=None)
@given(urls(), st.integers(65536, 10**7))
def test_ports_out_of_range_are_refused(url: str, port: int) -> None:
    parsed = URL(normalise_url(url))
    with pytest.raises(UrlError, match="1 to 65535"):
        normalise_url(f"{parsed.scheme}://{parsed.raw_host}:{port}{parsed.raw_path_qs}")

"""UrlPolicy: the SSRF gate refuses internal addresses in every spelling, after resolution too."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tamperwatch.capture.errors import FetchError, PolicyConfigError, PolicyError
from tamperwatch.capture.resolver import StaticResolver, SystemResolver
from tamperwatch.policy import UrlPolicy
from tamperwatch.settings import Settings


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1/", "blocked: 127.0.0.1 is a loopback address"),
        ("http://10.0.0.1/", "blocked: 10.0.0.1 is a private address"),
        ("http://192.168.1.1/", "blocked: 192.168.1.1 is a private address"),
        ("http://172.16.5.4/", "blocked: 172.16.5.4 is a private address"),
        ("http://169.254.169.254/latest/", "blocked: 169.254.169.254 is a cloud metadata address"),
        ("http://169.254.1.1/", "blocked: 169.254.1.1 is a link-local address"),
        ("http://100.64.0.1/", "blocked: 100.64.0.1 is a carrier-grade NAT (shared) address"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://255.255.255.255/", "reserved"),
        ("http://[::1]/", "blocked: ::1 is a loopback address"),
        ("http://[::]/", "unspecified"),
        ("http://[fd00:ec2::254]/", "cloud metadata"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[fc00::5]/", "unique local"),
        ("http://[ff02::1]/", "multicast"),
        ("http://[::ffff:127.0.0.1]/", "IPv4-mapped form of 127.0.0.1, a loopback address"),
        ("http://[64:ff9b::a00:1]/", "NAT64 form of 10.0.0.1, a private address"),
        ("http://[2002:a9fe:a9fe::1]/", "6to4 form of 169.254.169.254, a cloud metadata address"),
        ("http://2130706433/", "blocked: 2130706433 (= 127.0.0.1) is a loopback address"),
        ("http://0177.0.0.1/", "blocked: 0177.0.0.1 (= 127.0.0.1) is a loopback address"),
        ("http://0x7f.1/", "blocked: 0x7f.1 (= 127.0.0.1) is a loopback address"),
        ("http://0x7f000001/", "(= 127.0.0.1) is a loopback address"),
        ("http://127.1/", "(= 127.0.0.1) is a loopback address"),
        ("http://012.0.0.1/", "(= 10.0.0.1) is a private address"),
    ],
)
def test_default_policy_refuses_internal_addresses_with_the_reason(url: str, message: str) -> None:
    with pytest.raises(PolicyError) as refused:
        UrlPolicy().check_url(url)

    assert message in str(refused.value)
    assert isinstance(refused.value, FetchError)
    assert refused.value.kind == "policy"


@pytest.mark.parametrize(
    "url", ["ftp://example.com/", "file:///etc/passwd", "gopher://x/", "javascript:alert(1)"]
)
def test_only_http_and_https_are_allowed(url: str) -> None:
    with pytest.raises(PolicyError, match=re.escape("is not allowed (only http and https)")):
        UrlPolicy().check_url(url)


@pytest.mark.parametrize(
    "url", ["http://1.2.3.4.5/", "http://256.1.1.1/", "http://example.99/", "http://0x1g.1/"]
)
def test_hosts_that_end_in_a_number_must_be_valid_addresses(url: str) -> None:
    with pytest.raises(PolicyError, match=re.escape("is not a valid address")):
        UrlPolicy().check_url(url)


def test_public_address_spellings_are_allowed_and_made_canonical() -> None:
    policy = UrlPolicy()

    assert str(policy.check_url("http://134744072/x").url) == "http://8.8.8.8/x"
    assert str(policy.check_url("https://0x8.0x8.0x8.0x8/").url) == "https://8.8.8.8/"
    assert policy.check_url("http://[2606:4700::1111]/").address is not None
    assert policy.check_url("http://example.com/").address is None  # names are checked after DNS


async def test_a_name_is_judged_by_every_address_it_resolves_to() -> None:
    policy = UrlPolicy(
        resolver=StaticResolver({"evil.example": ["127.0.0.1"], "mixed.example": ["8.8.8.8", "10.1.2.3"]})
    )

    with pytest.raises(
        PolicyError, match=re.escape("evil.example resolves to 127.0.0.1, which is a loopback")
    ):
        await policy.check("http://evil.example/")
    with pytest.raises(
        PolicyError, match=re.escape("mixed.example resolves to 10.1.2.3, which is a private")
    ):
        await policy.check("http://mixed.example/")


async def test_public_names_resolve_to_their_checked_addresses() -> None:
    policy = UrlPolicy(resolver=StaticResolver({"site.example": ["93.184.215.14", "2606:2800:21f:cb07::1"]}))

    addresses = await policy.check("https://site.example/")

    assert [a.compressed for a in addresses] == ["93.184.215.14", "2606:2800:21f:cb07::1"]


async def test_localhost_through_the_system_resolver_is_refused() -> None:
    policy = UrlPolicy(resolver=SystemResolver())

    with pytest.raises(PolicyError, match=r"localhost resolves to .*, which is a loopback address"):
        await policy.check("http://localhost:8080/")


async def test_unknown_names_fail_as_connection_errors_not_policy() -> None:
    policy = UrlPolicy(resolver=StaticResolver({}))

    with pytest.raises(FetchError) as failed:
        await policy.check("http://nowhere.example/")

    assert failed.value.kind == "connect"
    assert not isinstance(failed.value, PolicyError)


def test_allowlist_opens_a_range_only_at_its_ports() -> None:
    policy = UrlPolicy(["127.0.0.1/32:8080", "10.0.0.0/8:9000-9010"])

    policy.check_url("http://127.0.0.1:8080/")
    policy.check_url("http://10.20.30.40:9005/")
    policy.check_url("http://[::ffff:127.0.0.1]:8080/")  # the v4-mapped form of an opened address
    with pytest.raises(PolicyError, match=re.escape("opens it only at port 8080, not 8081")):
        policy.check_url("http://127.0.0.1:8081/")
    with pytest.raises(PolicyError, match=r"127\.0\.0\.2 is a loopback address$"):
        policy.check_url("http://127.0.0.2:8080/")
    with pytest.raises(PolicyError, match=re.escape("only at port 9000-9010, not 80")):
        policy.check_url("http://10.0.0.1/")


async def test_allowlist_applies_to_resolved_names() -> None:
    policy = UrlPolicy(["127.0.0.1/32:8080"], resolver=StaticResolver({"dev.example": ["127.0.0.1"]}))

    assert [a.compressed for a in await policy.check("http://dev.example:8080/")] == ["127.0.0.1"]
    with pytest.raises(PolicyError):
        await policy.check("http://dev.example:9090/")


def test_from_settings_reads_the_allowlist(settings: Settings) -> None:
    opened = settings.model_copy(update={"url_allowlist": ["[::1]/128:8443"]})

    UrlPolicy.from_settings(opened).check_url("https://[::1]:8443/")
    with pytest.raises(PolicyError):
        UrlPolicy.from_settings(settings).check_url("https://[::1]:8443/")


def test_a_bad_allowlist_setting_is_a_clear_configuration_error(settings: Settings) -> None:
    broken = settings.model_copy(update={"url_allowlist": ["127.0.0.0/8"]})

    with pytest.raises(PolicyConfigError, match=re.escape("'127.0.0.0/8' has no port")):
        UrlPolicy.from_settings(broken)


@pytest.mark.parametrize(
    "url",
    [
        "",
        "http://[::1",
        "http://%zz/",
        "http://exa mple.com/",
        "http://a..b/",
        "http://:80/",
        "http://example.com:0/",
        "http://x:99999/",
        "http://[1.2.3.4]/",
        "//example.com/",
    ],
)
def test_malformed_urls_are_refused_with_a_reason(url: str) -> None:
    with pytest.raises(PolicyError, match=r"^blocked: "):
        UrlPolicy().check_url(url)


def test_internationalised_names_are_checked_in_their_dns_form() -> None:
    checked = UrlPolicy().check_url("http://exämple.com/")

    assert checked.host == "xn--exmple-cua.com"


@given(st.text(max_size=60))
def test_any_text_is_either_a_checked_url_or_a_policy_error(text: str) -> None:
    policy = UrlPolicy()
    for candidate in (text, f"http://{text}/", f"https://{text}"):
        try:
            checked = policy.check_url(candidate)
        except PolicyError as refused:
            assert refused.message.startswith("blocked: ")
        else:
            assert checked.url.scheme in ("http", "https")
            assert checked.address is None or policy.refusal(checked.address, checked.port) is None

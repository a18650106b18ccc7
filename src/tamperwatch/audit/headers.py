"""The Observatory's header tests: HSTS, X-Content-Type-Options, X-Frame-Options,
Referrer-Policy, the cross-origin policies and CORS; each returns a HeaderTest named like the
Observatory's (see ``observatory`` for the modifiers and docs/audit.md for the table)."""

from __future__ import annotations

from tamperwatch.audit.csp import CspVerdict
from tamperwatch.audit.findings import HeaderTest
from tamperwatch.audit.limits import HSTS_SIX_MONTHS_S, MAX_HEADER_CHARS
from tamperwatch.audit.observatory import test
from tamperwatch.audit.observed import Observed, first_header, header_values

REFERRER_PRIVATE = ("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin")
REFERRER_UNSAFE = ("origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade")
CORS_PROBE_ORIGIN = "https://audit.tamperwatch.invalid"


def hsts_max_age(value: str) -> int | None:
    """max-age of an HSTS header; None when it is missing or the header is set twice."""
    value = value[:MAX_HEADER_CHARS]
    if "," in value:
        return None
    for part in value.split(";"):
        part = part.strip().lower()
        if part.startswith("max-age="):
            digits = part[8:].strip().strip('"')
            return int(digits) if digits.isdigit() else None
    return None


def hsts(obs: Observed) -> HeaderTest:
    name = "strict-transport-security"
    if obs.https_invalid_cert:
        return test(name, "hsts-invalid-cert")
    if obs.https is None:
        return test(name, "hsts-not-implemented-no-https")
    value = first_header(obs.https, "Strict-Transport-Security")
    if value is None:
        return test(name, "hsts-not-implemented")
    age = hsts_max_age(value)
    if age is None:
        return test(name, "hsts-header-invalid", value[:MAX_HEADER_CHARS])
    result = (
        "hsts-implemented-max-age-at-least-six-months"
        if age >= HSTS_SIX_MONTHS_S
        else ("hsts-implemented-max-age-less-than-six-months")
    )
    return test(name, result, value[:MAX_HEADER_CHARS])


def x_content_type_options(obs: Observed) -> HeaderTest:
    name = "x-content-type-options"
    value = first_header(obs.auto, "X-Content-Type-Options")
    if value is None:
        return test(name, "x-content-type-options-not-implemented")
    ok = value[:MAX_HEADER_CHARS].strip().lower() == "nosniff"
    return test(
        name, "x-content-type-options-nosniff" if ok else "x-content-type-options-header-invalid", value
    )


def x_frame_options(obs: Observed, csp: CspVerdict) -> HeaderTest:
    name = "x-frame-options"
    value = first_header(obs.auto, "X-Frame-Options")
    if csp.frame_ancestors:
        return test(name, "x-frame-options-implemented-via-csp", value)
    if value is None:
        return test(name, "x-frame-options-not-implemented")
    xfo = value[:MAX_HEADER_CHARS].strip().lower()
    if xfo in ("deny", "sameorigin"):
        return test(name, "x-frame-options-sameorigin-or-deny", value)
    if xfo.startswith("allow-from"):
        return test(name, "x-frame-options-allow-from-origin", value)
    return test(name, "x-frame-options-header-invalid", value)


def referrer_policy(obs: Observed) -> HeaderTest:
    name = "referrer-policy"
    values = header_values(obs.auto, "Referrer-Policy") + obs.page.http_equiv.get("referrer-policy", [])
    if not values:
        return test(name, "referrer-policy-not-implemented")
    known = [
        t.strip().lower()
        for t in ",".join(values).split(",")
        if t.strip().lower() in REFERRER_PRIVATE + REFERRER_UNSAFE
    ]
    policy = known[-1] if known else ""  # the last valid token wins, as in browsers
    if policy in REFERRER_PRIVATE:
        return test(name, "referrer-policy-private", policy)
    if policy in REFERRER_UNSAFE:
        return test(name, "referrer-policy-unsafe", policy)
    return test(name, "referrer-policy-header-invalid", ",".join(values)[:MAX_HEADER_CHARS])


def _keyword_test(obs: Observed, header: str, name: str, prefix: str, table: dict[str, str]) -> HeaderTest:
    value = first_header(obs.auto, header)
    if value is None and header.lower() == "cross-origin-resource-policy":
        metas = obs.page.http_equiv.get(header.lower(), [])
        value = metas[-1] if metas else None
    if value is None:
        return test(name, f"{prefix}-not-implemented")
    key = value[:MAX_HEADER_CHARS].split(";", 1)[0].strip().lower()
    return test(name, table.get(key, f"{prefix}-header-invalid"), value[:MAX_HEADER_CHARS])


def cross_origin_resource_policy(obs: Observed) -> HeaderTest:
    p = "cross-origin-resource-policy"
    table = {v: f"{p}-implemented-with-{v}" for v in ("same-site", "same-origin", "cross-origin")}
    return _keyword_test(obs, "Cross-Origin-Resource-Policy", p, p, table)


def cross_origin_opener_policy(obs: Observed) -> HeaderTest:
    values = ("same-origin", "same-origin-allow-popups", "noopener-allow-popups", "unsafe-none")
    table = {v: f"coop-implemented-with-{v}" for v in values}
    return _keyword_test(obs, "Cross-Origin-Opener-Policy", "cross-origin-opener-policy", "coop", table)


def cross_origin_embedder_policy(obs: Observed) -> HeaderTest:
    table = {v: f"coep-implemented-with-{v}" for v in ("require-corp", "credentialless", "unsafe-none")}
    return _keyword_test(obs, "Cross-Origin-Embedder-Policy", "cross-origin-embedder-policy", "coep", table)


def cors(obs: Observed) -> HeaderTest:
    """The answer to a GET with an ``Origin`` header: ``*`` is public access; the probe's own
    origin reflected with credentials allowed is universal access."""
    name, p = "cross-origin-resource-sharing", "cross-origin-resource-sharing"
    acao = first_header(obs.cors, "Access-Control-Allow-Origin")
    if obs.cors is None or acao is None:
        return test(name, f"{p}-not-implemented")
    value = acao[:256].strip().lower()
    credentials = (first_header(obs.cors, "Access-Control-Allow-Credentials") or "").strip().lower()
    if value == "*":
        return test(name, f"{p}-implemented-with-public-access", value)
    if value == CORS_PROBE_ORIGIN and credentials == "true":
        return test(name, f"{p}-implemented-with-universal-access", value)
    return test(name, f"{p}-implemented-with-restricted-access", value)

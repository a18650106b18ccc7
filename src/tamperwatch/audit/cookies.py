"""The Observatory's cookie test over every Set-Cookie the audit received."""

from __future__ import annotations

from dataclasses import dataclass

from tamperwatch.audit.findings import HeaderTest
from tamperwatch.audit.observatory import test
from tamperwatch.audit.observed import Observed, header_values

# From least to most bad: a result only ever moves to a worse one (the Observatory's onlyIfWorse).
BADNESS = (
    "cookies-without-secure-flag-but-protected-by-hsts",
    "cookies-without-secure-flag",
    "cookies-session-without-secure-flag-but-protected-by-hsts",
    "cookies-samesite-flag-invalid",
    "cookies-anticsrf-without-samesite-flag",
    "cookies-session-without-httponly-flag",
    "cookies-session-without-secure-flag",
)
SESSION_MARKERS = ("login", "sess")
HSTS_PASSING = ("hsts-implemented-max-age-at-least-six-months", "hsts-preloaded")
IGNORED = frozenset({"heroku-session-affinity"})  # the Observatory does not judge this one


@dataclass(frozen=True, slots=True)
class Cookie:
    name: str
    secure: bool
    http_only: bool
    same_site: str | None  # None: attribute absent; "": present without a value
    raw: str


def parse_set_cookie(raw: str) -> Cookie | None:
    parts = raw.split(";")
    name = parts[0].split("=", 1)[0].strip()
    if not name:
        return None
    attrs: dict[str, str] = {}
    for part in parts[1:]:
        key, _, value = part.partition("=")
        attrs[key.strip().lower()] = value.strip()
    return Cookie(name, "secure" in attrs, "httponly" in attrs, attrs.get("samesite"), raw)


def _worse(new: str, current: str | None) -> str:
    if current is None or BADNESS.index(new) > BADNESS.index(current):
        return new
    return current


def cookies(obs: Observed, hsts: HeaderTest) -> tuple[HeaderTest, list[Cookie]]:
    captures = [obs.auto, obs.https] + [hop.capture for hop in obs.http_route or []]
    seen: dict[str, Cookie] = {}
    for capture in captures:
        for raw in header_values(capture, "Set-Cookie"):
            cookie = parse_set_cookie(raw)
            if cookie is not None and cookie.name not in IGNORED:
                seen[cookie.name] = cookie
    name = "cookies"
    if not seen:
        return test(name, "cookies-not-found"), []
    protected = hsts.result in HSTS_PASSING
    result: str | None = None
    for c in seen.values():
        lname = c.name.lower()
        session = any(marker in lname for marker in SESSION_MARKERS)
        if c.same_site is not None and c.same_site.lower() not in ("lax", "strict", "none"):
            result = _worse("cookies-samesite-flag-invalid", result)
        if not c.secure and (c.same_site or "").lower() == "none":
            result = _worse("cookies-samesite-flag-invalid", result)
        if not c.secure:
            result = _worse(
                "cookies-without-secure-flag-but-protected-by-hsts"
                if protected
                else "cookies-without-secure-flag",
                result,
            )
        if "csrf" in lname and not c.same_site:
            result = _worse("cookies-anticsrf-without-samesite-flag", result)
        if session and not c.secure:
            result = _worse(
                "cookies-session-without-secure-flag-but-protected-by-hsts"
                if protected
                else "cookies-session-without-secure-flag",
                result,
            )
        if session and not c.http_only:
            result = _worse("cookies-session-without-httponly-flag", result)
    if result is None:
        all_same_site = all(c.same_site for c in seen.values())
        result = (
            "cookies-secure-with-httponly-sessions-and-samesite"
            if all_same_site
            else ("cookies-secure-with-httponly-sessions")
        )
    return test(name, result, sorted(seen)), list(seen.values())

"""Content hygiene: the third-party script origins the page loads today (the attack surface an
injector rides), mixed content, forms posting off-site and logins over plain http."""

from __future__ import annotations

from yarl import URL

from tamperwatch.audit.findings import Category, Finding, Severity
from tamperwatch.audit.limits import MAX_LISTED
from tamperwatch.audit.page import PageFacts, Resource
from tamperwatch.audit.signs import quote
from tamperwatch.audit.sri import is_foreign, registrable

FIX_ORIGINS = (
    "Host the scripts yourself, or pin each with integrity= and allow only these origins in script-src."
)
FIX_MIXED = "Load every resource over https (or send 'Content-Security-Policy: upgrade-insecure-requests')."
FIX_FORM = "Post forms to your own site only; an off-site action hands what visitors type to another party."
FIX_LOGIN = "Serve login pages and post passwords over https only, and redirect http to https."


def origin_of(url: str) -> str:
    try:
        parsed = URL(url)
    except ValueError:
        return url
    return f"{parsed.scheme}://{parsed.host}" + ("" if parsed.is_default_port() else f":{parsed.port}")


def _listing(items: list[str]) -> str:
    shown = ", ".join(quote(i) for i in items[:MAX_LISTED])
    return shown + (f" and {len(items) - MAX_LISTED} more" if len(items) > MAX_LISTED else "")


def third_party_origins(page: PageFacts, site_host: str) -> list[str]:
    return sorted({origin_of(s.url) for s in page.scripts if s.url and is_foreign(s.raw, site_host)})


def hygiene_findings(page: PageFacts, page_url: str) -> list[Finding]:
    site = URL(page_url)
    host = site.host or ""
    out: list[Finding] = []
    origins = third_party_origins(page, host)
    if origins:
        out.append(
            Finding(
                "third-party-scripts",
                f"The page runs scripts from {len(origins)} other origin(s)",
                Severity.LOW,
                Category.CONTENT,
                _listing(origins),
                FIX_ORIGINS,
                page_url,
            )
        )
    unpinned = [s.url for s in page.styles if is_foreign(s.raw, host) and not s.integrity]
    if unpinned:
        out.append(
            Finding(
                "sri-styles",
                "Third-party stylesheets load without integrity checks",
                Severity.LOW,
                Category.CONTENT,
                _listing(unpinned),
                FIX_ORIGINS,
                page_url,
            )
        )
    if site.scheme == "https":
        active = [r.url for r in (*page.scripts, *page.styles, *page.frames) if _plain(r)]
        passive = [r.url for r in page.passive if _plain(r)]
        if active:
            out.append(
                Finding(
                    "mixed-content-active",
                    "An https page loads scripts, styles or frames over http",
                    Severity.HIGH,
                    Category.CONTENT,
                    _listing(active),
                    FIX_MIXED,
                    page_url,
                )
            )
        if passive:
            out.append(
                Finding(
                    "mixed-content-passive",
                    "An https page loads images or media over http",
                    Severity.LOW,
                    Category.CONTENT,
                    _listing(passive),
                    FIX_MIXED,
                    page_url,
                )
            )
    off_site = [f.action for f in page.forms if registrable(URL(f.action).host or "") != registrable(host)]
    if off_site:
        out.append(
            Finding(
                "form-off-site",
                "A form posts to another site",
                Severity.MEDIUM,
                Category.CONTENT,
                _listing(off_site),
                FIX_FORM,
                page_url,
            )
        )
    plain_logins = [
        f.action
        for f in page.forms
        if f.has_password and (site.scheme == "http" or f.action.startswith("http:"))
    ]
    if plain_logins:
        out.append(
            Finding(
                "login-over-http",
                "A login form is served or posted over plain http",
                Severity.HIGH,
                Category.TRANSPORT,
                _listing(plain_logins),
                FIX_LOGIN,
                page_url,
            )
        )
    return out


def _plain(resource: Resource) -> bool:
    return resource.url.startswith("http:")

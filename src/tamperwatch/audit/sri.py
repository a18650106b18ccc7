"""The Observatory's Subresource Integrity test over the page's external scripts."""

from __future__ import annotations

from yarl import URL

from tamperwatch.audit.findings import HeaderTest
from tamperwatch.audit.observatory import test
from tamperwatch.audit.observed import Observed

BADNESS = (
    "sri-implemented-and-all-scripts-loaded-securely",
    "sri-implemented-and-external-scripts-loaded-securely",
    "sri-implemented-but-external-scripts-not-loaded-securely",
    "sri-not-implemented-but-external-scripts-loaded-securely",
    "sri-not-implemented-and-external-scripts-not-loaded-securely",
    "sri-not-implemented-response-not-html",
)


def registrable(host: str) -> str:
    """The last two labels of a host name (an IP address stays whole): the Observatory's
    "same second-level domain", without a public-suffix list."""
    host = host.lower().rstrip(".")
    if not host or host.replace(".", "").isdigit() or ":" in host:
        return host
    return ".".join(host.split(".")[-2:])


def _worse(new: str, current: str | None) -> str:
    if current is None or BADNESS.index(new) > BADNESS.index(current):
        return new
    return current


def is_foreign(raw: str, site_host: str) -> bool:
    """A script from another site: protocol-relative, or absolute on another registrable domain."""
    text = raw.strip()
    if text.startswith("//") and not text.startswith("///"):
        return True
    if text.lower().startswith(("http://", "https://")):
        try:
            return registrable(URL(text).host or "") != registrable(site_host)
        except ValueError:
            return True
    return False


def subresource_integrity(obs: Observed) -> HeaderTest:
    name = "subresource-integrity"
    if not obs.page.is_html:
        return test(name, "sri-not-implemented-response-not-html")
    if obs.page.script_tags == 0:
        return test(name, "sri-not-implemented-but-no-scripts-loaded")
    site_host = URL(obs.auto_url).host or ""
    result: str | None = None
    foreign_seen = False
    listed: dict[str, str] = {}
    for script in obs.page.scripts:
        raw = script.raw.strip()
        relative = not raw.lower().startswith(("http://", "https://", "//"))
        secure = raw.lower().startswith("https://") or (relative and obs.is_https)
        if is_foreign(raw, site_host):
            foreign_seen = True
            listed[raw] = script.integrity
            if script.integrity and not secure:
                result = _worse("sri-implemented-but-external-scripts-not-loaded-securely", result)
            elif not script.integrity and secure:
                result = _worse("sri-not-implemented-but-external-scripts-loaded-securely", result)
            elif not script.integrity:
                result = _worse("sri-not-implemented-and-external-scripts-not-loaded-securely", result)
        elif script.integrity and secure and result is None:
            result = "sri-implemented-and-all-scripts-loaded-securely"
    if result is None:
        result = (
            "sri-implemented-and-external-scripts-loaded-securely"
            if foreign_seen
            else ("sri-not-implemented-but-all-scripts-loaded-from-secure-origin")
        )
    return test(name, result, listed or None)

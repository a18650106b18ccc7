"""The Observatory's redirection test: does plain http send the visitor to https at once, on
the same host? (The HSTS preload list is not consulted: no list is downloaded at run time.)"""

from __future__ import annotations

from yarl import URL

from tamperwatch.audit.findings import HeaderTest
from tamperwatch.audit.observatory import test
from tamperwatch.audit.observed import Observed


def redirection(obs: Observed) -> HeaderTest:
    name = "redirection"
    route = obs.http_route
    if route is None:
        return test(name, "redirection-not-needed-no-http")
    urls = [hop.url for hop in route]
    last = route[-1]
    if last.location and last.location not in urls:
        urls.append(last.location)  # an off-host or unfollowed last hop still names its target
    if last.capture.error_kind == "tls":
        return test(name, "redirection-invalid-cert", urls)
    if len(urls) == 1:
        return test(name, "redirection-missing", urls)
    first, second, final = URL(urls[0]), URL(urls[1]), URL(urls[-1])
    if final.scheme != "https":
        return test(name, "redirection-not-to-https", urls)
    if second.scheme == "http":
        return test(name, "redirection-not-to-https-on-initial-redirection", urls)
    if first.scheme == "http" and (first.host or "") != (second.host or ""):
        return test(name, "redirection-off-host-from-http", urls)
    return test(name, "redirection-to-https", urls)

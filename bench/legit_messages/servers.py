"""Error pages as web servers, proxies and CMSs write them (shapes from public knowledge of their
defaults, written fresh): one self-contained file, often centred, no site around it."""

from __future__ import annotations

import random
from collections.abc import Callable

REASONS = {
    "400": "Bad Request",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "Not Found",
    "500": "Internal Server Error",
    "502": "Bad Gateway",
    "503": "Service Unavailable",
    "504": "Gateway Time-out",
}
_VERSIONS = ("1.18.0", "1.20.1", "1.22.1", "1.24.0", "")


def _code(rng: random.Random) -> tuple[str, str]:
    code = rng.choice(tuple(REASONS))
    return code, REASONS[code]


def nginx(rng: random.Random, host: str) -> str:
    code, reason = _code(rng)
    version = rng.choice(_VERSIONS)
    name = rng.choice(("nginx", "openresty", "Tengine", "nginx"))
    server = f"{name}/{version}" if version and rng.random() < 0.5 else name
    pad = "\n".join(
        "<!-- a padding to disable MSIE and Chrome friendly error page -->" for _ in range(rng.choice((0, 6)))
    )
    return (
        f"<html>\r\n<head><title>{code} {reason}</title></head>\r\n<body>\r\n<center><h1>{code} {reason}</h1>"
        f"</center>\r\n<hr><center>{server}</center>\r\n</body>\r\n</html>\r\n{pad}"
    )


def apache(rng: random.Random, host: str) -> str:
    code, reason = _code(rng)
    line = {
        "404": "The requested URL was not found on this server.",
        "403": "You don't have permission to access this resource.",
        "503": "The server is temporarily unable to service your request due to maintenance downtime "
        "or capacity problems. Please try again later.",
    }.get(
        code,
        "The server encountered an internal error or misconfiguration and was unable to complete your "
        "request.",
    )
    system = rng.choice(("Ubuntu", "Debian", "CentOS", "Win64"))
    return (
        '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n'
        f"<title>{code} {reason}</title>\n</head><body>\n<h1>{reason}</h1>\n<p>{line}</p>\n<hr>\n"
        f"<address>Apache/2.4.{rng.randint(29, 62)} ({system}) Server at {host} Port "
        f"{rng.choice((80, 443))}</address>\n</body></html>\n"
    )


def iis(rng: random.Random, host: str) -> str:
    code, reason = _code(rng)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\n<title>{code} - '
        f'{reason}</title>\n<style type="text/css">\nbody{{margin:0;font-size:.7em;'
        "font-family:Verdana, Arial, "
        "Helvetica, sans-serif;background:#EEEEEE;}\nfieldset{padding:0 15px 10px 15px;}\n"
        "#header{width:96%;margin:0 0 0 0;padding:6px 2% 6px 2%;background-color:#555555;color:#FFF}\n"
        '</style>\n</head>\n<body>\n<div id="header"><h1>Server Error</h1></div>\n<div id="content">\n'
        f'<div class="content-container"><fieldset>\n<h2>{code} - {reason}.</h2>\n'
        "<h3>The resource you are looking for has been removed, had its name changed, or is temporarily "
        "unavailable.</h3>\n</fieldset></div>\n</div>\n</body>\n</html>\n"
    )


def tomcat(rng: random.Random, host: str) -> str:
    code, reason = _code(rng)
    version = f"{rng.choice((8, 9, 10))}.{rng.choice((0, 5))}.{rng.randint(10, 90)}"
    return (
        f'<!doctype html><html lang="en"><head><title>HTTP Status {code} &#8211; {reason}</title>'
        '<style type="text/css">body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b '
        "{color:white;background-color:#525D76;} h1 {font-size:22px;} .line {height:1px;"
        "background-color:#525D76;border:none;}</style></head><body>"
        f'<h1>HTTP Status {code} &#8211; {reason}</h1><hr class="line" /><p><b>Type</b> Status Report</p>'
        f"<p><b>Description</b> The origin server did not find a current representation for the target "
        f'resource.</p><hr class="line" /><h3>Apache Tomcat/{version}</h3></body></html>'
    )


def edge_proxy(rng: random.Random, host: str) -> str:
    code = rng.choice(("520", "521", "522", "523", "524", "502", "504"))
    ray = f"{rng.getrandbits(64):016x}"
    brand = rng.choice(("EdgeShield", "CloudGate", "FastEdge", "Shieldline"))
    return (
        f'<!DOCTYPE html><html lang="en-US"><head><title>{host} | {code}: Connection timed out</title>'
        '<meta charset="UTF-8" /><meta name="robots" content="noindex, nofollow" />'
        "<style>body{font-family:-apple-system,system-ui,sans-serif;background:#fff;color:#404040}"
        ".code{font-size:60px;font-weight:300}.col{display:inline-block;width:30%;text-align:center}</style>"
        f'</head><body><div id="wrapper"><h1><span class="code">Error code {code}</span></h1>'
        f'<p>Visit <a href="https://www.{brand.lower()}.example/">{brand}</a> for more information.</p>'
        '<div class="col">You<br>Browser<br>Working</div><div class="col">'
        f'{brand}<br>Working</div><div class="col">{host}<br>Host<br>Error</div>'
        "<h2>What happened?</h2><p>The initial connection between the edge network and the origin web server "
        "timed out. As a result, the web page can not be displayed.</p>"
        f"<p>Ray ID: <strong>{ray}</strong> &bull; Your IP: Click to reveal</p></div></body></html>"
    )


SERVERS: dict[str, Callable[[random.Random, str], str]] = {
    "nginx": nginx,
    "apache": apache,
    "iis": iis,
    "tomcat": tomcat,
    "edge-proxy": edge_proxy,
}
